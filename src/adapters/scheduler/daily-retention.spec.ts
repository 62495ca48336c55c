import { createSqliteStore, type SqliteStore } from '../sqlite';
import type { AppDeps } from '../../app';
import type { DigestDeps, DigestSettings } from '../../app/digest';
import { transitionObservation } from '../../app/transition-observation';
import { actor, createAppDeps, fileAs, testClock, type TestClock } from '../../app/testing';
import { ANONYMISED_ID } from '../../domain/retention/retention';
import { describeDaily, runDaily } from './daily-run';

const settings: DigestSettings = { daysBefore: 3, reminderDays: 7, escalationDays: 14 };

/** Issue 13: the daily run ends with the retention step. */
describe('the daily run: retention', () => {
  let store: SqliteStore;
  let deps: AppDeps & DigestDeps & { clock: TestClock };

  beforeEach(async () => {
    const clock = testClock(new Date('2020-04-28T06:00:00Z'));
    store = createSqliteStore({ file: ':memory:', clock });
    const app = await createAppDeps(store, clock);
    deps = { ...app, outbox: store.outbox, conversations: store.conversations };
  });
  afterEach(() => store.close());

  async function closedNow(): Promise<string> {
    const filed = await fileAs(deps, 'reporter');
    for (const to of ['in_review', 'closed'] as const) {
      const moved = await transitionObservation(
        deps,
        actor('supervisor'),
        filed.id,
        { to, feedback: 'Ei jatkotoimia' },
        null,
      );
      expect(moved.ok).toBe(true);
    }
    return filed.id;
  }

  it("anonymises what closed over the county's years, and says so in its log line", async () => {
    const id = await closedNow();
    deps.clock.set(new Date('2025-06-02T05:00:00Z'));
    const outcome = await runDaily(deps, settings);
    expect(outcome.retention).toMatchObject({ done: 1, more: false });
    expect(describeDaily(outcome)).toMatch(
      /; RAKE retention: anonymised 1 observation\(s\) ended before 2020-06-02T05:00:00.000Z$/,
    );
    expect(await store.observations.get(id)).toMatchObject({ reporterId: ANONYMISED_ID });
    // Nothing more to do: the log line says nothing of retention.
    expect(describeDaily(await runDaily(deps, settings))).not.toMatch(/retention/);
  });

  it("follows the admin's change from the next run (deps.county is read at each run)", async () => {
    const id = await closedNow();
    deps.clock.set(new Date('2022-06-02T05:00:00Z'));
    expect((await runDaily(deps, settings)).retention).toMatchObject({ done: 0 });
    const changed = {
      ...deps,
      county: { ...deps.county, retention: { years: 2, mode: 'delete' as const } },
    };
    expect((await runDaily(changed, settings)).retention).toMatchObject({
      done: 1,
      settings: { years: 2, mode: 'delete' },
    });
    expect(await store.observations.get(id)).toBeNull();
  });
});
