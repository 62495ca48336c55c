import {
  answerTimeTally,
  medianHoursToFirstAnswer,
  type AnswerTimeTally,
} from '../domain/observation/answer-time';
import type { Observation } from '../domain/observation/observation';
import { isInBoardScope, type BoardScope } from '../domain/policy/board-scope';
import type { Clock, ObservationStore } from '../ports';

/** The board's answer-time figure: how long reporters waited for a first answer. */
export type AnswerTimes = {
  /** Median hours to first answer of the period's observations in the scope, at `now`. */
  medianHours(period: string, scope: BoardScope, now: Date): Promise<number | null>;
};

/** Recomputes the median from the store on every call (what the board did before the cache). */
export const recomputedAnswerTimes = (store: ObservationStore): AnswerTimes => ({
  async medianHours(period, scope, now) {
    return medianHoursToFirstAnswer(await store.answerTimings(period, scope), now);
  },
});

export type AnswerTimeCacheOptions = {
  /** Reads the time a tally was made (for `maxAgeMs`). */
  readonly clock: Clock;
  /** Periods × scopes kept; the least recently used goes first. Default 200. */
  readonly maxEntries?: number;
  /**
   * A tally older than this is read from the store again, so that writes this process did not
   * make (another instance on the same SharePoint site) show within this time. Default 5 min.
   */
  readonly maxAgeMs?: number;
};

type Entry = {
  readonly period: string;
  readonly scope: BoardScope;
  readonly tally: AnswerTimeTally;
  readonly madeAt: number;
};

const scopeKey = (scope: BoardScope): string =>
  scope.kind === 'all'
    ? 'all'
    : `supervisor\u0000${scope.supervisorId}\u0000${[...new Set(scope.serviceAreas)].sort().join('\u0000')}`;

/**
 * The board's median answer time kept up to date instead of recomputed per request. Each
 * period and board scope asked for gets a tally (answerTimeTally) read once from the store;
 * from then on the returned store, through which this process writes, adds each filing to
 * the tallies whose period and scope it falls in, and moves an observation from waiting to
 * answered at its first answer. The time still passing for the unanswered is applied when the
 * median is asked for, so the figure is the one a recomputation would give, at any `now`.
 *
 * Correct as long as every write goes through the returned store: true of one RAKE
 * instance (all writes of the app, the bot and the scheduler go through AppDeps.store).
 * Writes made elsewhere (another instance on the same SharePoint site, an admin editing the
 * list) show once a tally is older than `maxAgeMs` and is read again. A read from the store
 * that overlaps a write of this process is used for that one answer but not kept, since it
 * cannot tell whether it saw the write; and a first answer the tally cannot place (data not
 * written by this app, where an observation left `received` without a first answer) drops
 * the period's tallies, to be read again.
 */
export function cacheAnswerTimes(
  store: ObservationStore,
  options: AnswerTimeCacheOptions,
): { readonly store: ObservationStore; readonly answerTimes: AnswerTimes } {
  const maxEntries = options.maxEntries ?? 200;
  const maxAgeMs = options.maxAgeMs ?? 5 * 60_000;
  const entries = new Map<string, Entry>();
  const loading = new Map<string, Promise<AnswerTimeTally>>();
  /** Changes when a write of this process begins or ends. */
  let epoch = 0;
  let writing = 0;

  const inScope = (observation: Observation): Entry[] =>
    [...entries.values()].filter(
      (entry) => entry.period === observation.period && isInBoardScope(entry.scope, observation),
    );
  const forget = (period: string): void => {
    for (const [key, entry] of entries) if (entry.period === period) entries.delete(key);
  };

  /** Runs a write of this process, so that a concurrent read knows not to keep what it saw. */
  async function writingThrough<T>(write: () => Promise<T>): Promise<T> {
    epoch += 1;
    writing += 1;
    try {
      return await write();
    } finally {
      writing -= 1;
      epoch += 1;
    }
  }

  async function tallyOf(period: string, scope: BoardScope): Promise<AnswerTimeTally> {
    const key = `${period}\u0001${scopeKey(scope)}`;
    const entry = entries.get(key);
    if (entry !== undefined && options.clock.now().getTime() - entry.madeAt <= maxAgeMs) {
      // Most recently used last: the first in the map is the one to drop.
      entries.delete(key);
      entries.set(key, entry);
      return entry.tally;
    }
    const pending = loading.get(key);
    if (pending !== undefined) return pending;
    const read = (async () => {
      const quiet = writing === 0;
      const before = epoch;
      const madeAt = options.clock.now().getTime();
      const tally = answerTimeTally(await store.answerTimings(period, scope));
      if (quiet && epoch === before) {
        entries.delete(key);
        entries.set(key, { period, scope, tally, madeAt });
        while (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
      }
      return tally;
    })();
    loading.set(key, read);
    try {
      return await read;
    } finally {
      loading.delete(key);
    }
  }

  return {
    store: {
      ...store,
      create: (observation, filed, key, notifications) =>
        writingThrough(async () => {
          const outcome = await store.create(observation, filed, key, notifications);
          if (outcome.created) {
            const stored = outcome.observation;
            for (const entry of inScope(stored)) entry.tally.add(stored);
          }
          return outcome;
        }),
      transition: (id, historyEntry, expectedVersion, notifications) =>
        writingThrough(async () => {
          const outcome = await store.transition(id, historyEntry, expectedVersion, notifications);
          if (outcome.kind !== 'ok') return outcome;
          const moved = outcome.observation;
          // Only the first move sets firstAnsweredAt, and only the first move leaves `received`.
          if (moved.firstAnsweredAt === null || moved.firstAnsweredAt !== historyEntry.at) {
            return outcome;
          }
          const placed =
            historyEntry.from === 'received' &&
            inScope(moved).every((entry) =>
              entry.tally.answer(moved.createdAt, moved.firstAnsweredAt as string),
            );
          if (!placed) forget(moved.period);
          return outcome;
        }),
      // A withdrawal takes an observation out of the tallies; a resubmit may move it to
      // another area's scope. Rare: the period is read again.
      amend: (id, edit, entry, expectedVersion, notifications) =>
        writingThrough(async () => {
          const outcome = await store.amend(id, edit, entry, expectedVersion, notifications);
          if (outcome.kind === 'ok') forget(outcome.observation.period);
          return outcome;
        }),
    },
    answerTimes: {
      async medianHours(period, scope, now) {
        return (await tallyOf(period, scope)).medianHours(now);
      },
    },
  };
}
