export * from './small-counts';
