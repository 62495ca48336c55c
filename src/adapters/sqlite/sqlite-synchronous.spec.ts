import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../config';
import { openStore, type RakeStore } from '../../open-store';
import { createSqliteStore, type SqliteStore } from './sqlite-store';
import { SYNCHRONOUS_LEVEL, type SqliteSynchronous } from './synchronous';

const clock = { now: () => new Date('2026-03-01T10:00:00.000Z') };

/** RAKE_SQLITE_SYNCHRONOUS reaches the connection: what `PRAGMA synchronous` reports. */
describe('SQLite synchronous setting', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rake-sync-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** The store as the app opens it from the environment, and the pragma in effect on it. */
  const pragmaFor = async (variable: string | undefined): Promise<number> => {
    const config = loadConfig({
      RAKE_DB: join(dir, 'rake.sqlite'),
      ...(variable === undefined ? {} : { RAKE_SQLITE_SYNCHRONOUS: variable }),
    });
    if (!config.ok) throw new Error(config.error.join('\n'));
    const store = await openStore(config.value, clock);
    try {
      // The pragma is per connection (a second one on the file would report its own), so it
      // is read on the store's, which the RakeStore type does not name.
      const { database } = store as RakeStore & Partial<Pick<SqliteStore, 'database'>>;
      if (database === undefined) throw new Error('not the SQLite store');
      return database.pragma('synchronous', { simple: true }) as number;
    } finally {
      store.close();
    }
  };

  it('is FULL by default: an acknowledged filing survives a power cut', async () => {
    expect(await pragmaFor(undefined)).toBe(SYNCHRONOUS_LEVEL.full);
    expect(SYNCHRONOUS_LEVEL.full).toBe(2);
  });

  it.each<[string, SqliteSynchronous]>([
    ['full', 'full'],
    ['normal', 'normal'],
    ['NORMAL', 'normal'],
  ])('RAKE_SQLITE_SYNCHRONOUS=%s gives %s', async (variable, expected) => {
    expect(await pragmaFor(variable)).toBe(SYNCHRONOUS_LEVEL[expected]);
  });

  it('refuses anything else at start, naming the allowed values', () => {
    const config = loadConfig({ RAKE_SQLITE_SYNCHRONOUS: 'off' });
    expect(config.ok).toBe(false);
    expect(!config.ok && config.error.join('\n')).toMatch(
      /RAKE_SQLITE_SYNCHRONOUS must be full or normal/,
    );
  });

  it('sets the level on the store opened directly, too', () => {
    for (const synchronous of ['full', 'normal'] as const) {
      const store = createSqliteStore({ file: join(dir, `${synchronous}.sqlite`), synchronous });
      try {
        expect(store.database.pragma('synchronous', { simple: true })).toBe(
          SYNCHRONOUS_LEVEL[synchronous],
        );
      } finally {
        store.close();
      }
    }
  });
});
