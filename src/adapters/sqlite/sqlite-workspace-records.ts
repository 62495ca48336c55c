import type Database from 'better-sqlite3';
import { summaryOf, type CompilationSummary } from '../../domain/compilation/compilation';
import type { Compilation } from '../../domain/compilation/compilation';
import type { Enrichment } from '../../domain/enrichment/enrichment';
import type { Meeting } from '../../domain/meeting/meeting';
import type { Notification } from '../../domain/notification/notification';
import type { CompilationStore } from '../../ports/compilation-store';
import type { EnrichmentStore } from '../../ports/enrichment-store';
import type { MeetingStore } from '../../ports/meeting-store';
import type { RecordWriteOutcome } from '../../ports/phenomenon-store';
import { outboxWriter } from './sqlite-notification-outbox';

type Row = { payload: string };
const parse = <T>(row: Row): T => JSON.parse(row.payload) as T;

/** Meetings as JSON records ordered by date (migration 6). */
export function createSqliteMeetingStore(db: Database.Database): MeetingStore {
  const sql = {
    insert: db.prepare(
      'INSERT INTO meetings (id, date, version, payload) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
    ),
    byId: db.prepare<[string], Row>('SELECT payload FROM meetings WHERE id = ?'),
    all: db.prepare<[], Row>('SELECT payload FROM meetings ORDER BY date, id'),
    replace: db.prepare(
      'UPDATE meetings SET date = ?, version = ?, payload = ? WHERE id = ? AND version = ?',
    ),
  };
  const read = (id: string): Meeting | null => {
    const row = sql.byId.get(id);
    return row === undefined ? null : parse<Meeting>(row);
  };
  const save = db.transaction((next: Meeting, expected: number): RecordWriteOutcome<Meeting> => {
    const current = read(next.id);
    if (current === null) return { kind: 'not_found' };
    if (current.version !== expected) return { kind: 'stale', current };
    const record: Meeting = { ...next, version: expected + 1 };
    sql.replace.run(record.date, record.version, JSON.stringify(record), record.id, expected);
    return { kind: 'ok', record };
  });
  return {
    async create(meeting) {
      const { changes } = sql.insert.run(
        meeting.id,
        meeting.date,
        meeting.version,
        JSON.stringify(meeting),
      );
      return changes === 1 ? 'created' : 'exists';
    },
    async get(id) {
      return read(id);
    },
    async list() {
      return sql.all.all().map((row) => parse<Meeting>(row));
    },
    async save(next, expectedVersion) {
      return save.immediate(next, expectedVersion);
    },
  };
}

/** Compilations: the snapshot and, beside it, its summary for lists (migration 6). */
export function createSqliteCompilationStore(db: Database.Database): CompilationStore {
  const sql = {
    insert: db.prepare(
      'INSERT INTO compilations (id, created_at, summary, payload) VALUES (?, ?, ?, ?)',
    ),
    byId: db.prepare<[string], Row>('SELECT payload FROM compilations WHERE id = ?'),
    summaries: db.prepare<[], { summary: string }>(
      'SELECT summary FROM compilations ORDER BY created_at DESC, id DESC',
    ),
  };
  return {
    async create(compilation) {
      sql.insert.run(
        compilation.id,
        compilation.createdAt,
        JSON.stringify(summaryOf(compilation)),
        JSON.stringify(compilation),
      );
    },
    async get(id) {
      const row = sql.byId.get(id);
      return row === undefined ? null : parse<Compilation>(row);
    },
    async list() {
      return sql.summaries.all().map((row) => JSON.parse(row.summary) as CompilationSummary);
    },
  };
}

/** Enrichment requests with their answers, written with their notifications (migration 6). */
export function createSqliteEnrichmentStore(db: Database.Database): EnrichmentStore {
  const sql = {
    insert: db.prepare(
      'INSERT INTO enrichments (id, created_at, version, payload) VALUES (?, ?, ?, ?)',
    ),
    byId: db.prepare<[string], Row>('SELECT payload FROM enrichments WHERE id = ?'),
    all: db.prepare<[], Row>('SELECT payload FROM enrichments ORDER BY created_at DESC, id DESC'),
    replace: db.prepare(
      'UPDATE enrichments SET version = ?, payload = ? WHERE id = ? AND version = ?',
    ),
  };
  const writeOutbox = outboxWriter(db);
  const read = (id: string): Enrichment | null => {
    const row = sql.byId.get(id);
    return row === undefined ? null : parse<Enrichment>(row);
  };
  const create = db.transaction((enrichment: Enrichment, notes: readonly Notification[]) => {
    sql.insert.run(
      enrichment.id,
      enrichment.createdAt,
      enrichment.version,
      JSON.stringify(enrichment),
    );
    writeOutbox(notes);
  });
  const save = db.transaction(
    (
      next: Enrichment,
      expected: number,
      notes: readonly Notification[],
    ): RecordWriteOutcome<Enrichment> => {
      const current = read(next.id);
      if (current === null) return { kind: 'not_found' };
      if (current.version !== expected) return { kind: 'stale', current };
      const record: Enrichment = { ...next, version: expected + 1 };
      sql.replace.run(record.version, JSON.stringify(record), record.id, expected);
      writeOutbox(notes);
      return { kind: 'ok', record };
    },
  );
  return {
    async create(enrichment, notifications) {
      create.immediate(enrichment, notifications);
      return enrichment;
    },
    async get(id) {
      return read(id);
    },
    async list() {
      return sql.all.all().map((row) => parse<Enrichment>(row));
    },
    async save(next, expectedVersion, notifications) {
      return save.immediate(next, expectedVersion, notifications);
    },
  };
}
