export * from './fake-messenger';
