import { createSqliteStore } from '../../adapters/sqlite';
import { observationsSince } from '../digest/collect-observations';
import { observationsFiledBetween } from '../observations-filed-between';
import { recomputedAnswerTimes } from '../answer-times';
import { actor, fileAs, STAFF, useAppDeps } from '../testing';
import { transitionObservation } from '../transition-observation';
import { listMessages, postMessage } from './observation-messages';
import { resubmitObservation } from './resubmit-observation';
import { withdrawObservation } from './withdraw-observation';

describe("reporters' follow-up (use cases)", () => {
  const { deps, store } = useAppDeps((clock) => createSqliteStore({ file: ':memory:', clock }));

  it('counts a withdrawn observation nowhere: compilations, reports, digests, answer times', async () => {
    const kept = await fileAs(deps(), 'reporter');
    const taken = await fileAs(deps(), 'reporter', {
      description: 'Tämä peruttiin ennen käsittelyä, eikä sitä lasketa.',
    });
    const withdrawn = await withdrawObservation(deps(), actor('reporter'), taken.id, null);
    expect(withdrawn.ok && withdrawn.value.status).toBe('withdrawn');

    const filed = await observationsFiledBetween(deps(), '2026-01-01', '2026-12-31');
    expect(filed.map((o) => o.id)).toEqual([kept.id]);
    expect((await observationsSince(deps().store, '2026-01-01')).map((o) => o.id)).toEqual([
      kept.id,
    ]);
    // Only the one still waiting is a wait.
    const timings = await deps().store.answerTimings(kept.period, { kind: 'all' });
    expect(timings).toEqual([{ createdAt: kept.createdAt, firstAnsweredAt: null }]);
    expect(
      await recomputedAnswerTimes(deps().store).medianHours(
        kept.period,
        { kind: 'all' },
        new Date(),
      ),
    ).not.toBeNull();
  });

  it('tells the area’s supervisor of a withdrawal, and nobody when handling began', async () => {
    const filed = await fileAs(deps(), 'reporter');
    await transitionObservation(deps(), actor('supervisor'), filed.id, { to: 'in_review' }, null);
    const refused = await withdrawObservation(deps(), actor('reporter'), filed.id, null);
    expect(refused).toEqual({ ok: false, error: { code: 'already_handled' } });

    const other = await fileAs(deps(), 'reporter');
    await withdrawObservation(deps(), actor('reporter'), other.id, null);
    const kinds = (await store().outbox.list('pending', 50)).map((e) => [
      e.notification.kind,
      e.notification.recipient,
    ]);
    expect(kinds).toContainEqual([
      'observation_withdrawn',
      { kind: 'user', userId: 'u-supervisor' },
    ]);
  });

  it('resubmits to the supervisors of the area the amended text names', async () => {
    const filed = await fileAs(deps(), 'reporter');
    const returned = await transitionObservation(
      deps(),
      actor('supervisor'),
      filed.id,
      { to: 'returned', feedback: 'Tämä kuuluu lastensuojeluun.', returnReason: 'other' },
      null,
    );
    if (!returned.ok) throw new Error('return failed');

    const outcome = await resubmitObservation(
      deps(),
      actor('reporter'),
      filed.id,
      { serviceArea: 'child_welfare' },
      returned.value.version,
    );

    expect(outcome.ok && outcome.value.observation).toMatchObject({
      status: 'received',
      serviceArea: 'child_welfare',
    });
    const resubmitted = (await store().outbox.list('pending', 50))
      .map((e) => e.notification)
      .filter((n) => n.kind === 'new_observation' && n.key.includes(':resubmit:'));
    expect(resubmitted.map((n) => n.recipient)).toEqual([
      { kind: 'user', userId: 'u-supervisor-2' },
    ]);
  });

  it('resubmits to the coordinators when the named supervisor has gone and the area has nobody', async () => {
    // Kymenlaakso's way: the reporter names the supervisor.
    const kymenlaakso = {
      ...deps(),
      county: { ...deps().county, supervisorNamedByReporter: true },
    };
    const filed = await fileAs(kymenlaakso, 'reporter', { supervisorId: 'u-supervisor' });
    expect(filed.supervisorId).toBe('u-supervisor');
    const returned = await transitionObservation(
      deps(),
      actor('supervisor'),
      filed.id,
      { to: 'returned', feedback: 'Kerro, missä kunnassa tämä näkyy.', returnReason: 'other' },
      null,
    );
    if (!returned.ok) throw new Error('return failed');
    // The supervisor leaves: no longer a supervisor of any area.
    await deps().staff.upsert([{ ...STAFF.supervisor, roles: ['reporter'], serviceAreas: [] }]);

    const outcome = await resubmitObservation(
      kymenlaakso,
      actor('reporter'),
      filed.id,
      { municipality: 'kuhmo' },
      returned.value.version,
    );

    expect(outcome.ok).toBe(true);
    const resubmitted = (await store().outbox.list('pending', 50))
      .map((e) => e.notification)
      .filter((n) => n.kind === 'new_observation' && n.key.includes(':resubmit:'));
    expect(resubmitted.map((n) => n.recipient)).toEqual([
      { kind: 'user', userId: 'u-coordinator' },
    ]);
  });

  it('sends no new message to a handler who wrote in the thread but may no longer read it', async () => {
    const filed = await fileAs(deps(), 'reporter');
    await postMessage(deps(), actor('supervisor'), filed.id, { text: 'Kysyn tarkennusta.' });
    // The admin moves the supervisor to another area: the observation is out of their scope.
    await deps().staff.upsert([{ ...STAFF.supervisor, serviceAreas: ['child_welfare'] }]);

    const answer = await postMessage(deps(), actor('reporter'), filed.id, { text: 'Vastaus.' });

    expect(answer.ok).toBe(true);
    const recipients = (await store().outbox.list('pending', 50))
      .map((e) => e.notification)
      .filter(
        (n) => answer.ok && n.key.startsWith(`observation_message:${answer.value.message.id}:`),
      )
      .map((n) => n.recipient);
    expect(recipients).not.toContainEqual({ kind: 'user', userId: 'u-supervisor' });
    // The area now has nobody: the coordinators answer for it, and hear of the message.
    expect(recipients).toContainEqual({ kind: 'user', userId: 'u-coordinator' });
  });

  it('keeps a thread between the reporter and the handlers, 404 for others', async () => {
    const filed = await fileAs(deps(), 'reporter');
    const posted = await postMessage(deps(), actor('coordinator'), filed.id, { text: 'Kysymys.' });
    expect(posted.ok && posted.value.message.side).toBe('handler');
    expect(await listMessages(deps(), actor('stranger'), filed.id)).toEqual({
      ok: false,
      error: { code: 'not_found' },
    });
    const thread = await listMessages(deps(), actor('reporter'), filed.id);
    expect(thread.ok && thread.value.map((m) => m.text)).toEqual(['Kysymys.']);
    expect(
      (await deps().messages.listByAuthor('u-coordinator')).map((m) => m.observationId),
    ).toEqual([filed.id]);
  });
});
