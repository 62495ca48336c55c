import { createSqliteStore } from '../adapters/sqlite';
import { submitObservation } from './submit-observation';
import { actor, draftBody, STAFF, VALID_HETU, useAppDeps, withNamedSupervisors } from './testing';

describe('submitObservation', () => {
  const { deps, store } = useAppDeps((clock) => createSqliteStore({ file: ':memory:', clock }));

  it('files a received observation in the current period with its filing entry', async () => {
    const outcome = await submitObservation(deps(), actor('reporter'), draftBody(), null);

    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const { observation, warnings, created } = outcome.value;
    expect(created).toBe(true);
    expect(warnings).toEqual([]);
    expect(observation).toMatchObject({
      status: 'received',
      period: '2026-Q1',
      reporterId: STAFF.reporter.id,
      reporterName: STAFF.reporter.name,
      createdAt: '2026-03-10T08:00:00.000Z',
      firstAnsweredAt: null,
      version: 1,
      canTriage: false,
      allowedTransitions: [],
      hoursToFirstAnswer: 0,
    });
    // A reporter never sees the supervisor's working notes.
    expect(observation).not.toHaveProperty('triage');
    expect(await store().observations.history(observation.id)).toEqual([
      expect.objectContaining({ from: null, to: 'received', actorId: STAFF.reporter.id }),
    ]);
  });

  it('refuses invalid input with per-field problems and stores nothing', async () => {
    const outcome = await submitObservation(
      deps(),
      actor('reporter'),
      draftBody({ description: 'x'.repeat(20_001), topic: 'nope', extra: 1 }),
      null,
    );

    expect(outcome).toEqual({
      ok: false,
      error: {
        code: 'validation',
        problems: expect.arrayContaining([
          { field: 'description', code: 'too_long', limit: 20_000 },
          { field: 'topic', code: 'unknown_choice' },
          { field: 'extra', code: 'unknown_field' },
        ]),
      },
    });
    expect(await store().observations.isEmpty()).toBe(true);
  });

  it.each(['description', 'solutionProposal'])(
    'refuses a personal identity code in %s, naming the field, and stores nothing',
    async (field) => {
      const text = `Asiakkaan tunnus ${VALID_HETU.toLowerCase()} näkyi lomakkeella toistuvasti.`;
      const outcome = await submitObservation(
        deps(),
        actor('reporter'),
        draftBody({ [field]: text }),
        null,
      );

      expect(outcome).toEqual({
        ok: false,
        error: { code: 'personal_data', refusals: [{ field, kind: 'personal_identity_code' }] },
      });
      expect(await store().observations.isEmpty()).toBe(true);
    },
  );

  it('reports the identity code even when other fields are invalid too', async () => {
    const outcome = await submitObservation(
      deps(),
      actor('reporter'),
      draftBody({ description: `Tunnus ${VALID_HETU} toistuu.`, topic: 'no-such-topic' }),
      null,
    );

    expect(outcome.ok ? null : outcome.error.code).toBe('personal_data');
    expect(await store().observations.isEmpty()).toBe(true);
  });

  it('stores text with likely personal data but passes the warnings back', async () => {
    const description = 'Soittopyyntöjä numeroon 040 123 4567 tulee viikoittain, asia toistuu.';
    const outcome = await submitObservation(
      deps(),
      actor('reporter'),
      draftBody({ description }),
      null,
    );

    expect(outcome.ok && outcome.value.warnings).toEqual([
      { field: 'description', kind: 'phone_number' },
    ]);
    expect(await store().observations.isEmpty()).toBe(false);
  });

  it('replays the same idempotency key without creating anything', async () => {
    const first = await submitObservation(deps(), actor('reporter'), draftBody(), 'key-1');
    deps().clock.advanceHours(1);
    const again = await submitObservation(deps(), actor('reporter'), draftBody(), 'key-1');

    expect(first.ok && again.ok).toBe(true);
    if (!first.ok || !again.ok) return;
    expect(again.value.created).toBe(false);
    expect(again.value.observation.id).toBe(first.value.observation.id);
    expect(
      (await store().observations.listMine(STAFF.reporter.id, { limit: 100 })).items,
    ).toHaveLength(1);
  });

  it('replays a key whose draft differs only in normalisation (the reporter as co-reporter)', async () => {
    const body = draftBody({ coReporterIds: [STAFF.colleague.id] });
    const first = await submitObservation(deps(), actor('reporter'), body, 'key-1');
    const again = await submitObservation(
      deps(),
      actor('reporter'),
      draftBody({ coReporterIds: [STAFF.reporter.id, STAFF.colleague.id, STAFF.colleague.id] }),
      'key-1',
    );

    if (!first.ok || !again.ok) throw new Error('filing failed');
    expect(again.value.created).toBe(false);
    expect(again.value.observation.id).toBe(first.value.observation.id);
  });

  it('refuses a key reused with an edited draft, naming the filed one, and stores nothing', async () => {
    const first = await submitObservation(deps(), actor('reporter'), draftBody(), 'key-1');
    if (!first.ok) throw new Error('filing failed');
    const outboxBefore = await store().outbox.list('pending', 100);
    const edited = draftBody({
      description: `${String(draftBody().description)} Lisäsin tarkennuksen.`,
    });

    const again = await submitObservation(deps(), actor('reporter'), edited, 'key-1');

    expect(again).toEqual({
      ok: false,
      error: { code: 'idempotency_key_reused', observationId: first.value.observation.id },
    });
    const mine = (await store().observations.listMine(STAFF.reporter.id, { limit: 100 })).items;
    expect(mine).toHaveLength(1);
    expect(mine[0]?.description).toBe(draftBody().description);
    expect(await store().outbox.list('pending', 100)).toEqual(outboxBefore);
    expect(await store().observations.history(first.value.observation.id)).toHaveLength(1);
  });

  it('refuses a reused key with a changed choice too', async () => {
    const first = await submitObservation(deps(), actor('reporter'), draftBody(), 'key-1');
    if (!first.ok) throw new Error('filing failed');
    const again = await submitObservation(
      deps(),
      actor('reporter'),
      draftBody({ kind: 'positive' }),
      'key-1',
    );
    expect(again.ok ? null : again.error).toEqual({
      code: 'idempotency_key_reused',
      observationId: first.value.observation.id,
    });
  });

  it('files the edited draft under a new key', async () => {
    await submitObservation(deps(), actor('reporter'), draftBody(), 'key-1');
    const edited = draftBody({ description: 'Muokattu kuvaus toistuvasta ilmiöstä.' });
    const refused = await submitObservation(deps(), actor('reporter'), edited, 'key-1');
    const filed = await submitObservation(deps(), actor('reporter'), edited, 'key-2');

    expect(refused.ok).toBe(false);
    expect(filed.ok && filed.value.created).toBe(true);
    const descriptions = (
      await store().observations.listMine(STAFF.reporter.id, { limit: 100 })
    ).items.map((o) => o.description);
    expect(descriptions.sort()).toEqual(
      [draftBody().description, 'Muokattu kuvaus toistuvasta ilmiöstä.'].sort(),
    );
  });

  it('keeps idempotency keys apart per reporter', async () => {
    const mine = await submitObservation(deps(), actor('reporter'), draftBody(), 'same');
    const theirs = await submitObservation(deps(), actor('colleague'), draftBody(), 'same');
    expect(mine.ok && theirs.ok && mine.value.observation.id !== theirs.value.observation.id).toBe(
      true,
    );
  });

  it('refuses a co-reporter who is not on the staff', async () => {
    const outcome = await submitObservation(
      withNamedSupervisors(deps()),
      actor('reporter'),
      draftBody({
        supervisorId: STAFF.colleague.id,
        coReporterIds: [STAFF.colleague.id, 'u-ghost'],
      }),
      null,
    );

    expect(outcome).toEqual({
      ok: false,
      error: {
        code: 'validation',
        problems: [{ field: 'coReporterIds.1', code: 'unknown_choice' }],
      },
    });
  });

  it.each([
    ['no longer a supervisor', STAFF.colleague.id],
    ['no longer in the directory', 'u-gone'],
  ])('files to the area’s supervisors when the named supervisor is %s', async (_case, gone) => {
    const d = withNamedSupervisors(deps());
    const outcome = await submitObservation(
      d,
      actor('reporter'),
      draftBody({ supervisorId: gone }),
      null,
    );
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
    expect(outcome.value.observation.supervisorId).toBeNull();
    const pending = await store().outbox.list('pending', 10);
    expect(pending.map((e) => e.notification.recipient)).toEqual([
      { kind: 'user', userId: STAFF.supervisor.id },
    ]);
  });

  it('files to the coordinators when the named supervisor is gone and the area has none', async () => {
    const d = withNamedSupervisors(deps());
    await d.staff.upsert([{ ...STAFF.supervisor, roles: ['reporter'] }]);
    const outcome = await submitObservation(
      d,
      actor('reporter'),
      draftBody({ supervisorId: STAFF.supervisor.id }),
      null,
    );
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
    expect(outcome.value.observation.supervisorId).toBeNull();
    const pending = await store().outbox.list('pending', 10);
    expect(pending.map((e) => e.notification.recipient)).toEqual([
      { kind: 'user', userId: STAFF.coordinator.id },
    ]);
  });

  it('names a supervisor and co-reporters, leaving the reporter out of the co-reporters', async () => {
    const outcome = await submitObservation(
      withNamedSupervisors(deps()),
      actor('reporter'),
      draftBody({
        supervisorId: STAFF.otherSupervisor.id,
        coReporterIds: [STAFF.colleague.id, STAFF.reporter.id],
      }),
      null,
    );

    expect(outcome.ok && outcome.value.observation).toMatchObject({
      supervisorId: STAFF.otherSupervisor.id,
      coReporterIds: [STAFF.colleague.id],
    });
  });

  it('files into the half-year period in Kymenlaakso', async () => {
    const kymenlaakso = {
      ...deps(),
      county: { ...deps().county, periodScheme: 'half-years-dec' as const },
    };
    kymenlaakso.clock.set(new Date('2026-12-05T10:00:00.000Z'));
    const outcome = await submitObservation(kymenlaakso, actor('reporter'), draftBody(), null);
    expect(outcome.ok && outcome.value.observation.period).toBe('2027-H1');
  });
  describe('notifications', () => {
    const outboxKeys = async (): Promise<string[]> =>
      (await store().outbox.list('pending', 100)).map((entry) => entry.notification.key).sort();

    it('tells each supervisor of the service area, in the same write', async () => {
      const second = {
        ...STAFF.otherSupervisor,
        id: 'u-supervisor-3',
        serviceAreas: ['adult_social_work'],
      };
      await store().staff.upsert([second]);
      const outcome = await submitObservation(deps(), actor('reporter'), draftBody(), null);
      if (!outcome.ok) throw new Error('filing failed');
      const id = outcome.value.observation.id;

      expect(await outboxKeys()).toEqual([
        `new_observation:${id}:${STAFF.supervisor.id}`,
        `new_observation:${id}:u-supervisor-3`,
      ]);
      const entry = (await store().outbox.list('pending', 10)).find((e) =>
        e.notification.key.endsWith(STAFF.supervisor.id),
      );
      expect(entry?.notification).toMatchObject({
        recipient: { kind: 'user', userId: STAFF.supervisor.id },
        kind: 'new_observation',
        data: {
          observationId: id,
          reporterName: STAFF.reporter.name,
          serviceArea: 'adult_social_work',
        },
      });
    });

    it('tells the RAKE coordinator when the area has no supervisor (issue 13)', async () => {
      const body = draftBody({ serviceArea: 'immigrant_services' });
      const outcome = await submitObservation(deps(), actor('reporter'), body, null);
      if (!outcome.ok) throw new Error('filing failed');
      expect(await outboxKeys()).toEqual([
        `new_observation:${outcome.value.observation.id}:${STAFF.coordinator.id}`,
      ]);
    });

    it('tells the supervisor the reporter named and the area’s own supervisors', async () => {
      const body = draftBody({ supervisorId: STAFF.otherSupervisor.id });
      const outcome = await submitObservation(
        withNamedSupervisors(deps()),
        actor('reporter'),
        body,
        null,
      );
      if (!outcome.ok) throw new Error('filing failed');
      const id = outcome.value.observation.id;
      expect((await outboxKeys()).sort()).toEqual(
        [
          `new_observation:${id}:${STAFF.otherSupervisor.id}`,
          `new_observation:${id}:${STAFF.supervisor.id}`,
        ].sort(),
      );
    });

    it('refuses a named supervisor where the county routes by service area', async () => {
      const body = draftBody({
        supervisorId: STAFF.otherSupervisor.id,
        serviceArea: 'adult_social_work',
      });
      const outcome = await submitObservation(deps(), actor('reporter'), body, null);
      expect(outcome).toEqual({
        ok: false,
        error: { code: 'validation', problems: [{ field: 'supervisorId', code: 'not_allowed' }] },
      });
      expect(await outboxKeys()).toEqual([]);
      expect(await store().observations.isEmpty()).toBe(true);
    });

    it('writes nothing more when a submit is replayed', async () => {
      await submitObservation(deps(), actor('reporter'), draftBody(), 'key-1');
      const before = await outboxKeys();
      const again = await submitObservation(deps(), actor('reporter'), draftBody(), 'key-1');
      expect(again.ok && again.value.created).toBe(false);
      expect(before).toHaveLength(1);
      expect(await outboxKeys()).toEqual(before);
    });

    it('writes nothing for a refused form', async () => {
      await submitObservation(deps(), actor('reporter'), draftBody({ description: '' }), null);
      expect(await outboxKeys()).toEqual([]);
    });
  });
});
