import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { Clock } from '../../ports/clock';
import type { ObservationStore } from '../../ports/observation-store';
import type { StaffDirectory } from '../../ports/staff-directory';
import { migrate } from './migrations';
import { createSqliteObservationStore } from './sqlite-observation-store';
import { createSqliteStaffDirectory } from './sqlite-staff-directory';

export type SqliteStoreOptions = {
  /** The database file (its folder is created if missing), or ':memory:'. */
  readonly file: string;
  /** Stamps `updatedAt` on triage edits (the only write that carries no time). Default: system. */
  readonly clock?: Clock;
  /** How long a write waits for another connection's lock. Default 5 s. */
  readonly busyTimeoutMs?: number;
};

export type SqliteStore = {
  readonly observations: ObservationStore;
  readonly staff: StaffDirectory;
  /** The connection itself, for the benchmark and diagnostics; the app goes through the ports. */
  readonly database: Database.Database;
  close(): void;
};

const SYSTEM_CLOCK: Clock = { now: () => new Date() };

/**
 * Opens (or creates) the SQLite database, brings its schema up to date and returns both
 * stores on one shared connection. WAL lets readers run beside the one writer; with
 * synchronous=NORMAL a power cut may lose the last commits but never corrupts the file.
 */
export function createSqliteStore(options: SqliteStoreOptions): SqliteStore {
  const inMemory = options.file === ':memory:' || options.file === '';
  if (!inMemory) mkdirSync(dirname(resolve(options.file)), { recursive: true });

  const db = new Database(options.file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(options.busyTimeoutMs ?? 5000))}`);
    migrate(db);
    // Keeps the query planner's statistics fresh enough for the board's index choice.
    db.pragma('optimize = 0x10002');
  } catch (error) {
    db.close();
    throw error;
  }

  return {
    observations: createSqliteObservationStore(db, options.clock ?? SYSTEM_CLOCK),
    staff: createSqliteStaffDirectory(db),
    database: db,
    close() {
      if (!db.open) return;
      db.pragma('optimize');
      db.close();
    },
  };
}
