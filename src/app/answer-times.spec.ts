import { createSqliteStore, type SqliteStore } from '../adapters/sqlite';
import { medianHoursToFirstAnswer } from '../domain/observation/answer-time';
import type { BoardScope } from '../domain/policy/board-scope';
import type { AnswerTiming, ObservationStore } from '../ports';
import { createTestData } from '../ports/testing/observation-builder';
import type { AppDeps } from './app-deps';
import { cacheAnswerTimes, recomputedAnswerTimes } from './answer-times';
import { browseBoard } from './browse-board';
import {
  actor,
  createAppDeps,
  fileAs,
  STAFF,
  testClock,
  withNamedSupervisors,
  type TestClock,
} from './testing';
import { transitionObservation } from './transition-observation';

const ALL: BoardScope = { kind: 'all' };
const SUPERVISOR: BoardScope = {
  kind: 'supervisor',
  supervisorId: STAFF.supervisor.id,
  serviceAreas: [...STAFF.supervisor.serviceAreas],
};
const OTHER_SUPERVISOR: BoardScope = {
  kind: 'supervisor',
  supervisorId: STAFF.otherSupervisor.id,
  serviceAreas: [...STAFF.otherSupervisor.serviceAreas],
};
/** Quarters of the test clock's year (Kainuu's periods). */
const PERIODS = ['2026-Q1', '2026-Q2'] as const;

describe('cacheAnswerTimes', () => {
  let sqlite: SqliteStore;
  let clock: TestClock;
  let deps: AppDeps & { clock: TestClock };
  let cached: ReturnType<typeof cacheAnswerTimes>;

  beforeEach(async () => {
    clock = testClock();
    sqlite = createSqliteStore({ file: ':memory:', clock });
    cached = cacheAnswerTimes(sqlite.observations, { clock });
    deps = {
      ...(await createAppDeps(sqlite, clock)),
      store: cached.store,
      answerTimes: cached.answerTimes,
    };
  });
  afterEach(() => sqlite.close());

  /** What the board showed before the cache: the median recomputed from the store. */
  const recomputed = (period: string, scope: BoardScope) =>
    recomputedAnswerTimes(sqlite.observations).medianHours(period, scope, clock.now());
  const expectSameAsRecomputed = async (answerTimes = cached.answerTimes): Promise<void> => {
    for (const period of PERIODS) {
      for (const scope of [ALL, SUPERVISOR, OTHER_SUPERVISOR]) {
        const median = await answerTimes.medianHours(period, scope, clock.now());
        expect({ period, scope, median }).toEqual({
          period,
          scope,
          median: await recomputed(period, scope),
        });
      }
    }
  };

  it('equals the recomputed median across filings, first answers, later moves and time', async () => {
    // Tallies that never age out, each read from the store once: every change after that is
    // the cache's own bookkeeping.
    let reads = 0;
    const counted: ObservationStore = {
      ...sqlite.observations,
      answerTimings: (period, scope) => {
        reads += 1;
        return sqlite.observations.answerTimings(period, scope);
      },
    };
    const lasting = cacheAnswerTimes(counted, { clock, maxAgeMs: Infinity });
    deps = { ...deps, store: lasting.store, answerTimes: lasting.answerTimes };
    // A deterministic mix, replayable from the seed.
    let seed = 7;
    const random = (): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const named = withNamedSupervisors(deps);
    const filed: { id: string; status: string }[] = [];
    await expectSameAsRecomputed(lasting.answerTimes); // the tallies exist before any filing
    expect(reads).toBe(PERIODS.length * 3);

    for (let step = 0; step < 120; step += 1) {
      const roll = random();
      if (roll < 0.35) {
        const area = random() < 0.5 ? 'adult_social_work' : 'child_welfare';
        const naming = random() < 0.3;
        const view = await fileAs(naming ? named : deps, 'reporter', {
          serviceArea: area,
          ...(naming ? { supervisorId: STAFF.supervisor.id } : {}),
        });
        filed.push({ id: view.id, status: 'received' });
      } else if (roll < 0.6) {
        const item = filed[Math.floor(random() * filed.length)];
        if (item !== undefined) {
          const to =
            item.status === 'received'
              ? 'in_review'
              : item.status === 'in_review'
                ? 'closed'
                : null;
          if (to !== null) {
            const moved = await transitionObservation(
              deps,
              actor('coordinator'),
              item.id,
              { to, feedback: 'Käsitelty.' },
              null,
            );
            expect(moved.ok).toBe(true);
            item.status = to;
          }
        }
      } else {
        // Hours to weeks: waits grow, and the clock crosses into the next quarter.
        clock.advanceHours(Math.floor(random() * 24 * 14));
      }
      if (step % 10 === 9) await expectSameAsRecomputed(lasting.answerTimes);
    }
    expect(clock.now().toISOString() > '2026-04-01').toBe(true);
    expect(filed.filter((item) => item.status !== 'received').length).toBeGreaterThan(10);
    await expectSameAsRecomputed(lasting.answerTimes);
    expect(reads).toBe(PERIODS.length * 3);
  });

  it('gives the board the median a recomputing board gives', async () => {
    const first = await fileAs(deps, 'reporter');
    await fileAs(deps, 'reporter', { serviceArea: 'child_welfare' });
    clock.advanceHours(5);
    await transitionObservation(deps, actor('supervisor'), first.id, { to: 'in_review' }, null);
    clock.advanceHours(30);
    const { answerTimes: _cache, ...uncached } = deps;
    for (const who of ['supervisor', 'rakeMember'] as const) {
      const withCache = await browseBoard(deps, actor(who), {});
      const without = await browseBoard(uncached, actor(who), {});
      expect(withCache.ok && withCache.value.medianHoursToFirstAnswer).toBe(
        without.ok && without.value.medianHoursToFirstAnswer,
      );
    }
  });

  it('reads each period and scope from the store once, however many ask at once', async () => {
    await fileAs(deps, 'reporter');
    const reads = jest.spyOn(sqlite.observations, 'answerTimings');
    await Promise.all(
      Array.from({ length: 20 }, () =>
        cached.answerTimes.medianHours(PERIODS[0], ALL, clock.now()),
      ),
    );
    await cached.answerTimes.medianHours(PERIODS[0], ALL, clock.now());
    await fileAs(deps, 'reporter');
    clock.advanceHours(1 / 60); // within maxAgeMs (5 minutes by default)
    await cached.answerTimes.medianHours(PERIODS[0], ALL, clock.now());
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it('reads again what is older than maxAgeMs, so writes it did not see show', async () => {
    const short = cacheAnswerTimes(sqlite.observations, { clock, maxAgeMs: 60_000 });
    await fileAs(deps, 'reporter');
    expect(await short.answerTimes.medianHours(PERIODS[0], ALL, clock.now())).toBe(0);
    // Written past `short` (through the other cache): unseen until its tally ages out.
    await fileAs(deps, 'reporter');
    clock.advanceHours(2);
    await fileAs(deps, 'reporter');
    expect(await short.answerTimes.medianHours(PERIODS[0], ALL, clock.now())).toBe(2);
    expect(await recomputed(PERIODS[0], ALL)).toBe(2);
  });

  it('keeps at most maxEntries tallies, dropping the least recently used', async () => {
    const small = cacheAnswerTimes(sqlite.observations, { clock, maxEntries: 2 });
    const reads = jest.spyOn(sqlite.observations, 'answerTimings');
    const ask = (scope: BoardScope) =>
      small.answerTimes.medianHours(PERIODS[0], scope, clock.now());
    await ask(ALL);
    await ask(SUPERVISOR);
    await ask(ALL); // used again: SUPERVISOR is now the least recent
    await ask(OTHER_SUPERVISOR);
    await ask(ALL);
    expect(reads).toHaveBeenCalledTimes(3);
    await ask(SUPERVISOR);
    expect(reads).toHaveBeenCalledTimes(4);
  });

  describe('with a store whose reads the test holds back', () => {
    /** A store whose answerTimings resolves only when the test says. */
    function heldStore(): {
      store: ObservationStore;
      release(): void;
      reads: () => number;
    } {
      let count = 0;
      let release: () => void = () => undefined;
      const store: ObservationStore = {
        ...sqlite.observations,
        answerTimings: async (period, scope) => {
          count += 1;
          const timings = await sqlite.observations.answerTimings(period, scope);
          await new Promise<void>((resolve) => {
            release = resolve;
          });
          return timings;
        },
      };
      return { store, release: () => release(), reads: () => count };
    }

    it('answers from a read that overlapped a write, but does not keep it', async () => {
      const held = heldStore();
      const cache = cacheAnswerTimes(held.store, { clock });
      const heldDeps = { ...deps, store: cache.store, answerTimes: cache.answerTimes };
      const asked = cache.answerTimes.medianHours(PERIODS[0], ALL, clock.now());
      await new Promise((resolve) => setImmediate(resolve));
      await fileAs(heldDeps, 'reporter'); // lands while the read is held
      held.release();
      expect(await asked).toBeNull(); // what the read saw: nothing yet
      const again = cache.answerTimes.medianHours(PERIODS[0], ALL, clock.now());
      await new Promise((resolve) => setImmediate(resolve));
      held.release();
      expect(await again).toBe(0);
      expect(held.reads()).toBe(2);
    });
  });

  it('drops a period whose first answer it cannot place, and reads it again', async () => {
    // Data not written by this app: left `received` without a first answer.
    const data = createTestData();
    const odd = data.observation({
      status: 'in_review',
      createdAt: clock.now().toISOString(),
      period: PERIODS[0],
      serviceArea: 'adult_social_work',
    });
    await sqlite.observations.create(odd, data.filed(odd), null, []);
    const timings: readonly AnswerTiming[] = await sqlite.observations.answerTimings(
      PERIODS[0],
      ALL,
    );
    expect(timings).toEqual([{ createdAt: odd.createdAt, firstAnsweredAt: null }]);
    expect(await cached.answerTimes.medianHours(PERIODS[0], ALL, clock.now())).toBe(0);

    clock.advanceHours(3);
    const moved = await transitionObservation(
      deps,
      actor('coordinator'),
      odd.id,
      {
        to: 'closed',
        feedback: 'Valmis.',
      },
      null,
    );
    expect(moved.ok).toBe(true);
    clock.advanceHours(10);
    expect(await cached.answerTimes.medianHours(PERIODS[0], ALL, clock.now())).toBe(3);
    expect(
      medianHoursToFirstAnswer(
        await sqlite.observations.answerTimings(PERIODS[0], ALL),
        clock.now(),
      ),
    ).toBe(3);
  });
});
