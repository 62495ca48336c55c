export * from './triage-record';
export * from './validate-triage-patch';
