export * from './actor';
export * from './board-scope';
export * from './supervisor-scope';
export * from './policy';
export * from './workspace-policy';
export * from './admin-policy';
