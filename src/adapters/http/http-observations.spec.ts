import { COUNTY, draftBody, STAFF } from '../../app/testing';
import { createApiSchemas } from './openapi';
import { as, useTestServer } from './testing';

const schemas = createApiSchemas(COUNTY);

describe('HTTP: filing and following observations', () => {
  const server = useTestServer();

  const submit = (body: unknown = draftBody(), headers: Record<string, string> = {}) =>
    server().inject({
      method: 'POST',
      url: '/api/observations',
      headers: { ...as('reporter'), ...headers },
      payload: body as object,
    });

  it('files an observation: 201, Location, ETag and the view', async () => {
    const res = await submit();

    expect(res.statusCode).toBe(201);
    const body = schemas.SubmittedObservation.parse(res.json());
    expect(body).toMatchObject({ status: 'received', version: 1, warnings: [], canTriage: false });
    expect(res.headers.location).toBe(`/api/observations/${body.id}`);
    expect(res.headers.etag).toBe('"1"');
    expect(res.json()).not.toHaveProperty('triage');
  });

  it('replays the same Idempotency-Key: 201 again, the same observation, nothing new', async () => {
    const first = await submit(draftBody(), { 'idempotency-key': 'form-123' });
    const again = await submit(draftBody(), { 'idempotency-key': 'form-123' });

    expect(again.statusCode).toBe(201);
    expect(again.json().id).toBe(first.json().id);
    expect(
      (await server().store.observations.listMine(STAFF.reporter.id, { limit: 100 })).items,
    ).toHaveLength(1);
  });

  it('refuses the same Idempotency-Key with an edited form: 409, the filed id, nothing new', async () => {
    const first = await submit(draftBody(), { 'idempotency-key': 'form-123' });
    const edited = draftBody({ description: 'Muokattu kuvaus: vuokrarästit kasvavat yhä.' });
    const again = await submit(edited, {
      'idempotency-key': 'form-123',
      'accept-language': 'sv-FI,sv;q=0.9',
    });

    expect(again.statusCode).toBe(409);
    const body = schemas.ErrorBody.parse(again.json());
    expect(body).toEqual({
      error: {
        code: 'idempotency_key_reused',
        message: expect.stringContaining('Observationen hade redan skickats'),
        observationId: first.json().id,
      },
    });
    expect(again.headers.location).toBeUndefined();
    const mine = await server().store.observations.listMine(STAFF.reporter.id, { limit: 100 });
    expect(mine.items.map((o) => o.description)).toEqual([draftBody().description]);
  });

  it.each([
    ['fi', 'Havainto oli jo lähetetty ennen muutoksiasi.'],
    ['en', 'The observation had already been sent before your changes.'],
  ])('words the reused key refusal in %s', async (language, text) => {
    await submit(draftBody(), { 'idempotency-key': 'form-9' });
    const res = await submit(draftBody({ kind: 'positive' }), {
      'idempotency-key': 'form-9',
      'accept-language': language,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain(text);
  });

  it('returns likely personal data as warnings in the caller’s language', async () => {
    const description = 'Asiakas Matti Meikäläinen kertoi saman kuin moni muu: vuokrat nousevat.';
    const res = await submit(draftBody({ description }), { 'accept-language': 'sv-FI' });

    expect(res.statusCode).toBe(201);
    expect(res.json().warnings).toEqual([
      {
        field: 'description',
        kind: 'client_name',
        message: expect.stringContaining('Fältet ”Beskrivning” verkar innehålla en klients namn'),
      },
    ]);
  });

  it('reads one observation with its ETag, mine, and the history', async () => {
    const id = (await submit()).json().id as string;

    const one = await server().inject({ url: `/api/observations/${id}`, headers: as('reporter') });
    const mine = await server().inject({ url: '/api/observations/mine', headers: as('reporter') });
    const history = await server().inject({
      url: `/api/observations/${id}/history`,
      headers: as('reporter'),
    });

    expect(one.statusCode).toBe(200);
    expect(one.headers.etag).toBe('"1"');
    schemas.ObservationView.parse(one.json());
    expect(schemas.MyReportsPage.parse(mine.json()).items.map((o) => o.id)).toEqual([id]);
    expect(schemas.HistoryList.parse(history.json()).items).toMatchObject([
      { from: null, to: 'received' },
    ]);
  });

  it("answers 404 for another reporter's observation and for an unknown id alike", async () => {
    const id = (await submit()).json().id as string;
    const others = await server().inject({
      url: `/api/observations/${id}`,
      headers: as('stranger'),
    });
    const unknown = await server().inject({
      url: '/api/observations/nope',
      headers: as('stranger'),
    });
    const history = await server().inject({
      url: `/api/observations/${id}/history`,
      headers: as('stranger'),
    });

    expect([others.statusCode, unknown.statusCode, history.statusCode]).toEqual([404, 404, 404]);
    expect(others.json()).toEqual(unknown.json());
    expect(others.json().error.code).toBe('not_found');
  });

  it('shows the board to a supervisor with the period median, and 403 to a reporter', async () => {
    await submit();
    server().clock.advanceHours(3);

    const board = await server().inject({
      url: '/api/observations?status=received,in_review&limit=10',
      headers: as('supervisor'),
    });
    const forbidden = await server().inject({ url: '/api/observations', headers: as('reporter') });

    expect(board.statusCode).toBe(200);
    const page = schemas.BoardPage.parse(board.json());
    expect(page).toMatchObject({
      nextCursor: null,
      medianHoursToFirstAnswer: 3,
      period: { id: '2026-Q1' },
    });
    expect(page.items[0]).toMatchObject({
      canTriage: true,
      allowedTransitions: ['in_review', 'forwarded', 'returned'],
    });
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().error).toEqual({
      code: 'forbidden',
      message: 'Sinulla ei ole oikeutta tähän toimintoon.',
    });
  });

  it('pages the board with nextCursor and takes status as a repeated parameter', async () => {
    for (let i = 0; i < 3; i++) await submit();
    const first = await server().inject({
      url: '/api/observations?limit=2&status=received&status=closed',
      headers: as('rakeMember'),
    });
    const cursor = first.json().nextCursor as string;
    const second = await server().inject({
      url: `/api/observations?limit=2&cursor=${encodeURIComponent(cursor)}`,
      headers: as('rakeMember'),
    });

    expect(first.json().items).toHaveLength(2);
    expect(second.json()).toMatchObject({ nextCursor: null, items: [expect.any(Object)] });
  });

  it('treats empty filter values as no filter, and refuses unknown ones', async () => {
    await submit();
    const empty = await server().inject({
      url: '/api/observations?status=&serviceArea=&q=',
      headers: as('rakeMember'),
    });
    const unknown = await server().inject({
      url: '/api/observations?serviceArea=moon&limit=0&colour=red',
      headers: { ...as('rakeMember'), 'accept-language': 'en' },
    });
    const badCursor = await server().inject({
      url: '/api/observations?cursor=forged',
      headers: as('rakeMember'),
    });

    expect(empty.json().items).toHaveLength(1);
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error.fields).toEqual([
      { field: 'colour', code: 'unknown_field', message: 'Unknown field “colour”.' },
    ]);
    expect(badCursor.statusCode).toBe(422);
    expect(badCursor.json().error.field).toBe('cursor');
  });

  it('lists staff for the pickers and the caller for /api/me', async () => {
    const staff = await server().inject({
      url: '/api/staff?role=supervisor&serviceArea=adult_social_work',
      headers: as('reporter'),
    });
    const me = await server().inject({ url: '/api/me', headers: as('supervisor') });

    expect(schemas.StaffList.parse(staff.json()).items).toEqual([
      { id: STAFF.supervisor.id, name: STAFF.supervisor.name, title: null },
    ]);
    expect(schemas.Me.parse(me.json())).toEqual({
      id: STAFF.supervisor.id,
      name: 'Sirpa Esimies',
      email: STAFF.supervisor.email,
      roles: ['reporter', 'supervisor'],
      serviceAreas: ['adult_social_work'],
    });
  });
});
