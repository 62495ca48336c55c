import { COUNTY, draftBody, VALID_HETU } from '../../app/testing';
import { createApiSchemas } from './openapi';
import { as, createTestServer, type TestServer } from './testing';

const schemas = createApiSchemas(COUNTY);

describe('HTTP: triage and transitions', () => {
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

  const patch = (payload: unknown, headers: Record<string, string>) =>
    t.inject({
      method: 'PATCH',
      url: `/api/observations/${id}/triage`,
      headers: { ...as('supervisor'), ...headers },
      payload,
    });
  const move = (payload: unknown, headers: Record<string, string> = as('supervisor')) =>
    t.inject({ method: 'POST', url: `/api/observations/${id}/transitions`, headers, payload });
  const stored = () => t.store.observations.get(id);

  it('updates the triage fields with If-Match and answers the new ETag', async () => {
    const res = await patch(
      { coreContent: 'Häätöuhat kasvavat', priority: 1 },
      { 'if-match': '"1"' },
    );

    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toBe('"2"');
    expect(schemas.ObservationView.parse(res.json()).triage).toMatchObject({
      coreContent: 'Häätöuhat kasvavat',
      priority: 1,
    });
  });

  it('accepts JSON Merge Patch as the content type', async () => {
    const res = await t.inject({
      method: 'PATCH',
      url: `/api/observations/${id}/triage`,
      headers: {
        ...as('supervisor'),
        'if-match': '"1"',
        'content-type': 'application/merge-patch+json',
      },
      payload: JSON.stringify({ goal: 'Tieto kunnille' }),
    });
    expect(res.statusCode).toBe(200);
  });

  it('requires If-Match: 428, nothing written', async () => {
    const res = await patch({ goal: 'x' }, { 'accept-language': 'en' });
    expect(res.statusCode).toBe(428);
    expect(res.json().error).toEqual({
      code: 'precondition_required',
      message: 'The If-Match header is missing. Please reload the observation and try again.',
    });
    expect((await stored())?.version).toBe(1);
  });

  it.each(['"1"', 'W/"2"', '"1", "3"', 'garbage'])(
    'a stale or non-matching If-Match %s: 412 with the current ETag, nothing written',
    async (ifMatch) => {
      await patch({ goal: 'Ensimmäinen' }, { 'if-match': '"1"' });
      const res = await patch({ goal: 'Toinen' }, { 'if-match': ifMatch });
      expect(res.statusCode).toBe(412);
      expect(res.headers.etag).toBe('"2"');
      expect(res.json().error.code).toBe('precondition_failed');
      expect((await stored())?.triage.goal).toBe('Ensimmäinen');
    },
  );

  it('takes If-Match: * and a list that holds the current version', async () => {
    expect((await patch({ goal: 'a' }, { 'if-match': '*' })).statusCode).toBe(200);
    expect((await patch({ goal: 'b' }, { 'if-match': '"1", "2"' })).statusCode).toBe(200);
    expect((await stored())?.version).toBe(3);
  });

  it('refuses triage by the reporter (403) and by a stranger (404)', async () => {
    const reporter = await patch({ goal: 'x' }, { ...as('reporter'), 'if-match': '"1"' });
    const stranger = await patch({ goal: 'x' }, { ...as('otherSupervisor'), 'if-match': '"1"' });
    expect([reporter.statusCode, stranger.statusCode]).toEqual([403, 404]);
  });

  it('refuses a wrong-typed or unknown triage field and a personal identity code (422)', async () => {
    const wrong = await patch({ priority: 'high', colour: 'red' }, { 'if-match': '"1"' });
    const hetu = await patch(
      { keyMessage: `Esim. ${VALID_HETU}` },
      { 'if-match': '"1"', 'accept-language': 'fi' },
    );
    expect(wrong.statusCode).toBe(422);
    expect(
      wrong
        .json()
        .error.fields.map((f: { field: string }) => f.field)
        .sort(),
    ).toEqual(['colour', 'priority']);
    expect(hetu.statusCode).toBe(422);
    expect(hetu.json().error).toMatchObject({
      code: 'personal_data',
      field: 'keyMessage',
      message: 'Ydinviesti sisältää henkilötunnuksen. Poista se ennen lähettämistä.',
    });
    expect((await stored())?.version).toBe(1);
  });

  it('moves an observation (200 with ETag) and the reporter sees the step and its feedback', async () => {
    const res = await move({ to: 'in_review', feedback: 'Otettu käsittelyyn, kiitos!' });
    const history = await t.inject({
      url: `/api/observations/${id}/history`,
      headers: as('reporter'),
    });
    const mine = await t.inject({ url: '/api/observations/mine', headers: as('reporter') });

    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toBe('"2"');
    expect(res.json()).toMatchObject({
      status: 'in_review',
      allowedTransitions: ['forwarded', 'returned', 'closed'],
    });
    expect(history.json().items[1]).toMatchObject({
      from: 'received',
      to: 'in_review',
      feedback: 'Otettu käsittelyyn, kiitos!',
    });
    expect(mine.json().items[0]).toMatchObject({
      status: 'in_review',
      firstAnsweredAt: expect.any(String),
    });
  });

  it('an illegal transition → 409 with both statuses named in the language', async () => {
    const res = await move(
      { to: 'action_proposed' },
      { ...as('supervisor'), 'accept-language': 'en' },
    );
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toEqual({
      code: 'illegal_transition',
      message: 'The status cannot change from “Received” to “Action proposed”.',
    });
  });

  it('a role that may not → 403; a stranger → 404', async () => {
    expect((await move({ to: 'in_review' }, as('reporter'))).statusCode).toBe(403);
    expect((await move({ to: 'in_review' }, as('stranger'))).statusCode).toBe(404);
  });

  it('feedback missing where the reporter must be told why → 422 on feedback', async () => {
    const res = await move(
      { to: 'returned', returnReason: 'own_unit' },
      { ...as('supervisor'), 'accept-language': 'sv' },
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({
      code: 'validation',
      field: 'feedback',
      message: 'Fältet ”Respons till rapportören” är obligatoriskt.',
    });
  });

  it('honours an optional If-Match on transitions: stale → 412, nothing written', async () => {
    await move({ to: 'in_review' });
    const res = await move(
      { to: 'closed', feedback: 'Valmis' },
      { ...as('supervisor'), 'if-match': '"1"' },
    );
    expect(res.statusCode).toBe(412);
    expect(res.headers.etag).toBe('"2"');
    expect((await stored())?.status).toBe('in_review');
  });

  it('a transition with a malformed or wrong-typed body → 400 / 422', async () => {
    const malformed = await t.inject({
      method: 'POST',
      url: `/api/observations/${id}/transitions`,
      headers: { ...as('supervisor'), 'content-type': 'application/json' },
      payload: '{to:',
    });
    const wrong = await move({ to: 7 });
    expect([malformed.statusCode, wrong.statusCode]).toEqual([400, 422]);
  });
});
