export * from './status';
export * from './transitions';
export * from './validate-transition-request';
export * from './reporter-moves';
