export * from './observation-store';
export * from './staff-directory';
export * from './clock';
export * from './notification-outbox';
export * from './conversation-directory';
export * from './teams-messenger';
export * from './storage-unavailable';
