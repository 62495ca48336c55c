export * from './compilation';
export * from './compile';
export * from './validate-compilation';
