export { createSqliteStore, type SqliteStore, type SqliteStoreOptions } from './sqlite-store';
export { boardSql, type SqlQuery } from './board-query';
export { MIGRATIONS, type Migration } from './migrations';
