import type Database from 'better-sqlite3';
import type { Notification } from '../../domain/notification/notification';
import type { HistoryEntry, Observation } from '../../domain/observation/observation';
import type { BoardScope } from '../../domain/policy/board-scope';
import {
  applyTriagePatch,
  EMPTY_TRIAGE,
  type TriagePatch,
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
import {
  boardSql,
  encodeCursor,
  pageSize,
  scopeSql,
  type SqlParam,
  type SqlQuery,
} from './board-query';
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
import { mineSql } from './mine-query';
import { outboxWriter } from './sqlite-notification-outbox';

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

/**
 * The ObservationStore on one better-sqlite3 connection; writes are IMMEDIATE transactions,
 * filings grouped into one commit per turn of the event loop.
 */
export function createSqliteObservationStore(
  db: Database.Database,
  clock: Clock,
): ObservationStore & { /** Commits the filings still waiting for their group. */ flush(): void } {
  const sql = {
    insertObservation: db.prepare(
      insertSql('observations', [...OBSERVATION_COLUMN_NAMES, 'search_text']),
    ),
    insertSearch: db.prepare<[string, string]>(
      'INSERT INTO observations_search (observation_id, search_text) VALUES (?, ?)',
    ),
    linkSearch: db.prepare<[number | bigint, string]>(
      'UPDATE observations SET search_rowid = ? WHERE id = ?',
    ),
    insertCoReporter: db.prepare(
      'INSERT OR IGNORE INTO co_reporters (observation_id, user_id) VALUES (?, ?)',
    ),
    // seq numbers an observation's entries; the entries are clustered by (observation_id, seq).
    insertHistory: db.prepare(
      `INSERT INTO history (seq, ${HISTORY_COLUMNS.join(', ')})
       VALUES ((SELECT COALESCE(MAX(seq), 0) + 1 FROM history WHERE observation_id = @observation_id),
               ${HISTORY_COLUMNS.map((c) => `@${c}`).join(', ')})`,
    ),
    findKey: db.prepare<[string, string], { observation_id: string }>(
      'SELECT observation_id FROM idempotency WHERE reporter_id = ? AND key = ?',
    ),
    insertKey: db.prepare(
      'INSERT INTO idempotency (reporter_id, key, observation_id) VALUES (?, ?, ?)',
    ),
    byId: db.prepare<[string], ObservationRow>(
      `SELECT ${OBSERVATION_COLUMNS} FROM observations WHERE id = ?`,
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
  const writeOutbox = outboxWriter(db);
  const prepared = statementCache(db);
  const countHits = (probe: SqlQuery): number =>
    (prepared(probe.sql).get(...probe.params) as { hits: number }).hits;

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

  /**
   * The search index learns a group's filings once they all stand, in the group's transaction.
   * Not inside each filing's savepoint: FTS5 writes out its pending terms at every savepoint,
   * which would make one index segment (and the merging of them) per filing again.
   */
  let unindexed: { id: string; text: string }[] = [];
  const indexSearch = (): void => {
    const batch = unindexed;
    unindexed = [];
    for (const { id, text } of batch) {
      sql.linkSearch.run(sql.insertSearch.run(id, text).lastInsertRowid, id);
    }
  };

  // Inside the filing's savepoint: a filing that fails takes its notifications with it.
  const create = db.transaction(
    (
      obs: NewObservation,
      filed: HistoryEntry,
      key: string | null,
      notifications: readonly Notification[],
    ): CreateOutcome => {
      if (key !== null) {
        const earlier = sql.findKey.get(obs.reporterId, key);
        if (earlier !== undefined) {
          return { observation: mustRead(earlier.observation_id), created: false };
        }
      }
      const record = toObservationRecord(obs);
      sql.insertObservation.run(record);
      for (const userId of obs.coReporterIds) sql.insertCoReporter.run(obs.id, userId);
      sql.insertHistory.run(toHistoryRow(filed, obs.id));
      if (key !== null) sql.insertKey.run(obs.reporterId, key, obs.id);
      writeOutbox(notifications);
      const observation = mustRead(obs.id);
      unindexed.push({ id: obs.id, text: record.search_text });
      return { observation, created: true };
    },
  );

  const fileBatch = groupCommit(db, create, indexSearch, () => {
    unindexed = [];
  });

  const updateTriage = db.transaction(
    (id: string, patch: TriagePatch, expectedVersion: number): WriteOutcome =>
      guarded(id, expectedVersion, (current) => {
        const triage = applyTriagePatch(current.triage, patch);
        sql.updateTriage.run({
          ...toTriageColumns(triage),
          updated_at: clock.now().toISOString(),
          id,
          version: expectedVersion,
        });
      }),
  );

  const transition = db.transaction(
    (
      id: string,
      entry: HistoryEntry,
      expectedVersion: number,
      notifications: readonly Notification[],
    ): WriteOutcome =>
      guarded(id, expectedVersion, () => {
        sql.updateStatus.run({ to: entry.to, at: entry.at, id, version: expectedVersion });
        sql.insertHistory.run(toHistoryRow(entry, id));
        writeOutbox(notifications);
      }),
  );

  return {
    create(obs, filed, key, notifications) {
      return fileBatch.submit([obs, filed, key, notifications]);
    },
    async get(id) {
      return read(id);
    },
    async listMine(userId, page) {
      const limit = pageSize(page);
      const { sql: text, params } = mineSql(userId, page, limit);
      return pageOf(prepared(text).all(...params) as ObservationRow[], limit);
    },
    async listBoard(query: BoardQuery): Promise<Page<Observation>> {
      const { sql: text, params } = boardSql(query, countHits);
      return pageOf(prepared(text).all(...params) as ObservationRow[], pageSize(query));
    },
    async updateTriage(id, patch, expectedVersion) {
      return updateTriage.immediate(id, patch, expectedVersion);
    },
    async transition(id, entry, expectedVersion, notifications) {
      return transition.immediate(id, entry, expectedVersion, notifications);
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
    flush: fileBatch.flush,
  };
}

/** Up to `limit + 1` rows in order as a page: the extra one only says that more follow. */
function pageOf(rows: readonly ObservationRow[], limit: number): Page<Observation> {
  const items = rows.slice(0, limit).map(toObservation);
  const last = items.at(-1);
  const more = rows.length > limit && last !== undefined;
  return { items, nextCursor: more ? encodeCursor(last) : null };
}

type Pending<A extends unknown[], R> = {
  readonly args: A;
  resolve(value: R): void;
  reject(error: unknown): void;
};

/**
 * Group commit: the writes submitted while the event loop is busy with other requests are
 * committed together, at the next turn of the loop, in one IMMEDIATE transaction. Each runs
 * in its own savepoint (a nested better-sqlite3 transaction), so one that fails rolls back
 * alone and rejects alone; the others still commit. Nobody hears "done" before the commit
 * that holds their write. A commit writes each touched page to the WAL once, so filings that
 * share the right-hand edges of the board indexes (they are all newest) share those pages,
 * and the search index gets one segment per batch instead of one per filing.
 */
function groupCommit<A extends unknown[], R>(
  db: Database.Database,
  write: Database.Transaction<(...args: A) => R>,
  /** Runs after the writes, in the same transaction; if it fails, the whole group fails. */
  finish: () => void,
  /** Forgets what `finish` would have done, when the group fails before it. */
  abandon: () => void,
): { submit(args: A): Promise<R>; flush(): void } {
  let queue: Pending<A, R>[] = [];
  const commitAll = db.transaction((batch: readonly Pending<A, R>[]) => {
    const outcomes = batch.map((item): { ok: true; value: R } | { ok: false; error: unknown } => {
      // A failure SQLite answers by rolling back the whole transaction (disk full) fails all.
      if (!db.inTransaction) throw new Error('the group commit was rolled back');
      try {
        return { ok: true, value: write(...item.args) };
      } catch (error) {
        return { ok: false, error };
      }
    });
    finish();
    return outcomes;
  });
  const flush = (): void => {
    const batch = queue;
    queue = [];
    if (batch.length === 0) return;
    let outcomes;
    try {
      outcomes = commitAll.immediate(batch);
    } catch (error) {
      abandon();
      for (const item of batch) item.reject(error);
      return;
    }
    outcomes.forEach((outcome, i) => {
      const item = batch[i] as Pending<A, R>;
      if (outcome.ok) item.resolve(outcome.value);
      else item.reject(outcome.error);
    });
  };
  return {
    submit: (args) =>
      new Promise<R>((resolve, reject) => {
        if (queue.push({ args, resolve, reject }) === 1) setImmediate(flush);
      }),
    flush,
  };
}
