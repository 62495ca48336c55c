import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describeObservationStoreContract } from '../../ports/observation-store.contract';
import { describeStaffDirectoryContract } from '../../ports/staff-directory.contract';
import { createTestData } from '../../ports/testing/observation-builder';
import { boardSql, createSqliteStore, MIGRATIONS } from './index';

const tempDirs: string[] = [];
function tempFile(name = 'rake.sqlite'): string {
  const dir = mkdtempSync(join(tmpdir(), 'rake-sqlite-'));
  tempDirs.push(dir);
  return join(dir, name);
}
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

const inMemory = () => createSqliteStore({ file: ':memory:' });
const onDisk = () => createSqliteStore({ file: tempFile() });

describeObservationStoreContract('SQLite in memory', async () => {
  const sqlite = inMemory();
  return { store: sqlite.observations, dispose: async () => sqlite.close() };
});
describeObservationStoreContract('SQLite file', async () => {
  const sqlite = onDisk();
  return { store: sqlite.observations, dispose: async () => sqlite.close() };
});
describeStaffDirectoryContract('SQLite in memory', async () => {
  const sqlite = inMemory();
  return { staff: sqlite.staff, dispose: async () => sqlite.close() };
});

describe('SQLite store', () => {
  it('creates the folder of the database file and uses WAL with foreign keys', () => {
    const file = join(tempFile('unused'), '..', 'nested', 'deeper', 'rake.sqlite');
    const sqlite = createSqliteStore({ file });
    try {
      expect(existsSync(file)).toBe(true);
      expect(sqlite.database.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(sqlite.database.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(sqlite.database.pragma('busy_timeout', { simple: true })).toBe(5000);
    } finally {
      sqlite.close();
    }
  });

  it('keeps data and schema version when reopened, migrating only once', async () => {
    const file = tempFile();
    const data = createTestData();
    const obs = data.observation();
    const first = createSqliteStore({ file });
    await first.observations.create(obs, data.filed(obs), 'key-1');
    await first.staff.upsert([
      {
        id: 'user-a',
        name: 'Aino Testaaja',
        email: null,
        title: null,
        roles: ['reporter'],
        serviceAreas: [],
      },
    ]);
    first.close();

    const again = createSqliteStore({ file });
    try {
      expect(again.database.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
      expect(await again.observations.get(obs.id)).toMatchObject({ id: obs.id, version: 1 });
      expect((await again.observations.create(obs, data.filed(obs), 'key-1')).created).toBe(false);
      expect(await again.staff.get('user-a')).toMatchObject({ name: 'Aino Testaaja' });
    } finally {
      again.close();
    }
  });

  it('refuses a database from a newer version of the app and leaves it untouched', () => {
    const file = tempFile();
    const raw = new Database(file);
    raw.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    raw.close();

    expect(() => createSqliteStore({ file })).toThrow(/newer/);

    const check = new Database(file);
    expect(check.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length + 1);
    check.close();
  });

  it('numbers its migrations 1, 2, 3 … without gaps', () => {
    expect(MIGRATIONS.map((step) => step.version)).toEqual(MIGRATIONS.map((_step, i) => i + 1));
  });

  it('stamps triage edits with its clock', async () => {
    const sqlite = createSqliteStore({
      file: ':memory:',
      clock: { now: () => new Date('2026-03-03T12:00:00.000Z') },
    });
    const data = createTestData();
    const obs = data.observation();
    await sqlite.observations.create(obs, data.filed(obs), null);
    const outcome = await sqlite.observations.updateTriage(obs.id, { goal: 'Tavoite' }, 1);
    expect(outcome).toMatchObject({ observation: { updatedAt: '2026-03-03T12:00:00.000Z' } });
    sqlite.close();
  });

  it('finds text typed in decomposed Unicode with a composed search, and the other way', async () => {
    const sqlite = inMemory();
    const data = createTestData();
    const decomposed = data.observation({ description: 'Ha\u0308a\u0308to\u0308 uhkaa' });
    await sqlite.observations.create(decomposed, data.filed(decomposed), null);
    const board = (q: string) =>
      sqlite.observations.listBoard({ scope: { kind: 'all' }, q, limit: 5 });
    expect((await board('HÄÄTÖ')).items).toHaveLength(1);
    expect((await board('ha\u0308a\u0308to\u0308')).items).toHaveLength(1);
    sqlite.close();
  });

  describe('board SQL', () => {
    const plan = (query: Parameters<typeof boardSql>[0]): string => {
      const sqlite = inMemory();
      const { sql, params } = boardSql(query);
      const rows = sqlite.database.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as {
        detail: string;
      }[];
      sqlite.close();
      return rows.map((row) => row.detail).join('\n');
    };

    it('reads the unfiltered board in order from an index, without sorting', () => {
      const detail = plan({ scope: { kind: 'all' }, limit: 50 });
      expect(detail).toMatch(/USING (COVERING )?INDEX/);
      expect(detail).not.toMatch(/TEMP B-TREE/);
    });

    it('reads a single-filter page in order from that filter’s index', () => {
      for (const query of [
        { municipality: 'kuusilahti' },
        { serviceArea: 'adults' },
        { topic: 'client-needs' },
        { period: '2026-Q1' },
        { status: ['received' as const] },
      ]) {
        const detail = plan({ scope: { kind: 'all' }, limit: 50, cursor: undefined, ...query });
        expect(detail).toMatch(/USING INDEX/);
        expect(detail).not.toMatch(/TEMP B-TREE/);
      }
    });

    it('asks for one row more than the page to know whether another follows', () => {
      expect(boardSql({ scope: { kind: 'all' }, limit: 20 }).params.at(-1)).toBe(21);
    });
  });
});
