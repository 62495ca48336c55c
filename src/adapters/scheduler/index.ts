export * from './daily-run';
export * from './notification-scheduler';
