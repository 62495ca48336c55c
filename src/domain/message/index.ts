export * from './observation-message';
export * from './validate-message';
export * from './message-notifications';
