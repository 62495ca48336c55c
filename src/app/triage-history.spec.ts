import { createSqliteStore } from '../adapters/sqlite';
import { actor, fileAs, useAppDeps } from './testing';
import { triageHistory } from './triage-history';
import { updateTriage } from './update-triage';

describe('triageHistory', () => {
  const { deps } = useAppDeps((clock) => createSqliteStore({ file: ':memory:', clock }));

  it('gives the edits to those who may triage, oldest first', async () => {
    const filed = await fileAs(deps(), 'reporter');
    await updateTriage(deps(), actor('supervisor'), filed.id, { goal: 'Tavoite' }, 1);
    await updateTriage(deps(), actor('coordinator'), filed.id, { goal: 'Uusi tavoite' }, 2);

    for (const who of ['supervisor', 'rakeMember', 'coordinator', 'admin'] as const) {
      const outcome = await triageHistory(deps(), actor(who), filed.id);
      expect(outcome.ok && outcome.value.map((edit) => edit.actorName)).toEqual([
        actor('supervisor').name,
        actor('coordinator').name,
      ]);
    }
  });

  it('forbids the reporter and co-reporters, and hides it from those who cannot see it', async () => {
    const filed = await fileAs(deps(), 'reporter', { coReporterIds: ['u-colleague'] });
    const forbidden = { ok: false, error: { code: 'forbidden' } };
    const notFound = { ok: false, error: { code: 'not_found' } };

    expect(await triageHistory(deps(), actor('reporter'), filed.id)).toEqual(forbidden);
    expect(await triageHistory(deps(), actor('colleague'), filed.id)).toEqual(forbidden);
    expect(await triageHistory(deps(), actor('otherSupervisor'), filed.id)).toEqual(notFound);
    expect(await triageHistory(deps(), actor('editor'), filed.id)).toEqual(notFound);
    expect(await triageHistory(deps(), actor('supervisor'), 'obs-unknown')).toEqual(notFound);
  });
});
