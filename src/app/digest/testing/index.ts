export * from './digest-fixture';
