import { copyFileSync, existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createTestData } from '../../ports/testing/observation-builder';
import { startBackgroundCheckpoint, WAL_AUTOCHECKPOINT_PAGES } from './background-checkpoint';
import { configureConnection, createSqliteStore } from './sqlite-store';

const INTERVAL_MS = 20;

async function eventually(check: () => boolean, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('not within time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('background checkpoints', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rake-checkpoint-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** Observations in the database file itself, leaving out what only the WAL holds. */
  const inDatabaseFile = (file: string): number => {
    const copy = join(dir, `copy-${Date.now()}-${Math.random()}.sqlite`);
    copyFileSync(file, copy);
    const db = new Database(copy);
    try {
      // Even the schema is only in the WAL until the first checkpoint.
      const schema = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'observations'").get();
      if (schema === undefined) return 0;
      return (db.prepare('SELECT count(*) AS n FROM observations').get() as { n: number }).n;
    } finally {
      db.close();
    }
  };

  it('copies commits into the database file off the app’s connection, which never checkpoints', async () => {
    const file = join(dir, 'rake.sqlite');
    const sqlite = createSqliteStore({ file, backgroundCheckpoints: true });
    try {
      expect(sqlite.database.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
      const data = createTestData();
      await Promise.all(
        Array.from({ length: 20 }, () => {
          const obs = data.observation();
          return sqlite.observations.create(obs, data.filed(obs), null, []);
        }),
      );
      // Far below the 4,000 pages at which the connection would checkpoint by itself.
      await eventually(() => inDatabaseFile(file) === 20);
    } finally {
      sqlite.close();
    }
    // The app's connection was the last one: its close checkpointed and removed the WAL.
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('leaves the WAL alone without it (the default)', async () => {
    const file = join(dir, 'rake.sqlite');
    const sqlite = createSqliteStore({ file });
    try {
      expect(sqlite.database.pragma('wal_autocheckpoint', { simple: true })).toBe(
        WAL_AUTOCHECKPOINT_PAGES,
      );
      const data = createTestData();
      const obs = data.observation();
      await sqlite.observations.create(obs, data.filed(obs), null, []);
      await new Promise((resolve) => setTimeout(resolve, INTERVAL_MS * 5));
      expect(inDatabaseFile(file)).toBe(0);
    } finally {
      sqlite.close();
    }
  });

  it('hands checkpoints back to the app’s connection when the checkpointer fails', async () => {
    const file = join(dir, 'rake.sqlite');
    const db = new Database(file);
    configureConnection(db);
    // The checkpointer opens the file by name: gone, it cannot start.
    renameSync(file, join(dir, 'moved.sqlite'));
    const errors: unknown[] = [];
    const checkpointer = startBackgroundCheckpoint(db, {
      synchronous: 'full',
      intervalMs: INTERVAL_MS,
      onError: (error) => errors.push(error),
    });
    try {
      await eventually(
        () => db.pragma('wal_autocheckpoint', { simple: true }) === WAL_AUTOCHECKPOINT_PAGES,
      );
      expect(errors).toHaveLength(1);
    } finally {
      const started = Date.now();
      checkpointer.stop();
      // A checkpointer that never started is not waited for.
      expect(Date.now() - started).toBeLessThan(1000);
      db.close();
    }
  });
});
