import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describeObservationStoreContract } from '../../ports/observation-store.contract';
import { describeStaffDirectoryContract } from '../../ports/staff-directory.contract';
import { describeSettingsStoreContract } from '../../ports/settings-store.contract';
import { describeNotificationOutboxContract } from '../../ports/notification-outbox.contract';
import { describeConversationDirectoryContract } from '../../ports/conversation-directory.contract';
import { describePhenomenonStoreContract } from '../../ports/phenomenon-store.contract';
import { describeProposalStoreContract } from '../../ports/proposal-store.contract';
import { describeWorkspaceRecordsContract } from '../../ports/workspace-records.contract';
import { describeReportStoreContract } from '../../ports/report-store.contract';
import { createTestData } from '../../ports/testing/observation-builder';
import { testNotification } from '../../ports/testing/notification-builder';
import { createReportTestData } from '../../ports/testing/report-builder';
import { createWorkspaceTestData } from '../../ports/testing/workspace-builder';
import { priorityRank, waitRank } from '../../domain/observation/board-order';
import { EMPTY_TRIAGE } from '../../domain/triage/triage-record';
import { boardSql, createSqliteStore, MIGRATIONS, SEARCH_INDEX_MAX_HITS } from './index';
import { boardCountSql, SORT_INDEX_MIN_MATCHES } from './board-query';
import { toHistoryRow, toObservationRecord } from './mapper';
import { migrate } from './migrations';
import { createSqliteCompilationStore } from './sqlite-workspace-records';
import { createSqliteReportStore } from './sqlite-report-store';

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
  return { store: sqlite.observations, outbox: sqlite.outbox, dispose: async () => sqlite.close() };
});
describeObservationStoreContract('SQLite file', async () => {
  const sqlite = onDisk();
  return { store: sqlite.observations, outbox: sqlite.outbox, dispose: async () => sqlite.close() };
});
describeNotificationOutboxContract('SQLite in memory', async () => {
  const sqlite = inMemory();
  return { outbox: sqlite.outbox, dispose: async () => sqlite.close() };
});
describeConversationDirectoryContract('SQLite in memory', async () => {
  const sqlite = inMemory();
  return { conversations: sqlite.conversations, dispose: async () => sqlite.close() };
});
describeStaffDirectoryContract('SQLite in memory', async () => {
  const sqlite = inMemory();
  return { staff: sqlite.staff, dispose: async () => sqlite.close() };
});
describeSettingsStoreContract('SQLite file, two connections', async () => {
  const sqlite = onDisk();
  const other = createSqliteStore({ file: sqlite.database.name });
  return {
    settings: sqlite.settings,
    other: other.settings,
    dispose: async () => {
      other.close();
      sqlite.close();
    },
  };
});

describePhenomenonStoreContract('SQLite in memory', async () => {
  const sqlite = inMemory();
  return { phenomena: sqlite.phenomena, dispose: async () => sqlite.close() };
});
describeProposalStoreContract('SQLite in memory', async () => {
  const sqlite = inMemory();
  return {
    proposals: sqlite.proposals,
    outbox: sqlite.outbox,
    dispose: async () => sqlite.close(),
  };
});

describeWorkspaceRecordsContract('SQLite in memory', async () => {
  const sqlite = inMemory();
  return { ...sqlite, dispose: async () => sqlite.close() };
});
describeReportStoreContract('SQLite in memory', async () => {
  const sqlite = inMemory();
  return { reports: sqlite.reports, outbox: sqlite.outbox, dispose: async () => sqlite.close() };
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
    await first.observations.create(obs, data.filed(obs), 'key-1', []);
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
      expect((await again.observations.create(obs, data.filed(obs), 'key-1', [])).created).toBe(
        false,
      );
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

  it('adds the triage history to a database of schema 6, keeping its observations', async () => {
    const file = tempFile();
    const raw = new Database(file);
    migrate(raw, MIGRATIONS.slice(0, 6));
    const data = createTestData();
    const obs = data.observation();
    // Schema 6 has no `source` yet (step 12 adds it, 'staff' for every observation before).
    const { source: _source, ...record } = toObservationRecord(obs);
    const columns = Object.keys(record);
    const values = columns.map((column) => `@${column}`);
    raw
      .prepare(`INSERT INTO observations (${columns.join(', ')}) VALUES (${values.join(', ')})`)
      .run(record);
    raw.close();

    const sqlite = createSqliteStore({ file });
    try {
      const stored = await sqlite.observations.get(obs.id);
      if (stored === null) throw new Error('the observation did not survive the migration');
      const edit = data.triageEdit(stored, { followUp: '2026-09-30' });
      await sqlite.observations.updateTriage(obs.id, { followUp: '2026-09-30' }, 1, edit);
      expect(await sqlite.observations.triageHistory(obs.id)).toEqual([edit]);
    } finally {
      sqlite.close();
    }
  });

  it('adds reports to a database of schema 7, its compilations kept', async () => {
    const file = tempFile();
    const raw = new Database(file);
    migrate(raw, MIGRATIONS.slice(0, 7));
    const compilation = createWorkspaceTestData().compilation();
    await createSqliteCompilationStore(raw).create(compilation);
    raw.close();

    const sqlite = createSqliteStore({ file });
    try {
      expect(sqlite.database.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
      await expect(sqlite.compilations.get(compilation.id)).resolves.toEqual(compilation);
      const report = createReportTestData().report();
      await sqlite.reports.create(report);
      await expect(sqlite.reports.get(report.id)).resolves.toEqual(report);
    } finally {
      sqlite.close();
    }
  });

  it('upgrades a populated database of the previous release (schema 8), keeping its data', async () => {
    const file = tempFile();
    const data = createTestData();
    const raw = new Database(file);
    migrate(raw, MIGRATIONS.slice(0, 8));
    // Rows as the release at schema 8 wrote them: no `source`, `changes` or group areas yet.
    const insert = (table: string, row: Record<string, unknown>) => {
      const names = Object.keys(row);
      raw
        .prepare(
          `INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map((c) => `@${c}`).join(', ')})`,
        )
        .run(row);
    };
    const open = data.observation({ description: 'Syrjäkylien KOTIHOITO ei ehdi' });
    const closed = data.observation({ coReporterIds: ['user-colleague'] });
    const filedOpen = data.filed(open);
    const filedClosed = data.filed(closed);
    const closing = data.move({ ...closed, updatedAt: closed.createdAt }, 'closed');
    for (const [obs, updatedAt, status, version] of [
      [open, open.createdAt, 'received', 1],
      [closed, closing.at, 'closed', 2],
    ] as const) {
      const { source: _source, ...record } = toObservationRecord(obs);
      insert('observations', { ...record, status, updated_at: updatedAt, version });
      const searchRow = raw
        .prepare('INSERT INTO observations_search (observation_id, search_text) VALUES (?, ?)')
        .run(obs.id, record.search_text).lastInsertRowid;
      raw.prepare('UPDATE observations SET search_rowid = ? WHERE id = ?').run(searchRow, obs.id);
    }
    insert('co_reporters', { observation_id: closed.id, user_id: 'user-colleague' });
    for (const [seq, entry] of [
      [1, filedOpen],
      [1, filedClosed],
      [2, closing],
    ] as const) {
      const { changes: _changes, ...row } = toHistoryRow(entry, entry.observationId);
      insert('history', { seq, ...row });
    }
    const supervisor = {
      id: 'user-supervisor',
      name: 'Sami Esihenkilö',
      email: null,
      title: null,
      roles: ['supervisor'] as const,
      serviceAreas: ['adult-social-work'],
    };
    insert('staff', {
      id: supervisor.id,
      name: supervisor.name,
      email: null,
      title: null,
      roles: JSON.stringify(supervisor.roles),
      service_areas: JSON.stringify(supervisor.serviceAreas),
    });
    const report = createReportTestData().report();
    await createSqliteReportStore(raw).create(report);
    raw.close();

    const sqlite = createSqliteStore({ file });
    try {
      expect(sqlite.database.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
      // Old rows read back as written: staff-filed, no group areas, entries without changes.
      const stored = await sqlite.observations.get(open.id);
      expect(stored).toEqual({ ...open, updatedAt: open.createdAt, version: 1 });
      expect(stored).not.toHaveProperty('source');
      expect(await sqlite.observations.history(closed.id)).toEqual([filedClosed, closing]);
      expect(await sqlite.staff.get(supervisor.id)).toEqual(supervisor);
      expect(await sqlite.staff.supervisorsOf('adult-social-work')).toEqual([supervisor]);
      await expect(sqlite.reports.get(report.id)).resolves.toEqual(report);
      expect(await sqlite.settings.get('county')).toBeNull();
      expect(await sqlite.publicSubmissions.listPending(10)).toEqual([]);

      // The old observation can be withdrawn and resubmitted, the search index following.
      const withdrawn = data.move({ ...open, updatedAt: open.createdAt }, 'withdrawn', {
        actorId: open.reporterId,
      });
      await sqlite.observations.amend(open.id, {}, withdrawn, 1, []);
      const description = 'Täsmennetty: kaukana asuvien omaishoito';
      const resubmit = data.move(
        { ...open, status: 'withdrawn', updatedAt: withdrawn.at },
        'received',
        {
          actorId: open.reporterId,
          changes: [{ field: 'description', before: open.description, after: description }],
        },
      );
      expect(
        await sqlite.observations.amend(open.id, { description }, resubmit, 2, []),
      ).toMatchObject({
        kind: 'ok',
      });
      expect(await sqlite.observations.history(open.id)).toEqual([filedOpen, withdrawn, resubmit]);
      const search = async (q: string) =>
        (await sqlite.observations.listBoard({ scope: { kind: 'all' }, q, limit: 5 })).items.map(
          (obs) => obs.id,
        );
      expect(await search('omaishoito')).toEqual([open.id]);
      expect(await search('kotihoito')).toEqual([]);

      // The old closed one is due for retention; anonymising it keeps the text.
      const cutoff = '2030-01-01T00:00:00.000Z';
      const due = await sqlite.retention.due(cutoff, 10);
      expect(due.map((obs) => obs.id)).toEqual([closed.id]);
      expect(await sqlite.retention.anonymise(closed.id, cutoff)).toBe(true);
      expect(await sqlite.observations.get(closed.id)).toMatchObject({
        reporterId: 'anonymised',
        coReporterIds: [],
        description: closed.description,
      });

      // The new tables work beside the old data; the audit log stays append-only.
      await sqlite.messages.add(
        {
          id: 'message-1',
          observationId: closed.id,
          authorId: supervisor.id,
          authorName: supervisor.name,
          side: 'handler',
          text: 'Kiitos',
          at: '2026-03-01T10:00:00.000Z',
        },
        [],
      );
      expect(await sqlite.messages.list(closed.id)).toHaveLength(1);
      await sqlite.audit.record({
        id: 'audit-1',
        at: '2026-03-01T10:00:00.000Z',
        actorId: supervisor.id,
        actorName: supervisor.name,
        action: 'observation.read',
        targetType: 'observation',
        targetId: closed.id,
        detail: '',
      });
      expect(() => sqlite.database.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    } finally {
      sqlite.close();
    }
  });

  it('finds text typed in decomposed Unicode with a composed search, and the other way', async () => {
    const sqlite = inMemory();
    const data = createTestData();
    const decomposed = data.observation({ description: 'Ha\u0308a\u0308to\u0308 uhkaa' });
    await sqlite.observations.create(decomposed, data.filed(decomposed), null, []);
    const board = (q: string) =>
      sqlite.observations.listBoard({ scope: { kind: 'all' }, q, limit: 5 });
    expect((await board('HÄÄTÖ')).items).toHaveLength(1);
    expect((await board('ha\u0308a\u0308to\u0308')).items).toHaveLength(1);
    sqlite.close();
  });

  it('commits filings that arrive together as one group, failing only the one that fails', async () => {
    const sqlite = onDisk();
    const data = createTestData();
    const first = data.observation();
    await sqlite.observations.create(first, data.filed(first), null, []);
    const fine = [data.observation(), data.observation()];
    const clash = data.observation({ id: first.id });

    const outcomes = await Promise.allSettled([
      sqlite.observations.create(fine[0]!, data.filed(fine[0]!), 'key-a', []),
      sqlite.observations.create(clash, data.filed(clash), 'key-b', []),
      sqlite.observations.create(fine[1]!, data.filed(fine[1]!), 'key-c', []),
      // The same key again within the group replays the first of the group.
      sqlite.observations.create(data.observation(), data.filed(fine[0]!), 'key-a', []),
    ]);

    expect(outcomes.map((outcome) => outcome.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
    ]);
    expect(outcomes[3]).toMatchObject({
      value: { created: false, observation: { id: fine[0]!.id } },
    });
    const board = await sqlite.observations.listBoard({ scope: { kind: 'all' }, limit: 10 });
    expect(board.items.map((obs) => obs.id).sort()).toEqual([first.id, fine[0]!.id, fine[1]!.id]);
    expect(await sqlite.observations.get(first.id)).toMatchObject({
      description: first.description,
    });
    sqlite.close();
  });

  it('keeps the notifications of each filing in a group with that filing alone', async () => {
    const sqlite = inMemory();
    const data = createTestData();
    const first = data.observation();
    await sqlite.observations.create(first, data.filed(first), null, []);
    const fine = data.observation();
    const clash = data.observation({ id: first.id });

    const outcomes = await Promise.allSettled([
      sqlite.observations.create(fine, data.filed(fine), null, [testNotification('fine')]),
      sqlite.observations.create(clash, data.filed(clash), null, [testNotification('clash')]),
    ]);

    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected']);
    const pending = await sqlite.outbox.list('pending', 10);
    expect(pending.map((entry) => entry.notification.key)).toEqual(['fine']);
    sqlite.close();
  });

  it('commits a filing still waiting for its group when closed', async () => {
    const file = tempFile();
    const data = createTestData();
    const obs = data.observation();
    const sqlite = createSqliteStore({ file });
    const pending = sqlite.observations.create(obs, data.filed(obs), null, []);
    sqlite.close();
    await expect(pending).resolves.toMatchObject({ created: true });
    const again = createSqliteStore({ file });
    expect(await again.observations.get(obs.id)).toMatchObject({ id: obs.id });
    again.close();
  });

  it('migrates a step-1 database: history kept in order, old text found by the search index', async () => {
    const file = tempFile();
    const data = createTestData();
    const old = data.observation({ description: 'Syrjäkylien KOTIHOITO ei ehdi' });
    const raw = new Database(file);
    migrate(raw, MIGRATIONS.slice(0, 1));
    const { source: _source, ...record } = toObservationRecord(old);
    const columns = Object.keys(record);
    raw
      .prepare(
        `INSERT INTO observations (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
      )
      .run(record);
    const filed = data.filed(old);
    const moved = data.move({ ...old, updatedAt: old.createdAt }, 'in_review');
    for (const entry of [filed, moved]) {
      // A step-1 history has no `changes` column (migration 10 adds it).
      const { changes: _changes, ...row } = toHistoryRow(entry, old.id);
      const names = Object.keys(row);
      raw
        .prepare(
          `INSERT INTO history (${names.join(', ')}) VALUES (${names.map((c) => `@${c}`).join(', ')})`,
        )
        .run(row);
    }
    raw.close();

    const sqlite = createSqliteStore({ file });
    try {
      expect(sqlite.database.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
      expect(await sqlite.observations.history(old.id)).toEqual([filed, moved]);
      const found = await sqlite.observations.listBoard({
        scope: { kind: 'all' },
        q: 'kotihoito',
        limit: 5,
      });
      expect(found.items.map((obs) => obs.id)).toEqual([old.id]);
      const indexed = sqlite.database
        .prepare(
          `SELECT observation_id FROM observations_search WHERE observations_search MATCH '"oti"'`,
        )
        .all();
      expect(indexed).toEqual([{ observation_id: old.id }]);
    } finally {
      sqlite.close();
    }
  });

  it('keeps the search index in step when an observation is deleted', async () => {
    const sqlite = inMemory();
    const data = createTestData();
    const obs = data.observation({ description: 'Poistettava havainto' });
    await sqlite.observations.create(obs, data.filed(obs), null, []);
    sqlite.database.prepare('DELETE FROM observations WHERE id = ?').run(obs.id);
    const left = sqlite.database
      .prepare(
        `SELECT count(*) AS n FROM observations_search WHERE observations_search MATCH '"poi"'`,
      )
      .get() as { n: number };
    expect(left.n).toBe(0);
    sqlite.close();
  });

  describe('board search', () => {
    /** One observation mentions the rare word; `common` of them share the common one. */
    async function storeWith(common: number) {
      const sqlite = inMemory();
      const data = createTestData();
      const rare = data.observation({ description: 'Harvinainen KYLÄAVUSTAJA-malli' });
      await sqlite.observations.create(rare, data.filed(rare), null, []);
      await Promise.all(
        Array.from({ length: common }, () => {
          const obs = data.observation({ description: 'Yleinen havainto 50 % ja a_b' });
          return sqlite.observations.create(obs, data.filed(obs), null, []);
        }),
      );
      return { sqlite, rare };
    }
    const planOf = (sqlite: ReturnType<typeof inMemory>, q: string): string => {
      const counted: number[] = [];
      const { sql, params } = boardSql({ scope: { kind: 'all' }, q, limit: 50 }, (probe) => {
        const hits = (sqlite.database.prepare(probe.sql).get(...probe.params) as { hits: number })
          .hits;
        counted.push(hits);
        return hits;
      });
      const rows = sqlite.database.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as {
        detail: string;
      }[];
      return rows.map((row) => row.detail).join('\n');
    };

    it('reads a rare text’s rows through the trigram index', async () => {
      const { sqlite, rare } = await storeWith(10);
      expect(planOf(sqlite, 'kyläavustaja')).toMatch(/observations_search VIRTUAL TABLE/);
      const page = await sqlite.observations.listBoard({
        scope: { kind: 'all' },
        q: 'KYLÄAVUSTAJA-MALLI',
        limit: 50,
      });
      expect(page.items.map((obs) => obs.id)).toEqual([rare.id]);
      sqlite.close();
    });

    it('scans in board order for a common text and for one shorter than three characters', async () => {
      const { sqlite } = await storeWith(SEARCH_INDEX_MAX_HITS + 1);
      for (const q of ['yleinen', 'ä']) {
        const detail = planOf(sqlite, q);
        expect(detail).not.toMatch(/observations_search/);
        expect(detail).not.toMatch(/TEMP B-TREE/);
      }
      const page = await sqlite.observations.listBoard({
        scope: { kind: 'all' },
        q: 'YLEINEN',
        limit: 5,
      });
      expect(page.items).toHaveLength(5);
      sqlite.close();
    });

    it('takes a searched text literally also through the index', async () => {
      const { sqlite } = await storeWith(3);
      const board = async (q: string) =>
        (await sqlite.observations.listBoard({ scope: { kind: 'all' }, q, limit: 50 })).items
          .length;
      expect(await board('50 % ja')).toBe(3);
      expect(await board('a_b')).toBe(3);
      expect(await board('a%b')).toBe(0);
      expect(await board('"kylä"')).toBe(0);
      expect(await board('ustaja-mal')).toBe(1);
      expect(await board('malli kylä')).toBe(0);
      sqlite.close();
    });
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

    const planWith = (query: Parameters<typeof boardSql>[0], matches: number): string => {
      const sqlite = inMemory();
      const { sql, params } = boardSql(query, () => matches);
      const rows = sqlite.database.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as {
        detail: string;
      }[];
      sqlite.close();
      return rows.map((row) => row.detail).join('\n');
    };
    const supervisor = {
      kind: 'supervisor',
      supervisorId: 'user-supervisor-a',
      serviceAreas: ['adults', 'families'],
    } as const;

    it('reads the board oldest first from the same indexes, backwards, without sorting', () => {
      for (const filter of [
        {},
        { municipality: 'kuusilahti' },
        { status: ['received' as const] },
      ]) {
        const detail = plan({ scope: { kind: 'all' }, limit: 50, sort: 'filed_asc', ...filter });
        expect(detail).toMatch(/USING (COVERING )?INDEX/);
        expect(detail).not.toMatch(/TEMP B-TREE/);
      }
    });

    it.each([
      ['waiting_desc', 'observations_waiting'],
      ['priority_asc', 'observations_priority'],
    ] as const)('reads %s in order from its own index', (sort, index) => {
      const unfiltered = plan({ scope: { kind: 'all' }, limit: 50, sort });
      expect(unfiltered).toMatch(new RegExp(`SCAN observations USING INDEX ${index}`));
      expect(unfiltered).not.toMatch(/TEMP B-TREE/);
      // Many match the filters (a supervisor's board, a status): still in order, no sorting.
      for (const query of [
        { scope: supervisor },
        { scope: { kind: 'all' } as const, status: ['received' as const] },
        { scope: supervisor, serviceArea: 'adults', period: '2026-Q1' },
      ]) {
        const detail = planWith({ limit: 50, sort, ...query }, SORT_INDEX_MIN_MATCHES + 1);
        expect(detail).toMatch(new RegExp(`SCAN observations USING INDEX ${index}`));
        expect(detail).not.toMatch(/TEMP B-TREE/);
      }
      // Few match: the filter's index finds them, and only they are sorted.
      const few = planWith(
        { scope: { kind: 'all' }, municipality: 'kuusilahti', limit: 50, sort },
        SORT_INDEX_MIN_MATCHES,
      );
      expect(few).toMatch(/SEARCH observations USING INDEX observations_municipality/);
    });

    it('counts a filtered board from the filter’s index alone, and stops past the cap', () => {
      const sqlite = inMemory();
      const { sql, params } = boardCountSql(
        { scope: { kind: 'all' }, serviceArea: 'adults', limit: 50 },
        5000,
      );
      const detail = (
        sqlite.database.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]
      )
        .map((row) => row.detail)
        .join('\n');
      sqlite.close();
      expect(detail).toMatch(/COVERING INDEX observations_service_area/);
      expect(params.at(-1)).toBe(5001);
    });

    it('ranks the waiting order in SQL exactly as board-order.ts does', async () => {
      const sqlite = inMemory();
      const data = createTestData();
      const cases = [
        { createdAt: '2026-01-15T10:00:00.999Z', firstAnsweredAt: null },
        { createdAt: '1999-12-31T23:59:59.001Z', firstAnsweredAt: '2000-01-01T00:00:00.000Z' },
        // An answer stamped before the filing (a clock behind) counts as no wait.
        { createdAt: '2026-01-15T10:00:00.500Z', firstAnsweredAt: '2026-01-15T09:59:59.750Z' },
        { createdAt: '2026-03-01T00:00:00.000Z', firstAnsweredAt: '2026-09-30T12:34:56.789Z' },
      ];
      for (const timing of cases) {
        const obs = data.observation({
          ...timing,
          status: timing.firstAnsweredAt === null ? 'received' : 'in_review',
          triage: { ...EMPTY_TRIAGE, priority: timing.firstAnsweredAt === null ? null : 7 },
        });
        await sqlite.observations.create(obs, data.filed(obs), null, []);
        const row = sqlite.database
          .prepare('SELECT wait_rank, priority_rank FROM observations WHERE id = ?')
          .get(obs.id) as { wait_rank: number; priority_rank: number };
        expect(row).toEqual({ wait_rank: waitRank(obs), priority_rank: priorityRank(obs) });
      }
      sqlite.close();
    });
  });
});
