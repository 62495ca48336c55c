import type Database from 'better-sqlite3';
import type { HistoryEntry, Observation } from '../../domain/observation/observation';
import type { BoardScope } from '../../domain/policy/board-scope';
import {
  EMPTY_TRIAGE,
  TRIAGE_FIELDS,
  type TriagePatch,
  type TriageRecord,
} from '../../domain/triage/triage-record';
import type {
  AnswerTiming,
  BoardQuery,
  CreateOutcome,
  NewObservation,
  ObservationStore,
  Page,
  WriteOutcome,
} from '../../ports/observation-store';
import type { Clock } from '../../ports/clock';
import { boardSql, encodeCursor, pageSize, scopeSql, type SqlParam } from './board-query';
import {
  OBSERVATION_COLUMN_NAMES,
  OBSERVATION_COLUMNS,
  toHistoryEntry,
  toHistoryRow,
  toObservation,
  toObservationRecord,
  toTriageColumns,
  type HistoryRow,
  type ObservationRow,
} from './mapper';

const HISTORY_COLUMNS = [
  'id',
  'observation_id',
  'at',
  'actor_id',
  'actor_name',
  'from_status',
  'to_status',
  'feedback',
  'return_reason',
] as const satisfies readonly (keyof HistoryRow)[];

const insertSql = (table: string, columns: readonly string[]): string =>
  `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`;

/** Statements whose text depends on the query (the board, answer timings), prepared once each. */
function statementCache(db: Database.Database) {
  const cache = new Map<string, Database.Statement>();
  return (sql: string): Database.Statement => {
    let statement = cache.get(sql);
    if (statement === undefined) {
      // The shapes are few (which filters, how many statuses); the bound is only a safeguard.
      if (cache.size >= 500) cache.clear();
      statement = db.prepare(sql);
      cache.set(sql, statement);
    }
    return statement;
  };
}

/** The ObservationStore on one better-sqlite3 connection; writes are IMMEDIATE transactions. */
export function createSqliteObservationStore(
  db: Database.Database,
  clock: Clock,
): ObservationStore {
  const sql = {
    insertObservation: db.prepare(
      insertSql('observations', [...OBSERVATION_COLUMN_NAMES, 'search_text']),
    ),
    insertCoReporter: db.prepare(
      'INSERT OR IGNORE INTO co_reporters (observation_id, user_id) VALUES (?, ?)',
    ),
    insertHistory: db.prepare(insertSql('history', HISTORY_COLUMNS)),
    findKey: db.prepare<[string, string], { observation_id: string }>(
      'SELECT observation_id FROM idempotency WHERE reporter_id = ? AND key = ?',
    ),
    insertKey: db.prepare(
      'INSERT INTO idempotency (reporter_id, key, observation_id) VALUES (?, ?, ?)',
    ),
    byId: db.prepare<[string], ObservationRow>(
      `SELECT ${OBSERVATION_COLUMNS} FROM observations WHERE id = ?`,
    ),
    mine: db.prepare<{ user: string }, ObservationRow>(
      `SELECT ${OBSERVATION_COLUMNS} FROM observations
       WHERE reporter_id = @user
          OR id IN (SELECT observation_id FROM co_reporters WHERE user_id = @user)
       ORDER BY created_at DESC, id DESC`,
    ),
    updateTriage: db.prepare(
      `UPDATE observations SET ${Object.keys(toTriageColumns(EMPTY_TRIAGE))
        .map((column) => `${column} = @${column}`)
        .join(', ')}, updated_at = @updated_at, version = version + 1
       WHERE id = @id AND version = @version`,
    ),
    updateStatus: db.prepare(
      `UPDATE observations
       SET status = @to, first_answered_at = COALESCE(first_answered_at, @at),
           updated_at = @at, version = version + 1
       WHERE id = @id AND version = @version`,
    ),
    history: db.prepare<[string], HistoryRow>(
      `SELECT ${HISTORY_COLUMNS.join(', ')} FROM history WHERE observation_id = ? ORDER BY at, seq`,
    ),
    any: db.prepare<[], { present: number }>(
      'SELECT EXISTS (SELECT 1 FROM observations) AS present',
    ),
  };
  const prepared = statementCache(db);

  const read = (id: string): Observation | null => {
    const row = sql.byId.get(id);
    return row === undefined ? null : toObservation(row);
  };
  const mustRead = (id: string): Observation => {
    const obs = read(id);
    if (obs === null) throw new Error(`observation ${id} vanished inside a transaction`);
    return obs;
  };

  /** Runs `write` only if the observation exists at `expectedVersion`. */
  const guarded = (
    id: string,
    expectedVersion: number,
    write: (current: Observation) => void,
  ): WriteOutcome => {
    const current = read(id);
    if (current === null) return { kind: 'not_found' };
    if (current.version !== expectedVersion) return { kind: 'stale', current };
    write(current);
    return { kind: 'ok', observation: mustRead(id) };
  };

  const create = db.transaction(
    (obs: NewObservation, filed: HistoryEntry, key: string | null): CreateOutcome => {
      if (key !== null) {
        const earlier = sql.findKey.get(obs.reporterId, key);
        if (earlier !== undefined) {
          return { observation: mustRead(earlier.observation_id), created: false };
        }
      }
      sql.insertObservation.run(toObservationRecord(obs));
      for (const userId of obs.coReporterIds) sql.insertCoReporter.run(obs.id, userId);
      sql.insertHistory.run(toHistoryRow(filed, obs.id));
      if (key !== null) sql.insertKey.run(obs.reporterId, key, obs.id);
      return { observation: mustRead(obs.id), created: true };
    },
  );

  const updateTriage = db.transaction(
    (id: string, patch: TriagePatch, expectedVersion: number): WriteOutcome =>
      guarded(id, expectedVersion, (current) => {
        const triage = applyPatch(current.triage, patch);
        sql.updateTriage.run({
          ...toTriageColumns(triage),
          updated_at: clock.now().toISOString(),
          id,
          version: expectedVersion,
        });
      }),
  );

  const transition = db.transaction(
    (id: string, entry: HistoryEntry, expectedVersion: number): WriteOutcome =>
      guarded(id, expectedVersion, () => {
        sql.updateStatus.run({ to: entry.to, at: entry.at, id, version: expectedVersion });
        sql.insertHistory.run(toHistoryRow(entry, id));
      }),
  );

  return {
    async create(obs, filed, key) {
      return create.immediate(obs, filed, key);
    },
    async get(id) {
      return read(id);
    },
    async listMine(userId) {
      return sql.mine.all({ user: userId }).map(toObservation);
    },
    async listBoard(query: BoardQuery): Promise<Page<Observation>> {
      const { sql: text, params } = boardSql(query);
      const rows = prepared(text).all(...params) as ObservationRow[];
      const limit = pageSize(query);
      const items = rows.slice(0, limit).map(toObservation);
      const last = items.at(-1);
      const more = rows.length > limit && last !== undefined;
      return { items, nextCursor: more ? encodeCursor(last) : null };
    },
    async updateTriage(id, patch, expectedVersion) {
      return updateTriage.immediate(id, patch, expectedVersion);
    },
    async transition(id, entry, expectedVersion) {
      return transition.immediate(id, entry, expectedVersion);
    },
    async history(id) {
      return sql.history.all(id).map(toHistoryEntry);
    },
    async answerTimings(period: string, scope: BoardScope): Promise<readonly AnswerTiming[]> {
      const inScope = scopeSql(scope);
      const params: SqlParam[] = [period, ...(inScope?.params ?? [])];
      const rows = prepared(
        `SELECT created_at, first_answered_at FROM observations
         WHERE period = ? ${inScope === null ? '' : `AND ${inScope.sql}`}
         ORDER BY created_at, id`,
      ).all(...params) as { created_at: string; first_answered_at: string | null }[];
      return rows.map((row) => ({
        createdAt: row.created_at,
        firstAnsweredAt: row.first_answered_at,
      }));
    },
    async isEmpty() {
      return sql.any.get()?.present !== 1;
    },
  };
}

/** Only the fields the patch names: `undefined` names nothing, `null` clears. */
function applyPatch(triage: TriageRecord, patch: TriagePatch): TriageRecord {
  const named = TRIAGE_FIELDS.filter((field) => patch[field] !== undefined).map((field) => [
    field,
    patch[field],
  ]);
  return { ...triage, ...(Object.fromEntries(named) as TriagePatch) };
}
