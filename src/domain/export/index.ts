export * from './finnish-date';
export * from './neutralise-cell';
export * from './local-days';
