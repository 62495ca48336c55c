import { createSqliteStore } from '../adapters/sqlite';
import { actor, fileAs, VALID_HETU, useAppDeps } from './testing';
import { updateTriage } from './update-triage';

describe('updateTriage', () => {
  const { deps, store } = useAppDeps((clock) => createSqliteStore({ file: ':memory:', clock }));

  it('changes only the named fields of the current version', async () => {
    const filed = await fileAs(deps(), 'reporter');
    const first = await updateTriage(
      deps(),
      actor('supervisor'),
      filed.id,
      { coreContent: 'Häädöt', priority: 2 },
      1,
    );
    const second = await updateTriage(
      deps(),
      actor('supervisor'),
      filed.id,
      { goal: 'Tieto päättäjille' },
      2,
    );

    expect(first.ok && first.value.version).toBe(2);
    expect(second.ok && second.value).toMatchObject({
      version: 3,
      triage: { coreContent: 'Häädöt', priority: 2, goal: 'Tieto päättäjille', owner: null },
    });
  });

  it('writes nothing for a stale version and tells the current one', async () => {
    const filed = await fileAs(deps(), 'reporter');
    await updateTriage(deps(), actor('supervisor'), filed.id, { goal: 'Ensimmäinen' }, 1);

    const outcome = await updateTriage(
      deps(),
      actor('rakeMember'),
      filed.id,
      { goal: 'Toinen' },
      1,
    );

    expect(outcome).toEqual({ ok: false, error: { code: 'stale', currentVersion: 2 } });
    expect((await store().observations.get(filed.id))?.triage.goal).toBe('Ensimmäinen');
  });

  it('forbids the reporter and hides the observation from strangers', async () => {
    const filed = await fileAs(deps(), 'reporter');
    expect(await updateTriage(deps(), actor('reporter'), filed.id, { goal: 'x' }, 1)).toEqual({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(
      await updateTriage(deps(), actor('otherSupervisor'), filed.id, { goal: 'x' }, 1),
    ).toEqual({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('refuses unknown fields, wrong types and personal identity codes', async () => {
    const filed = await fileAs(deps(), 'reporter');
    const invalid = await updateTriage(
      deps(),
      actor('supervisor'),
      filed.id,
      { colour: 'red', priority: 'high' },
      1,
    );
    const hetu = await updateTriage(
      deps(),
      actor('supervisor'),
      filed.id,
      { owner: `Hoitaa ${VALID_HETU}` },
      1,
    );

    expect(invalid).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(hetu).toEqual({
      ok: false,
      error: {
        code: 'personal_data',
        refusals: [{ field: 'owner', kind: 'personal_identity_code' }],
      },
    });
    expect((await store().observations.get(filed.id))?.version).toBe(1);
  });

  it('records who changed which fields from what to what, and when, with the change', async () => {
    const filed = await fileAs(deps(), 'reporter');
    await updateTriage(deps(), actor('supervisor'), filed.id, { owner: 'Tiimi' }, 1);
    const saved = await updateTriage(
      deps(),
      actor('rakeMember'),
      filed.id,
      { owner: 'Sirpa Esimies', followUp: '30.9.2026', goal: null },
      2,
    );

    const history = await store().observations.triageHistory(filed.id);
    expect(history).toHaveLength(2);
    expect(history[1]).toEqual({
      id: expect.any(String),
      observationId: filed.id,
      at: saved.ok ? saved.value.updatedAt : 'no save',
      actorId: actor('rakeMember').id,
      actorName: actor('rakeMember').name,
      changes: [
        { field: 'owner', before: 'Tiimi', after: 'Sirpa Esimies' },
        { field: 'followUp', before: null, after: '2026-09-30' },
      ],
    });
  });
});
