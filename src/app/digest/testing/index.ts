export * from './digest-fixture';
export * from './use-digest-deps';
