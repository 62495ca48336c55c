export {
  configureConnection,
  createSqliteStore,
  type SqliteStore,
  type SqliteStoreOptions,
} from './sqlite-store';
export { boardSql, SEARCH_INDEX_MAX_HITS, type HitCounter, type SqlQuery } from './board-query';
export { MIGRATIONS, type Migration } from './migrations';
