import { COUNTY, draftBody, STAFF } from '../../app/testing';
import { createApiSchemas } from './openapi';
import { as, createTestServer, type TestServer } from './testing';

const schemas = createApiSchemas(COUNTY);

describe('HTTP: the triage record’s dates and its history of edits', () => {
  let t: TestServer;
  let id: string;

  beforeEach(async () => {
    t = await createTestServer();
    const res = await t.inject({
      method: 'POST',
      url: '/api/observations',
      headers: as('reporter'),
      payload: draftBody(),
    });
    id = res.json().id;
  });
  afterEach(async () => {
    expect(t.unexpected).toEqual([]);
    await t.close();
  });

  const patch = (payload: unknown, version: number) =>
    t.inject({
      method: 'PATCH',
      url: `/api/observations/${id}/triage`,
      headers: { ...as('supervisor'), 'if-match': `"${version}"` },
      payload,
    });
  const history = (who: Parameters<typeof as>[0]) =>
    t.inject({ method: 'GET', url: `/api/observations/${id}/triage/history`, headers: as(who) });

  it('gives the supervisor in scope every edit: who changed which fields from what to what', async () => {
    expect((await patch({ owner: 'Tiimi', timing: 'Syksyn kokouskierros' }, 1)).statusCode).toBe(
      200,
    );
    expect(
      (await patch({ owner: STAFF.supervisor.name, followUp: '2026-09-30' }, 2)).statusCode,
    ).toBe(200);

    const res = await history('supervisor');

    expect(res.statusCode).toBe(200);
    const { items } = schemas.TriageHistory.parse(res.json());
    expect(items).toHaveLength(2);
    expect(items[1]).toMatchObject({
      observationId: id,
      actorId: STAFF.supervisor.id,
      actorName: STAFF.supervisor.name,
      changes: [
        { field: 'owner', before: 'Tiimi', after: STAFF.supervisor.name },
        { field: 'followUp', before: null, after: '2026-09-30' },
      ],
    });
    expect(Date.parse(items[1]?.at ?? '')).not.toBeNaN();
    expect(items[0]?.changes.map((change) => change.field)).toEqual(['timing', 'owner']);
  });

  it('shows it to the RAKE group, and the history of an untouched card is empty', async () => {
    const res = await history('rakeMember');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ items: [] });
  });

  it('never shows it to the reporter (403), nor to anyone who cannot see the observation (404)', async () => {
    await patch({ goal: 'Tieto päättäjille' }, 1);

    const reporter = await history('reporter');
    const stranger = await history('otherSupervisor');
    const unknown = await t.inject({
      method: 'GET',
      url: '/api/observations/obs-unknown/triage/history',
      headers: as('supervisor'),
    });

    expect(reporter.statusCode).toBe(403);
    expect(schemas.ErrorBody.parse(reporter.json()).error.code).toBe('forbidden');
    expect(JSON.stringify(reporter.json())).not.toContain('Tieto päättäjille');
    expect(stranger.statusCode).toBe(404);
    expect(unknown.statusCode).toBe(404);
  });

  it('takes "when" and "follow-up" as a day, kept as yyyy-mm-dd however it was written', async () => {
    const res = await patch({ timing: '3.9.2026', followUp: '2026-09-30' }, 1);

    expect(res.statusCode).toBe(200);
    expect(schemas.ObservationView.parse(res.json()).triage).toMatchObject({
      timing: '2026-09-03',
      followUp: '2026-09-30',
    });
  });

  it('refuses a date that is no day: 422 on the field, nothing written, no edit recorded', async () => {
    const res = await t.inject({
      method: 'PATCH',
      url: `/api/observations/${id}/triage`,
      headers: { ...as('supervisor'), 'if-match': '"1"', 'accept-language': 'en' },
      payload: { followUp: '31.4.2026', goal: 'Tavoite' },
    });

    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({
      code: 'validation',
      fields: [
        expect.objectContaining({
          field: 'followUp',
          code: 'invalid_date',
          message:
            '“Follow-up” is not a date of the calendar. Write it as d.M.yyyy, e.g. 31.3.2027.',
        }),
      ],
    });
    expect((await t.store.observations.get(id))?.version).toBe(1);
    expect((await history('supervisor')).json()).toEqual({ items: [] });
  });

  it('records no edit for a save that changes nothing', async () => {
    await patch({ goal: 'Tavoite' }, 1);
    expect((await patch({ goal: 'Tavoite' }, 2)).statusCode).toBe(200);
    expect(schemas.TriageHistory.parse((await history('supervisor')).json()).items).toHaveLength(1);
  });
});
