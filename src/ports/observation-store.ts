import type { DraftEdit, HistoryEntry, Observation } from '../domain/observation/observation';
import type { Status } from '../domain/lifecycle/status';
import type { TriagePatch } from '../domain/triage/triage-record';
import type { TriageEdit } from '../domain/triage/triage-edit';
import type { BoardScope } from '../domain/policy/board-scope';
import type { AnswerTiming } from '../domain/observation/answer-time';
import type { Notification } from '../domain/notification/notification';
import type { BoardSort } from '../domain/observation/board-order';

export type { BoardScope, AnswerTiming, BoardSort };

/** A new observation as the store receives it: everything but what the store assigns. */
export type NewObservation = Omit<Observation, 'version' | 'updatedAt'>;

export type BoardQuery = {
  readonly scope: BoardScope;
  /** Any of these statuses; absent or empty: every status. */
  readonly status?: readonly Status[];
  readonly serviceArea?: string;
  readonly municipality?: string;
  readonly topic?: string;
  readonly period?: string;
  /**
   * Free-text search in description and solution proposal: a literal substring (no
   * wildcards), case-insensitive also for ä, ö and å. Absent or blank: no search.
   */
  readonly q?: string;
  /**
   * Opaque cursor from the previous page's `nextCursor`. Absent or empty: the first page.
   * Anything this store did not issue makes `listBoard` reject with `InvalidCursorError`.
   */
  readonly cursor?: string;
  readonly limit: number;
  /** The order (see board-order.ts); absent: `filed_desc`, newest first. */
  readonly sort?: BoardSort;
};

/**
 * How many observations a board query matches. `exact: false` when the store stopped
 * counting: at the cap it was given, or (SharePoint, with free text) after reading as many
 * items as it reads for a count; `count` is then a lower bound ("at least").
 */
export type BoardCount = { readonly count: number; readonly exact: boolean };

/** Newest first; `nextCursor` is null on the last page. */
export type Page<T> = { readonly items: readonly T[]; readonly nextCursor: string | null };

/** Which page of a keyset-paged list ("my reports"): `cursor` as in BoardQuery. */
export type PageRequest = { readonly cursor?: string; readonly limit: number };

/** Created vs. replayed: the same idempotency key returns the first observation. */
export type CreateOutcome = { readonly observation: Observation; readonly created: boolean };

export type WriteOutcome =
  | { readonly kind: 'ok'; readonly observation: Observation }
  | { readonly kind: 'not_found' }
  /** The caller's version is not the stored one: nothing was written. */
  | { readonly kind: 'stale'; readonly current: Observation };

/**
 * `listBoard` or `listMine` was given a cursor it did not issue (typed by hand, cut short, from another
 * store). The caller's input is at fault, not the store: the HTTP edge answers 422 on `cursor`.
 */
export class InvalidCursorError extends Error {
  readonly code = 'invalid_cursor';
  constructor(readonly cursor: string) {
    super('Invalid cursor');
    this.name = 'InvalidCursorError';
  }
}

/**
 * Where observations live. Implemented by the SQLite store (embedded default) and the
 * SharePoint store; both pass the same contract suite in `src/ports/observation-store.contract.ts`.
 */
export interface ObservationStore {
  /**
   * Stores the observation, its first history entry and its notifications (into the outbox,
   * see NotificationOutbox) atomically. With an idempotency key, a second call by the same
   * reporter with the same key returns the first observation and stores nothing, not even
   * notifications.
   */
  create(
    observation: NewObservation,
    filed: HistoryEntry,
    idempotencyKey: string | null,
    notifications: readonly Notification[],
  ): Promise<CreateOutcome>;
  get(id: string): Promise<Observation | null>;
  /**
   * The observations the user filed or co-reported, each once, newest first and keyset-paged
   * exactly as `listBoard` (same order, same cursor rules, `InvalidCursorError`).
   */
  listMine(userId: string, page: PageRequest): Promise<Page<Observation>>;
  /**
   * In `query.sort` (board-order.ts; newest first by default: `createdAt` descending, then `id`
   * descending); keyset-paged, so pages neither repeat nor skip observations whose sort key
   * does not change between them (newest first: nor when observations are added). Rejects
   * with `InvalidCursorError` for a cursor it did not issue, or issued for another sort.
   */
  listBoard(query: BoardQuery): Promise<Page<Observation>>;
  /**
   * The observations the query's scope and filters match, on every page (the cursor, limit
   * and sort do not count). Counts at most `cap`: with more, `{ count: cap, exact: false }`.
   */
  countBoard(query: BoardQuery, cap: number): Promise<BoardCount>;
  /**
   * Applies only the named fields, if `expectedVersion` is still current, and appends `edit` to
   * the triage history in the same write (atomically), unless its `changes` are empty;
   * `updatedAt` becomes `edit.at`. `edit.changes` are what the patch changes in the record at
   * `expectedVersion` (triageEditOf). On `stale` or `not_found` nothing is written.
   */
  updateTriage(
    id: string,
    patch: TriagePatch,
    expectedVersion: number,
    edit: TriageEdit,
  ): Promise<WriteOutcome>;
  /** The edits of the observation's triage record, oldest first; [] for an unknown id. */
  triageHistory(id: string): Promise<readonly TriageEdit[]>;
  /**
   * Moves the observation to `entry.to`, appends the entry and writes the notifications to the
   * outbox atomically, if `expectedVersion` is still current; on `stale` or `not_found`
   * nothing is written. Sets `firstAnsweredAt` on the first move.
   */
  transition(
    id: string,
    entry: HistoryEntry,
    expectedVersion: number,
    notifications: readonly Notification[],
  ): Promise<WriteOutcome>;
  /**
   * A change the reporter makes (a withdrawal, a resubmit after a return): applies `edit` (the
   * amended form fields; may be empty), moves to `entry.to`, appends the entry and writes the
   * notifications atomically, if `expectedVersion` is still current; on `stale` or `not_found`
   * nothing is written. Unlike `transition` it never sets `firstAnsweredAt`: the reporter
   * acting is no answer to them. The board's search follows the amended texts.
   */
  amend(
    id: string,
    edit: DraftEdit,
    entry: HistoryEntry,
    expectedVersion: number,
    notifications: readonly Notification[],
  ): Promise<WriteOutcome>;
  history(id: string): Promise<readonly HistoryEntry[]>;
  answerTimings(period: string, scope: BoardScope): Promise<readonly AnswerTiming[]>;
  /** True when nothing is stored yet (demo data goes only into an empty store). */
  isEmpty(): Promise<boolean>;
}
