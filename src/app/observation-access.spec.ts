import { createSqliteStore } from '../adapters/sqlite';
import { getObservation } from './get-observation';
import { listMyObservations } from './list-my-observations';
import { observationHistory } from './observation-history';
import { actor, fileAs, STAFF, type StaffKey, useAppDeps } from './testing';

describe('reading observations: get, mine, history', () => {
  const { deps } = useAppDeps((clock) => createSqliteStore({ file: ':memory:', clock }));

  it.each<[StaffKey, boolean]>([
    ['reporter', true],
    ['colleague', true],
    ['stranger', false],
    ['supervisor', true],
    ['otherSupervisor', false],
    ['rakeMember', true],
    ['coordinator', true],
    ['editor', false],
    ['admin', true],
  ])('%s may see a co-reported adult-social-work observation: %s', async (who, visible) => {
    const filed = await fileAs(deps(), 'reporter', { coReporterIds: [STAFF.colleague.id] });

    const got = await getObservation(deps(), actor(who), filed.id);
    const history = await observationHistory(deps(), actor(who), filed.id);

    expect(got.ok).toBe(visible);
    expect(history.ok).toBe(visible);
    // An observation one may not see is indistinguishable from one that does not exist.
    if (!visible) expect(got).toEqual(await getObservation(deps(), actor(who), 'no-such-id'));
  });

  it('shows the triage record only to those who may triage', async () => {
    const filed = await fileAs(deps(), 'reporter');
    const asReporter = await getObservation(deps(), actor('reporter'), filed.id);
    const asSupervisor = await getObservation(deps(), actor('supervisor'), filed.id);

    expect(asReporter.ok && asReporter.value).not.toHaveProperty('triage');
    expect(asSupervisor.ok && asSupervisor.value).toMatchObject({
      canTriage: true,
      allowedTransitions: ['in_review', 'forwarded', 'returned'],
      triage: expect.objectContaining({ coreContent: null }),
    });
  });

  it('lists own and co-reported observations, newest first', async () => {
    const own = await fileAs(deps(), 'reporter');
    const coReported = await fileAs(deps(), 'colleague', { coReporterIds: [STAFF.reporter.id] });
    await fileAs(deps(), 'stranger');

    const mine = await listMyObservations(deps(), actor('reporter'));

    expect(mine.ok && mine.value.items.map((o) => o.id)).toEqual([coReported.id, own.id]);
  });

  it('gives the timeline oldest first', async () => {
    const filed = await fileAs(deps(), 'reporter');
    const history = await observationHistory(deps(), actor('reporter'), filed.id);
    expect(history.ok && history.value.map((e) => [e.from, e.to])).toEqual([[null, 'received']]);
  });
});
