export * from './observation-store';
export * from './staff-directory';
export * from './clock';
