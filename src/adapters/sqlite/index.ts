export {
  configureConnection,
  createSqliteStore,
  type ConnectionOptions,
  type SqliteStore,
  type SqliteStoreOptions,
} from './sqlite-store';
export { boardSql, SEARCH_INDEX_MAX_HITS, type HitCounter, type SqlQuery } from './board-query';
export { MIGRATIONS, type Migration } from './migrations';
export {
  DEFAULT_SYNCHRONOUS,
  isSqliteSynchronous,
  SQLITE_SYNCHRONOUS,
  SYNCHRONOUS_LEVEL,
  type SqliteSynchronous,
} from './synchronous';
