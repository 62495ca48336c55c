export * from './phenomenon';
export * from './validate-phenomenon';
export * from './phenomenon-trends';
