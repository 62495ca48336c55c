export * from './app-fixture';
export * from './use-app-deps';
export * from './fake-publishing';
