export * from './proposal';
export * from './proposal-transitions';
export * from './rests-on';
export * from './validate-proposal';
export * from './proposal-notifications';
