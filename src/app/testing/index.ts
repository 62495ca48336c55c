export * from './app-fixture';
