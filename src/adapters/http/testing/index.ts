export * from './http-fixture';
export * from './use-test-server';
