import { createSqliteStore } from '../../adapters/sqlite';
import { ANONYMISED_ID } from '../../domain/retention/retention';
import { actor, fileAs, T0, useAppDeps } from '../testing';
import { transitionObservation } from '../transition-observation';
import { applyRetention } from './apply-retention';

const YEAR_HOURS = 24 * 366;

describe('the daily retention step', () => {
  const fixture = useAppDeps((clock) => createSqliteStore({ file: ':memory:', clock }));
  const deps = () => fixture.deps();
  const withRetention = (years: number, mode: 'anonymise' | 'delete') => ({
    ...deps(),
    county: { ...deps().county, retention: { years, mode } },
  });

  async function closed(): Promise<string> {
    const filed = await fileAs(deps(), 'reporter', { coReporterIds: ['u-colleague'] });
    for (const to of ['in_review', 'closed'] as const) {
      const moved = await transitionObservation(
        deps(),
        actor('supervisor'),
        filed.id,
        { to, feedback: 'Kiitos havainnosta' },
        null,
      );
      if (!moved.ok) throw new Error(moved.error.code);
    }
    return filed.id;
  }
  const retentionEntries = async () =>
    (
      await deps().audit.list({
        from: T0.toISOString(),
        to: '2100-01-01T00:00:00.000Z',
        limit: 100,
      })
    ).items.filter((e) => e.action === 'retention.run');

  it('anonymises what closed over five years ago by default, once', async () => {
    const old = await closed();
    deps().clock.advanceHours(3 * YEAR_HOURS);
    const recent = await closed();
    const open = await fileAs(deps(), 'reporter');
    deps().clock.advanceHours(2 * YEAR_HOURS + 24);

    const first = await applyRetention(deps());
    expect(first).toMatchObject({
      settings: { years: 5, mode: 'anonymise' },
      done: 1,
      more: false,
    });
    expect(await deps().store.get(old)).toMatchObject({
      reporterId: ANONYMISED_ID,
      reporterName: '',
      coReporterIds: [],
      description: expect.stringContaining('Vuokrarästit'),
      status: 'closed',
    });
    expect(await deps().store.get(recent)).toMatchObject({ reporterId: 'u-reporter' });
    expect(await deps().store.get(open.id)).toMatchObject({ reporterId: 'u-reporter' });
    // The audit entry holds counts only, by the system.
    const [entry] = await retentionEntries();
    expect(entry).toMatchObject({
      actorId: 'system',
      actorName: 'RAKE',
      targetId: null,
      detail: 'anonymised 1 (closed over 5 years)',
    });

    // Idempotent: a second run the same day finds nothing and records nothing.
    expect(await applyRetention(deps())).toMatchObject({ done: 0 });
    expect(await retentionEntries()).toHaveLength(1);
  });

  it("reads the county's setting at each run: years and mode", async () => {
    const id = await closed();
    deps().clock.advanceHours(YEAR_HOURS + 24);
    expect(await applyRetention(deps())).toMatchObject({ done: 0 });
    expect(await applyRetention(withRetention(1, 'delete'))).toMatchObject({ done: 1 });
    expect(await deps().store.get(id)).toBeNull();
    expect(await deps().store.history(id)).toEqual([]);
  });

  it('handles a batch per run and says when more are due', async () => {
    const ids = [await closed(), await closed(), await closed()];
    deps().clock.advanceHours(6 * YEAR_HOURS);
    expect(await applyRetention(deps(), { batch: 2 })).toMatchObject({ done: 2, more: true });
    expect(await applyRetention(deps(), { batch: 2 })).toMatchObject({ done: 1, more: false });
    for (const id of ids) {
      expect(await deps().store.get(id)).toMatchObject({ reporterId: ANONYMISED_ID });
    }
  });
});
