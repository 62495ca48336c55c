import type { Observation } from './observation';

/**
 * The orders the board can be read in. Every one is total (ties end in the id), so keyset
 * paging neither repeats nor skips:
 *
 * - `filed_desc` (the default): newest first — `createdAt` descending, then `id` descending.
 * - `filed_asc`: oldest first — `createdAt`, then `id`.
 * - `waiting_desc`: longest waiting first. Still unanswered ones first, the longest waiting
 *   (the oldest) first; then the answered ones, the slowest first answer first (time from
 *   filing to first answer descending); ties by `id`. Unanswered first because those are the
 *   supervisor's work: an answered observation waits for nobody, however slow its answer was.
 *   The order does not change as time passes (a wait still growing is ordered by its start),
 *   so a cursor stays right from one page to the next.
 * - `priority_asc`: the triage record's priority number (1 = most urgent) ascending, those
 *   without one last; ties oldest first (`createdAt`, then `id`), as in a work queue.
 */
export const BOARD_SORTS = ['filed_desc', 'filed_asc', 'waiting_desc', 'priority_asc'] as const;
export type BoardSort = (typeof BOARD_SORTS)[number];
export const DEFAULT_BOARD_SORT: BoardSort = 'filed_desc';

export const isBoardSort = (value: unknown): value is BoardSort =>
  (BOARD_SORTS as readonly unknown[]).includes(value);

/** Where unanswered ones end and answered ones begin in the waiting order (see waitRank). */
export const ANSWERED_RANK_BASE = 10_000_000_000_000;
/** The priority rank of an observation without a priority: after every priority (1–99). */
export const NO_PRIORITY_RANK = 1000;

/**
 * The waiting order as one ascending whole number: an unanswered observation's filing instant
 * in epoch milliseconds (the oldest first), an answered one's ANSWERED_RANK_BASE minus its
 * milliseconds to the first answer (the slowest first; a negative wait, from a clock behind,
 * counts as 0). Filing instants stay below the base until the year 2286.
 */
export function waitRank(obs: Pick<Observation, 'createdAt' | 'firstAnsweredAt'>): number {
  const created = Date.parse(obs.createdAt);
  if (obs.firstAnsweredAt === null) return created;
  return ANSWERED_RANK_BASE - Math.max(0, Date.parse(obs.firstAnsweredAt) - created);
}

/** Anything with a triage priority; no triage record (a reporter's view) ranks as none. */
type Prioritised = { readonly triage?: { readonly priority: number | null } };

/** The priority order's first key: the priority number, or NO_PRIORITY_RANK (last). */
export const priorityRank = (obs: Prioritised): number => obs.triage?.priority ?? NO_PRIORITY_RANK;

type Ordered = Pick<Observation, 'id' | 'createdAt' | 'firstAnsweredAt'> & Prioritised;

const compare = (x: string | number, y: string | number): number => (x < y ? -1 : x > y ? 1 : 0);

/**
 * The order `sort` defines, as a comparator (strings in code-unit order): what the stores'
 * queries must return, written once for tests and for sorting a page in memory.
 */
export function boardComparator(sort: BoardSort): (a: Ordered, b: Ordered) => number {
  switch (sort) {
    case 'filed_desc':
      return (a, b) => compare(b.createdAt, a.createdAt) || compare(b.id, a.id);
    case 'filed_asc':
      return (a, b) => compare(a.createdAt, b.createdAt) || compare(a.id, b.id);
    case 'waiting_desc':
      return (a, b) => compare(waitRank(a), waitRank(b)) || compare(a.id, b.id);
    case 'priority_asc':
      return (a, b) =>
        compare(priorityRank(a), priorityRank(b)) ||
        compare(a.createdAt, b.createdAt) ||
        compare(a.id, b.id);
  }
}
