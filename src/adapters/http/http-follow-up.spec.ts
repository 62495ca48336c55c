import { COUNTY, draftBody, VALID_HETU } from '../../app/testing';
import { createApiSchemas } from './openapi';
import { as, createTestServer, type TestServer } from './testing';

const schemas = createApiSchemas(COUNTY);

describe("HTTP: reporters' follow-up (withdraw, resubmit, messages)", () => {
  let t: TestServer;
  let id: string;

  beforeEach(async () => {
    t = await createTestServer();
    const res = await t.inject({
      method: 'POST',
      url: '/api/observations',
      headers: as('reporter'),
      payload: draftBody({ coReporterIds: ['u-colleague'] }),
    });
    id = res.json().id;
    // Only what follows matters below.
    for (const entry of await t.store.outbox.list('pending', 100)) {
      await t.store.outbox.markDelivered(entry.notification.key, new Date());
    }
  });
  afterEach(async () => {
    expect(t.unexpected).toEqual([]);
    await t.close();
  });

  const post = (path: string, headers: Record<string, string>, payload?: unknown) =>
    t.inject({
      method: 'POST',
      url: `/api/observations/${id}/${path}`,
      headers,
      ...(payload === undefined ? {} : { payload }),
    });
  const pending = async () =>
    (await t.store.outbox.list('pending', 100)).map((e) => ({
      kind: e.notification.kind,
      to: e.notification.recipient.kind === 'user' ? e.notification.recipient.userId : 'channel',
    }));
  const returnIt = () =>
    post('transitions', as('supervisor'), {
      to: 'returned',
      feedback: 'Kerro tarkemmin, missä kunnissa.',
      returnReason: 'other',
    });

  describe('withdraw', () => {
    it('withdraws a received observation for its reporter and tells the supervisor', async () => {
      const res = await post('withdraw', as('reporter'));

      expect(res.statusCode).toBe(200);
      expect(res.headers.etag).toBe('"2"');
      expect(schemas.ObservationView.parse(res.json())).toMatchObject({
        status: 'withdrawn',
        firstAnsweredAt: null,
      });
      expect(await pending()).toEqual([{ kind: 'observation_withdrawn', to: 'u-supervisor' }]);
      const history = await t.inject({
        method: 'GET',
        url: `/api/observations/${id}/history`,
        headers: as('supervisor'),
      });
      expect(history.json().items.map((e: { to: string }) => e.to)).toEqual([
        'received',
        'withdrawn',
      ]);
    });

    it('answers 409 already_handled once a supervisor has moved it, in the caller’s language', async () => {
      await post('transitions', as('supervisor'), { to: 'in_review' });
      const res = await post('withdraw', { ...as('reporter'), 'accept-language': 'en' });
      expect(res.statusCode).toBe(409);
      expect(res.json().error).toEqual({
        code: 'already_handled',
        message: 'The observation can no longer be withdrawn: its handling has already begun.',
      });
      expect((await t.store.observations.get(id))?.status).toBe('in_review');
    });

    it('hides it from everyone but its reporters (404), refuses a co-reporter (403)', async () => {
      for (const who of ['stranger', 'supervisor', 'admin'] as const) {
        expect((await post('withdraw', as(who))).statusCode).toBe(404);
      }
      expect((await post('withdraw', as('colleague'))).statusCode).toBe(403);
      expect((await t.store.observations.get(id))?.status).toBe('received');
    });

    it('honours If-Match: a stale version is 412, nothing written', async () => {
      const res = await post('withdraw', { ...as('reporter'), 'if-match': '"7"' });
      expect(res.statusCode).toBe(412);
      expect((await t.store.observations.get(id))?.status).toBe('received');
    });
  });

  describe('resubmit', () => {
    it('sends a returned observation again with the amended text; both versions in the history', async () => {
      const returned = await returnIt();
      const before = (await t.store.observations.get(id))?.description;
      const description = 'Vuokrarästit ja häätöuhat ovat lisääntyneet Kajaanissa ja Kuhmossa.';

      const res = await post(
        'resubmit',
        { ...as('reporter'), 'if-match': returned.headers.etag as string },
        { description, municipality: 'kuhmo' },
      );

      expect(res.statusCode).toBe(200);
      expect(schemas.ResubmittedObservation.parse(res.json())).toMatchObject({
        status: 'received',
        description,
        municipality: 'kuhmo',
        warnings: [],
      });
      const history = await t.inject({
        method: 'GET',
        url: `/api/observations/${id}/history`,
        headers: as('supervisor'),
      });
      const last = schemas.HistoryList.parse(history.json()).items.at(-1);
      expect(last).toMatchObject({
        from: 'returned',
        to: 'received',
        changes: [
          { field: 'description', before, after: description },
          { field: 'municipality', before: 'kajaani', after: 'kuhmo' },
        ],
      });
      expect(await pending()).toEqual(
        expect.arrayContaining([{ kind: 'new_observation', to: 'u-supervisor' }]),
      );
    });

    it('refuses an identity code with 422 personal_data, nothing written', async () => {
      const returned = await returnIt();
      const res = await post(
        'resubmit',
        { ...as('reporter'), 'if-match': returned.headers.etag as string },
        { description: `Asiakas ${VALID_HETU} ei saanut asuntoa.` },
      );
      expect(res.statusCode).toBe(422);
      expect(res.json().error.code).toBe('personal_data');
      expect((await t.store.observations.get(id))?.status).toBe('returned');
    });

    it('requires If-Match (428) and a returned observation (409 not_returned)', async () => {
      expect((await post('resubmit', as('reporter'), {})).statusCode).toBe(428);
      const res = await post('resubmit', { ...as('reporter'), 'if-match': '"1"' }, {});
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('not_returned');
    });

    it('is its reporter’s alone: 403 for a co-reporter, 404 for others', async () => {
      const returned = await returnIt();
      const etag = returned.headers.etag as string;
      expect(
        (await post('resubmit', { ...as('colleague'), 'if-match': etag }, {})).statusCode,
      ).toBe(403);
      expect(
        (await post('resubmit', { ...as('supervisor'), 'if-match': etag }, {})).statusCode,
      ).toBe(404);
    });
  });

  describe('messages', () => {
    const thread = (who: Parameters<typeof as>[0]) =>
      t.inject({ method: 'GET', url: `/api/observations/${id}/messages`, headers: as(who) });

    it('carries a message each way and tells the other side', async () => {
      const asked = await post('messages', as('supervisor'), {
        text: 'Koskeeko tämä myös Kuhmoa?',
      });
      expect(asked.statusCode).toBe(201);
      expect(schemas.PostedMessage.parse(asked.json())).toMatchObject({
        side: 'handler',
        authorName: 'Sirpa Esimies',
        warnings: [],
      });
      expect(await pending()).toEqual(
        expect.arrayContaining([
          { kind: 'observation_message', to: 'u-reporter' },
          { kind: 'observation_message', to: 'u-colleague' },
        ]),
      );

      const answered = await post('messages', as('colleague'), { text: 'Kyllä, molempia.' });
      expect(answered.json().side).toBe('reporter');

      const res = await thread('reporter');
      expect(res.statusCode).toBe(200);
      expect(schemas.MessageList.parse(res.json()).items.map((m) => [m.authorId, m.text])).toEqual([
        ['u-supervisor', 'Koskeeko tämä myös Kuhmoa?'],
        ['u-colleague', 'Kyllä, molempia.'],
      ]);
      expect(
        (await pending()).filter(
          (n) => n.to === 'u-supervisor' && n.kind === 'observation_message',
        ),
      ).toHaveLength(1);
    });

    it('guards the text: an identity code is 422, a phone number is a warning', async () => {
      const refused = await post('messages', as('reporter'), { text: `Hetu ${VALID_HETU}` });
      expect(refused.statusCode).toBe(422);
      expect(refused.json().error.code).toBe('personal_data');
      const warned = await post('messages', as('reporter'), { text: 'Soita 040 123 4567' });
      expect(warned.statusCode).toBe(201);
      expect(warned.json().warnings.map((w: { kind: string }) => w.kind)).toEqual(['phone_number']);
      const empty = await post('messages', as('reporter'), { text: '   ' });
      expect(empty.statusCode).toBe(422);
      const long = await post('messages', as('reporter'), { text: 'x'.repeat(2001) });
      expect(long.json().error.fields[0]).toMatchObject({ field: 'text', code: 'too_long' });
    });

    it('is 404 for those who may not read the observation', async () => {
      expect((await thread('stranger')).statusCode).toBe(404);
      expect((await thread('otherSupervisor')).statusCode).toBe(404);
      expect((await post('messages', as('stranger'), { text: 'Hei' })).statusCode).toBe(404);
      expect((await thread('rakeMember')).statusCode).toBe(200);
    });
  });
});
