export * from './notification';
export * from './excerpt';
export * from './new-observation-notifications';
export * from './status-changed-notifications';
export * from './meeting-schedule';
export * from './digest';
export * from './reminder';
export * from './reporter-follow-up-notifications';
