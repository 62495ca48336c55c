import { COUNTY, T0, VALID_HETU } from '../../app/testing';
import { createApiSchemas } from './openapi/api-schemas';
import { PUBLIC_BODY_LIMIT } from './routes/public-routes';
import { as, useTestServer } from './testing';

const ON = { ...COUNTY, publicForm: true };
const schemas = createApiSchemas(ON);

const form = (overrides: Record<string, unknown> = {}) => ({
  kind: 'negative',
  description: 'Nuorten asunnottomuus on lisääntynyt Kajaanissa tänä vuonna.',
  solutionProposal: 'Lisää tuettuja nuorisoasuntoja.',
  municipality: 'kajaani',
  targetGroup: 'young_people',
  reporterType: 'resident',
  startedAt: T0.getTime() - 60_000,
  ...overrides,
});

const encoded = (fields: Record<string, string>): string => new URLSearchParams(fields).toString();
const FORM_HEADERS = { 'content-type': 'application/x-www-form-urlencoded' };

describe('HTTP: the public form while the county has it off', () => {
  const server = useTestServer();

  it('answers 404 on its pages and its API', async () => {
    for (const url of [
      '/public',
      '/public/status/ACDEFGHJKMNP',
      '/api/public/status/ACDEFGHJKMNP',
    ]) {
      expect((await server().inject({ url })).statusCode).toBe(404);
    }
    const posted = await server().inject({
      method: 'POST',
      url: '/api/public/observations',
      payload: form(),
    });
    expect(posted.statusCode).toBe(404);
    expect(posted.json().error.code).toBe('not_found');
  });
});

describe('HTTP: the public form', () => {
  const server = useTestServer({
    county: ON,
    rateLimits: {
      filingsPerMinute: 100,
      userPerMinute: 1000,
      anonymousPerMinute: 1000,
      publicFilingsPerMinute: 5,
    },
  });

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    server().inject({ method: 'POST', url: '/api/public/observations', payload: body, headers });

  it('serves its page in Finnish, Swedish or English under its own strict CSP, never the tab', async () => {
    const fi = await server().inject({ url: '/public' });
    expect(fi.statusCode).toBe(200);
    expect(fi.headers['content-type']).toContain('text/html');
    expect(fi.headers['cache-control']).toBe('no-store');
    const csp = fi.headers['content-security-policy'] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('script-src');
    expect(fi.body).toContain('<html lang="fi">');
    expect(fi.body).toContain('<option value="kajaani">Kajaani</option>');
    expect(fi.body).toContain(`name="startedAt" value="${T0.getTime()}"`);
    expect(fi.body).not.toContain('<script');

    const sv = await server().inject({ url: '/public', headers: { 'accept-language': 'sv' } });
    expect(sv.body).toContain('<html lang="sv">');
    const en = await server().inject({
      url: '/public?lang=en',
      headers: { 'accept-language': 'sv' },
    });
    expect(en.body).toContain('<html lang="en">');
    const css = await server().inject({ url: '/public/public.css' });
    expect(css.headers['content-type']).toContain('text/css');
    expect((await server().inject({ url: '/public/anything-else' })).statusCode).toBe(404);
  });

  it('files through the API: 201 with a receipt, whose status is received and nothing more', async () => {
    const res = await post(form(), { 'accept-language': 'en' });
    expect(res.statusCode).toBe(201);
    const body = schemas.PublicSubmitted.parse(res.json());
    expect(body.warnings).toEqual([]);
    const status = await server().inject({ url: `/api/public/status/${body.receipt}` });
    expect(status.statusCode).toBe(200);
    expect(schemas.PublicStatus.parse(status.json())).toEqual({
      receipt: body.receipt,
      status: 'received',
      submittedAt: T0.toISOString(),
    });
    const page = await server().inject({ url: body.statusUrl });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('data-status="received"');
    expect(page.body).toContain('Vastaanotettu');
    expect(page.body).not.toContain('asunnottomuus');
  });

  it('refuses an identity code (422 personal_data), names each invalid field, and wants consent with an e-mail', async () => {
    const code = await post(form({ description: `Asiakkaan tunnus ${VALID_HETU} toistuu.` }));
    expect(code.statusCode).toBe(422);
    expect(code.json().error).toMatchObject({ code: 'personal_data', field: 'description' });
    const invalid = await post(form({ municipality: 'helsinki', reporterType: 'robot' }));
    expect(invalid.statusCode).toBe(422);
    expect(
      invalid
        .json()
        .error.fields.map((f: { field: string }) => f.field)
        .sort(),
    ).toEqual(['municipality', 'reporterType']);
    const noConsent = await post(form({ contactEmail: 'asukas@example.invalid' }));
    expect(noConsent.json().error).toMatchObject({ code: 'validation', field: 'contactConsent' });
    expect(await server().store.publicSubmissions.listPending(10)).toEqual([]);
  });

  it('warns of other personal data as the staff form does, and stores the submission', async () => {
    const res = await post(form({ solutionProposal: 'Soittakaa 040 123 4567.' }), {
      'accept-language': 'fi',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().warnings).toEqual([
      expect.objectContaining({ field: 'solutionProposal', kind: 'phone_number' }),
    ]);
    expect(await server().store.publicSubmissions.listPending(10)).toHaveLength(1);
  });

  it('refuses a body over 64 KB with 413', async () => {
    const res = await post(JSON.stringify(form({ description: 'x'.repeat(PUBLIC_BODY_LIMIT) })), {
      'content-type': 'application/json',
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('payload_too_large');
  });

  it('limits submissions per client (429 with Retry-After), apart from page views', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 6; i += 1) codes.push((await post(form({ kind: 'bad' }))).statusCode);
    expect(codes).toEqual([422, 422, 422, 422, 422, 429]);
    const limited = await post(form());
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Page views and status look-ups are counted apart from submissions.
    expect((await server().inject({ url: '/public' })).statusCode).toBe(200);
  });

  it('answers a bot as if accepted (201, a receipt) and stores nothing', async () => {
    const res = await post(form({ website: 'https://spam.example' }));
    expect(res.statusCode).toBe(201);
    const status = await server().inject({ url: `/api/public/status/${res.json().receipt}` });
    expect(status.statusCode).toBe(404);
    expect(await server().store.publicSubmissions.listPending(10)).toEqual([]);
  });

  it('refuses the HTML form posted from another website’s page, and stores nothing', async () => {
    const fields = {
      kind: 'negative',
      description: 'Nuorten asunnottomuus on lisääntynyt Kajaanissa tänä vuonna.',
      municipality: 'kajaani',
      targetGroup: 'young_people',
      reporterType: 'resident',
      website: '',
      startedAt: String(T0.getTime() - 60_000),
    };
    const crossSite = await server().inject({
      method: 'POST',
      url: '/public',
      headers: { ...FORM_HEADERS, 'sec-fetch-site': 'cross-site' },
      payload: encoded(fields),
    });
    expect(crossSite.statusCode).toBe(403);
    expect(crossSite.body).toContain('toisen sivuston kautta');
    expect(await server().store.publicSubmissions.listPending(10)).toEqual([]);

    const own = await server().inject({
      method: 'POST',
      url: '/public',
      headers: { ...FORM_HEADERS, 'sec-fetch-site': 'same-origin' },
      payload: encoded(fields),
    });
    expect(own.statusCode).toBe(201);
  });

  it('works as a plain HTML form: problems listed and focused, warnings confirmed, then the receipt', async () => {
    const fields = {
      kind: 'negative',
      description: 'Nuorten asunnottomuus on lisääntynyt Kajaanissa tänä vuonna.',
      solutionProposal: '',
      municipality: 'kajaani',
      targetGroup: 'young_people',
      reporterType: 'association',
      contactEmail: '',
      website: '',
      startedAt: String(T0.getTime() - 60_000),
    };
    const invalid = await server().inject({
      method: 'POST',
      url: '/public?lang=sv',
      headers: FORM_HEADERS,
      payload: encoded({ ...fields, municipality: '', description: '' }),
    });
    expect(invalid.statusCode).toBe(422);
    expect(invalid.body).toContain('<html lang="sv">');
    expect(invalid.body).toMatch(/class="error-summary" role="alert" tabindex="-1" autofocus/);
    expect(invalid.body).toContain('href="#field-municipality"');
    expect(invalid.body).toContain('href="#field-description"');
    expect(invalid.body).toMatch(
      /id="field-municipality" name="municipality" required aria-invalid="true"/,
    );

    const warned = await server().inject({
      method: 'POST',
      url: '/public',
      headers: FORM_HEADERS,
      payload: encoded({ ...fields, solutionProposal: 'Soittakaa 040 123 4567.' }),
    });
    expect(warned.statusCode).toBe(200);
    expect(warned.body).toContain('name="confirmed"');
    expect(await server().store.publicSubmissions.listPending(10)).toEqual([]);

    const sent = await server().inject({
      method: 'POST',
      url: '/public',
      headers: FORM_HEADERS,
      payload: encoded({ ...fields, solutionProposal: 'Soittakaa 040 123 4567.', confirmed: '1' }),
    });
    expect(sent.statusCode).toBe(201);
    const receipt = /data-receipt="([A-Z0-9]+)"/.exec(sent.body)?.[1];
    expect(receipt).toBeDefined();
    const [queued] = await server().store.publicSubmissions.listPending(10);
    expect(queued).toMatchObject({ receipt, reporterType: 'association' });

    // The look-up form's GET is redirected (fetch follows it) to the status page itself.
    const lookUp = await server().inject({ url: `/public/status?receipt=${receipt}&lang=en` });
    expect(lookUp.statusCode).toBe(200);
    expect(lookUp.body).toContain('<html lang="en">');
    expect(lookUp.body).toContain('data-status="received"');
    const unknown = await server().inject({ url: '/public/status/ACDEFGHJKMNP' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('id="field-receipt"');
  });

  it('gives the coordinator the queue to accept into the normal flow or discard; others 403', async () => {
    const first = (await post(form())).json().receipt as string;
    await post(form({ reporterType: 'client' }));
    expect(
      (await server().inject({ url: '/api/public-submissions', headers: as('reporter') }))
        .statusCode,
    ).toBe(403);
    expect(
      (await server().inject({ url: '/api/observations?source=public', headers: as('supervisor') }))
        .statusCode,
    ).toBe(403);
    const listed = await server().inject({
      url: '/api/observations?source=public',
      headers: as('coordinator'),
    });
    expect(listed.statusCode).toBe(200);
    const queue = schemas.PublicSubmissionQueue.parse(listed.json());
    expect(queue.items.map((i) => i.reporterType)).toEqual(['resident', 'client']);
    expect(listed.body).not.toContain(first);

    const [one, two] = queue.items;
    const accepted = await server().inject({
      method: 'POST',
      url: `/api/public-submissions/${one!.id}/accept`,
      headers: as('coordinator'),
      payload: { serviceArea: 'adult_social_work', topic: 'client_needs' },
    });
    expect(accepted.statusCode).toBe(200);
    expect(schemas.ObservationView.parse(accepted.json())).toMatchObject({
      source: 'public',
      status: 'received',
    });
    const again = await server().inject({
      method: 'POST',
      url: `/api/public-submissions/${one!.id}/accept`,
      headers: as('admin'),
      payload: { serviceArea: 'adult_social_work', topic: 'client_needs' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('already_decided');
    expect((await server().inject({ url: `/api/public/status/${first}` })).json().status).toBe(
      'in_handling',
    );

    const discarded = await server().inject({
      method: 'POST',
      url: `/api/public-submissions/${two!.id}/discard`,
      headers: as('coordinator'),
      payload: { reason: 'Yksittäinen asia.' },
    });
    expect(discarded.statusCode).toBe(200);
    expect(schemas.PublicSubmissionView.parse(discarded.json()).state).toBe('discarded');
    const gone = await server().inject({
      url: '/api/public-submissions',
      headers: as('coordinator'),
    });
    expect(gone.json().items).toEqual([]);
  });
});
