export * from './http-fixture';
