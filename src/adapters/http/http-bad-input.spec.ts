import { draftBody, NAMING_COUNTY, VALID_HETU } from '../../app/testing';
import { as, createTestServer, type InjectOptions, type TestServer } from './testing';

/** The "Bad input" list: each gets a clear error in the user's language, nothing changes. */
describe('HTTP: bad input', () => {
  let t: TestServer;

  beforeEach(async () => {
    t = await createTestServer();
  });
  afterEach(async () => {
    expect(t.unexpected).toEqual([]);
    expect(await t.store.observations.isEmpty()).toBe(true);
    await t.close();
  });

  const post = (
    payload: unknown,
    headers: Record<string, string> = {},
    extra: Partial<InjectOptions> = {},
  ) =>
    t.inject({
      method: 'POST',
      url: '/api/observations',
      headers: { ...as('reporter'), 'content-type': 'application/json', ...headers },
      payload,
      ...extra,
    });

  it.each([
    ['fi', 'Pyynnön sisältö ei ole kelvollista JSON-muotoa.'],
    ['sv', 'Begärans innehåll är inte giltig JSON.'],
    ['en', 'The request body is not valid JSON.'],
  ])('malformed JSON → 400 malformed_json (%s)', async (lang, message) => {
    const res = await post('{"kind": "negative", ', { 'accept-language': lang });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ error: { code: 'malformed_json', message } });
  });

  it.each([
    ['an empty JSON body', '', 'application/json'],
    ['prototype poisoning', '{"__proto__": {"admin": true}}', 'application/json'],
  ])('%s → 400 malformed_json', async (_what, payload, type) => {
    const res = await post(payload, { 'content-type': type });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('malformed_json');
  });

  it('unknown fields → 422 naming each', async () => {
    const res = await post(draftBody({ colour: 'red', reporterId: 'someone-else' }), {
      'accept-language': 'en',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toEqual({
      code: 'validation',
      message: 'Some information is missing or invalid. Please check the marked fields.',
      field: 'colour',
      fields: [
        { field: 'colour', code: 'unknown_field', message: 'Unknown field “colour”.' },
        { field: 'reporterId', code: 'unknown_field', message: 'Unknown field “reporterId”.' },
      ],
    });
  });

  it('text over 20,000 characters → 422 too_long with the limit in the message', async () => {
    const res = await post(draftBody({ description: 'ä'.repeat(20_001) }));
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({
      code: 'validation',
      field: 'description',
      message: expect.stringMatching(/^Kuvaus on liian pitkä \(enintään 20\s000 merkkiä\)\.$/),
    });
  });

  it('unknown ids → 422 unknown_choice', async () => {
    const res = await post(draftBody({ topic: 'weather', municipality: 'helsinki' }), {
      'accept-language': 'sv',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fields).toEqual([
      { field: 'topic', code: 'unknown_choice', message: expect.stringContaining('”Ämne”') },
      {
        field: 'municipality',
        code: 'unknown_choice',
        message: expect.stringContaining('”Kommun”'),
      },
    ]);
    // Where reporters name supervisors, one who is gone (not in the staff directory, or no
    // longer a supervisor) is dropped: the filing goes to the area's supervisors instead.
    const naming = await createTestServer({ county: NAMING_COUNTY });
    const ghost = await naming.inject({
      method: 'POST',
      url: '/api/observations',
      headers: as('reporter'),
      payload: draftBody({ supervisorId: 'u-ghost' }),
    });
    await naming.close();
    expect(ghost.statusCode).toBe(201);
    expect(ghost.json().supervisorId).toBeNull();
  });

  it('wrong types → 422 invalid_type; missing → required', async () => {
    const { description: _d, ...withoutDescription } = draftBody();
    const res = await post({ ...withoutDescription, kind: 42, coReporterIds: 'u-colleague' });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'kind' }),
        expect.objectContaining({
          field: 'description',
          code: 'required',
          message: 'Kuvaus on pakollinen tieto.',
        }),
        expect.objectContaining({ field: 'coReporterIds', code: 'invalid_type' }),
      ]),
    );
  });

  it.each([
    ['a JSON array', '[]'],
    ['a JSON string', '"havainto"'],
    ['JSON null', 'null'],
  ])('%s as the body → 422', async (_what, payload) => {
    const res = await post(payload);
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('validation');
  });

  it.each([
    ['fi', 'description', 'Kuvaus sisältää henkilötunnuksen. Poista se ennen lähettämistä.'],
    [
      'sv',
      'description',
      'Fältet ”Beskrivning” innehåller en personbeteckning. Ta bort den innan du skickar.',
    ],
    [
      'en',
      'solutionProposal',
      'Solution proposal contains a personal identity code. Please remove it before sending.',
    ],
  ])(
    'a personal identity code → 422 personal_data naming the field (%s)',
    async (lang, field, message) => {
      const text = `Toistuva tilanne, esimerkiksi ${VALID_HETU} ja muut vastaavat.`;
      const res = await post(draftBody({ [field]: text }), { 'accept-language': lang });
      expect(res.statusCode).toBe(422);
      expect(res.json().error).toEqual({
        code: 'personal_data',
        field,
        message,
        fields: [{ field, code: 'personal_identity_code', message }],
      });
    },
  );

  it('a body over the limit → 413 payload_too_large', async () => {
    const res = await post(draftBody({ description: 'x'.repeat(300 * 1024) }), {
      'accept-language': 'en',
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error).toEqual({
      code: 'payload_too_large',
      message: 'The request is too large (at most 256 KiB).',
    });
  });

  it('a body that is not JSON at all (a form) → 415 unsupported_media_type', async () => {
    const res = await post('kind=negative', {
      'content-type': 'application/x-www-form-urlencoded',
      'accept-language': 'en',
    });
    expect(res.statusCode).toBe(415);
    expect(res.json()).toEqual({
      error: {
        code: 'unsupported_media_type',
        message:
          'The request body must be JSON in UTF-8 (Content-Type: application/json; charset=utf-8).',
      },
    });
  });

  it('an Idempotency-Key over 200 characters → 422', async () => {
    const res = await post(draftBody(), { 'idempotency-key': 'k'.repeat(201) });
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({
      field: 'idempotencyKey',
      fields: [{ code: 'too_long' }],
    });
  });

  it('an unknown API path → 404 JSON, never the tab', async () => {
    const res = await t.inject({ url: '/api/nothing-here', headers: { 'accept-language': 'en' } });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/json');
    expect(res.json().error.code).toBe('not_found');
  });

  it('an undecodable URL → 400 bad_request', async () => {
    const res = await t.inject({ url: '/api/observations/%E0%A4%A', headers: as('reporter') });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('bad_request');
    expect(res.headers['cache-control']).toBe('no-store');
  });
});
