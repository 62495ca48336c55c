export * from './entra-tokens';
