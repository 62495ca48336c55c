export * from './status';
export * from './transitions';
export * from './validate-transition-request';
