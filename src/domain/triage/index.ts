export * from './triage-record';
export * from './triage-date';
export * from './triage-edit';
export * from './validate-triage-patch';
