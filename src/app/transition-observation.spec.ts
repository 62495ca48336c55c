import { createSqliteStore } from '../adapters/sqlite';
import { actor, fileAs, STAFF, VALID_HETU, useAppDeps } from './testing';
import { transitionObservation } from './transition-observation';

describe('transitionObservation', () => {
  const { deps, store } = useAppDeps((clock) => createSqliteStore({ file: ':memory:', clock }));

  it('moves the observation, records the step and the first answer', async () => {
    const filed = await fileAs(deps(), 'reporter');
    deps().clock.advanceHours(5);

    const outcome = await transitionObservation(
      deps(),
      actor('supervisor'),
      filed.id,
      { to: 'in_review', feedback: 'Otettu käsittelyyn' },
      1,
    );

    expect(outcome.ok && outcome.value).toMatchObject({
      status: 'in_review',
      version: 2,
      firstAnsweredAt: '2026-03-10T13:00:00.000Z',
      hoursToFirstAnswer: 5,
    });
    expect(await store().observations.history(filed.id)).toEqual([
      expect.objectContaining({ to: 'received' }),
      expect.objectContaining({
        from: 'received',
        to: 'in_review',
        actorId: STAFF.supervisor.id,
        feedback: 'Otettu käsittelyyn',
      }),
    ]);
  });

  it('asks for feedback and a return reason where the reporter must be told why', async () => {
    const filed = await fileAs(deps(), 'reporter');
    const noFeedback = await transitionObservation(
      deps(),
      actor('supervisor'),
      filed.id,
      { to: 'returned' },
      null,
    );
    const noReason = await transitionObservation(
      deps(),
      actor('supervisor'),
      filed.id,
      { to: 'returned', feedback: 'SPro' },
      null,
    );
    const returned = await transitionObservation(
      deps(),
      actor('supervisor'),
      filed.id,
      { to: 'returned', feedback: 'Tämä kuuluu SPro-ilmoitukseen.', returnReason: 'spro_haipro' },
      null,
    );

    expect(noFeedback).toEqual({
      ok: false,
      error: { code: 'validation', problems: [{ field: 'feedback', code: 'required' }] },
    });
    expect(noReason).toEqual({
      ok: false,
      error: { code: 'validation', problems: [{ field: 'returnReason', code: 'required' }] },
    });
    expect(returned.ok && returned.value.status).toBe('returned');
  });

  it('refuses an illegal move, a role that may not, and hides from strangers', async () => {
    const filed = await fileAs(deps(), 'reporter');
    const body = { to: 'closed', feedback: 'Valmis' };

    expect(await transitionObservation(deps(), actor('supervisor'), filed.id, body, null)).toEqual({
      ok: false,
      error: { code: 'illegal_transition', from: 'received', to: 'closed' },
    });
    expect(
      await transitionObservation(deps(), actor('reporter'), filed.id, { to: 'in_review' }, null),
    ).toEqual({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(
      await transitionObservation(deps(), actor('stranger'), filed.id, { to: 'in_review' }, null),
    ).toEqual({
      ok: false,
      error: { code: 'not_found' },
    });
    expect((await store().observations.get(filed.id))?.version).toBe(1);
  });

  it('writes nothing for a stale expected version', async () => {
    const filed = await fileAs(deps(), 'reporter');
    await transitionObservation(deps(), actor('supervisor'), filed.id, { to: 'in_review' }, 1);

    const outcome = await transitionObservation(
      deps(),
      actor('supervisor'),
      filed.id,
      { to: 'returned', feedback: 'x', returnReason: 'other' },
      1,
    );

    expect(outcome).toEqual({ ok: false, error: { code: 'stale', currentVersion: 2 } });
    expect(await store().observations.history(filed.id)).toHaveLength(2);
  });

  it('refuses a personal identity code in the feedback', async () => {
    const filed = await fileAs(deps(), 'reporter');
    const outcome = await transitionObservation(
      deps(),
      actor('supervisor'),
      filed.id,
      { to: 'in_review', feedback: `Koskee henkilöä ${VALID_HETU}` },
      null,
    );
    expect(outcome).toEqual({
      ok: false,
      error: {
        code: 'personal_data',
        refusals: [{ field: 'feedback', kind: 'personal_identity_code' }],
      },
    });
  });

  it('refuses a body that is not a transition', async () => {
    const filed = await fileAs(deps(), 'reporter');
    const outcome = await transitionObservation(
      deps(),
      actor('supervisor'),
      filed.id,
      { to: 'flying', extra: 1 },
      null,
    );
    expect(outcome).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
  describe('notifications', () => {
    const outboxEntries = async () =>
      (await store().outbox.list('pending', 100)).filter(
        (entry) => entry.notification.kind === 'status_changed',
      );

    it('tells the reporter and the co-reporters of the move, with the feedback', async () => {
      const filed = await fileAs(deps(), 'reporter', { coReporterIds: [STAFF.colleague.id] });
      const outcome = await transitionObservation(
        deps(),
        actor('supervisor'),
        filed.id,
        { to: 'in_review', feedback: 'Otettu käsittelyyn' },
        1,
      );
      expect(outcome.ok).toBe(true);

      const entries = await outboxEntries();
      expect(entries.map((entry) => entry.notification.recipient)).toEqual([
        { kind: 'user', userId: STAFF.reporter.id },
        { kind: 'user', userId: STAFF.colleague.id },
      ]);
      const [step] = (await store().observations.history(filed.id)).slice(-1);
      expect(entries[0]?.notification).toMatchObject({
        key: `status_changed:${step?.id}:${STAFF.reporter.id}`,
        data: {
          observationId: filed.id,
          from: 'received',
          to: 'in_review',
          feedback: 'Otettu käsittelyyn',
          actorName: STAFF.supervisor.name,
        },
      });
    });

    it('writes nothing for a stale or refused move', async () => {
      const filed = await fileAs(deps(), 'reporter');
      await transitionObservation(deps(), actor('supervisor'), filed.id, { to: 'in_review' }, 7);
      await transitionObservation(deps(), actor('reporter'), filed.id, { to: 'in_review' }, 1);
      expect(await outboxEntries()).toEqual([]);
    });
  });
});
