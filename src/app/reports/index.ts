export * from './create-report';
export * from './read-reports';
export * from './update-report';
export * from './report-files';
export * from './publish-report';
export * from './indicators';
export * from './report-observations';
