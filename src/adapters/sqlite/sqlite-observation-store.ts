import type Database from 'better-sqlite3';
import type { Notification } from '../../domain/notification/notification';
import { DEFAULT_BOARD_SORT } from '../../domain/observation/board-order';
import type { DraftEdit, HistoryEntry, Observation } from '../../domain/observation/observation';
import { searchTextOf } from '../../domain/observation/search-text';
import type { BoardScope } from '../../domain/policy/board-scope';
import type { TriageEdit } from '../../domain/triage/triage-edit';
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
import {
  boardCountSql,
  boardSql,
  encodeCursor,
  encodeSortedCursor,
  pageSize,
  positionOf,
  scopeSql,
  type SqlParam,
  type SqlQuery,
} from './board-query';
import {
  AMENDABLE_COLUMNS,
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
import { groupCommit } from './group-commit';
import { mineSql } from './mine-query';
import { outboxWriter } from './sqlite-notification-outbox';
import {
  TRIAGE_EDIT_COLUMNS,
  toTriageEdit,
  toTriageEditRow,
  type TriageEditRow,
} from './triage-history-rows';

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
  'changes',
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
    // A reporter's change: the form's fields, the search copy and the status, never
    // first_answered_at (see ObservationStore.amend).
    amend: db.prepare(
      `UPDATE observations
       SET ${Object.values(AMENDABLE_COLUMNS)
         .map((column) => `${column} = @${column}`)
         .join(', ')}, search_text = @search_text, status = @to, updated_at = @at,
           version = version + 1
       WHERE id = @id AND version = @version`,
    ),
    searchRowOf: db.prepare<[string], { search_rowid: number | bigint | null }>(
      'SELECT search_rowid FROM observations WHERE id = ?',
    ),
    deleteSearch: db.prepare<[number | bigint]>('DELETE FROM observations_search WHERE rowid = ?'),
    insertTriageEdit: db.prepare(insertSql('triage_history', TRIAGE_EDIT_COLUMNS)),
    triageHistory: db.prepare<[string], TriageEditRow>(
      `SELECT ${TRIAGE_EDIT_COLUMNS.join(', ')} FROM triage_history
       WHERE observation_id = ? ORDER BY at, seq`,
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
      unindexed.push({ id: obs.id, text: record.search_text });
      // What was just written, as a read would map it, without reading it back.
      return { observation: toObservation(record), created: true };
    },
  );

  const fileBatch = groupCommit(db, create, {
    finish: indexSearch,
    abandon: () => {
      unindexed = [];
    },
  });

  const updateTriage = db.transaction(
    (id: string, patch: TriagePatch, expectedVersion: number, edit: TriageEdit): WriteOutcome =>
      guarded(id, expectedVersion, (current) => {
        const triage = applyTriagePatch(current.triage, patch);
        sql.updateTriage.run({
          ...toTriageColumns(triage),
          updated_at: edit.at,
          id,
          version: expectedVersion,
        });
        if (edit.changes.length > 0) sql.insertTriageEdit.run(toTriageEditRow(edit));
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

  const amend = db.transaction(
    (
      id: string,
      edit: DraftEdit,
      entry: HistoryEntry,
      expectedVersion: number,
      notifications: readonly Notification[],
    ): WriteOutcome =>
      guarded(id, expectedVersion, (current) => {
        const next = { ...current, ...edit };
        const columns = Object.fromEntries(
          Object.entries(AMENDABLE_COLUMNS).map(([field, column]) => [
            column,
            next[field as keyof typeof AMENDABLE_COLUMNS],
          ]),
        );
        const searchText = searchTextOf(next);
        sql.amend.run({
          ...columns,
          search_text: searchText,
          to: entry.to,
          at: entry.at,
          id,
          version: expectedVersion,
        });
        // The trigram index holds the folded text: the old one leaves, the amended one comes.
        const row = sql.searchRowOf.get(id);
        if (row?.search_rowid !== null && row?.search_rowid !== undefined) {
          sql.deleteSearch.run(row.search_rowid);
        }
        sql.linkSearch.run(sql.insertSearch.run(id, searchText).lastInsertRowid, id);
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
      const sort = query.sort ?? DEFAULT_BOARD_SORT;
      return pageOf(prepared(text).all(...params) as ObservationRow[], pageSize(query), (last) =>
        encodeSortedCursor(positionOf(sort, last)),
      );
    },
    async countBoard(query: BoardQuery, cap: number) {
      const hits = countHits(boardCountSql(query, cap, countHits));
      return hits > cap ? { count: cap, exact: false } : { count: hits, exact: true };
    },
    async updateTriage(id, patch, expectedVersion, edit) {
      return updateTriage.immediate(id, patch, expectedVersion, edit);
    },
    async triageHistory(id) {
      return sql.triageHistory.all(id).map(toTriageEdit);
    },
    async transition(id, entry, expectedVersion, notifications) {
      return transition.immediate(id, entry, expectedVersion, notifications);
    },
    async amend(id, edit, entry, expectedVersion, notifications) {
      return amend.immediate(id, edit, entry, expectedVersion, notifications);
    },
    async history(id) {
      return sql.history.all(id).map(toHistoryEntry);
    },
    async answerTimings(period: string, scope: BoardScope): Promise<readonly AnswerTiming[]> {
      const inScope = scopeSql(scope);
      const params: SqlParam[] = [period, ...(inScope?.params ?? [])];
      const rows = prepared(
        `SELECT created_at, first_answered_at FROM observations
         WHERE period = ? AND status != 'withdrawn'
           ${inScope === null ? '' : `AND ${inScope.sql}`}
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
function pageOf(
  rows: readonly ObservationRow[],
  limit: number,
  cursorOf: (last: Observation) => string = encodeCursor,
): Page<Observation> {
  const items = rows.slice(0, limit).map(toObservation);
  const last = items.at(-1);
  const more = rows.length > limit && last !== undefined;
  return { items, nextCursor: more ? cursorOf(last) : null };
}
