import { COUNTY, draftBody } from '../../app/testing';
import { outboxEntries, outboxEntry, settleDelivery, teamAddress } from '../../app/digest/testing';
import type { ConversationDirectory, NotificationOutbox } from '../../ports';
import { createApiSchemas } from './openapi';
import { as, createTestServer, type TestServer } from './testing';

const schemas = createApiSchemas(COUNTY);

describe('HTTP: digest, RAKE channel and deliveries', () => {
  let t: TestServer;
  let outbox: NotificationOutbox;
  let conversations: ConversationDirectory;

  beforeEach(async () => {
    t = await createTestServer({ notifications: 'store' });
    ({ outbox, conversations } = t.store);
  });
  afterEach(async () => {
    expect(t.unexpected).toEqual([]);
    await t.close();
  });

  describe('POST /api/digest', () => {
    it('the coordinator posts the digest now: 202 with what went into the outbox', async () => {
      await t.inject({
        method: 'POST',
        url: '/api/observations',
        headers: as('reporter'),
        payload: draftBody(),
      });
      const res = await t.inject({
        method: 'POST',
        url: '/api/digest',
        headers: as('coordinator'),
      });

      expect(res.statusCode).toBe(202);
      expect(schemas.DigestSent.parse(res.json())).toEqual({
        key: 'digest:2026-05-12:manual:2026-03-10',
        meetingDate: '2026-05-12',
        since: '2026-02-10',
        total: 1,
        listed: 1,
        // The app is in no team yet: the tab must say that nothing goes out until it is.
        channel: null,
      });
      // The filing's own notification to the supervisor aside: the digest.
      const digests = (await outboxEntries(outbox)).filter((e) => e.notification.kind === 'digest');
      expect(digests[0]?.notification.recipient).toEqual({
        kind: 'rake_channel',
      });
    });

    it('403 for other roles in their language, nothing enqueued; 401 without identity', async () => {
      const member = await t.inject({
        method: 'POST',
        url: '/api/digest',
        headers: as('rakeMember', { 'accept-language': 'en' }),
      });
      const anonymous = await t.inject({ method: 'POST', url: '/api/digest' });
      expect(member.statusCode).toBe(403);
      expect(schemas.ErrorBody.parse(member.json()).error.code).toBe('forbidden');
      expect(anonymous.statusCode).toBe(401);
      expect(await outboxEntries(outbox)).toEqual([]);
    });
  });

  describe('the digest names its channel, and can be looked at before it is sent', () => {
    const fileOne = () =>
      t.inject({
        method: 'POST',
        url: '/api/observations',
        headers: as('reporter'),
        payload: draftBody(),
      });

    it('says which channel the digest went to', async () => {
      await conversations.saveTeam('team-rake', teamAddress('19:rake@thread', 'RAKE-työryhmä'));
      const res = await t.inject({
        method: 'POST',
        url: '/api/digest',
        headers: as('coordinator'),
      });
      expect(res.json().channel).toBe('RAKE-työryhmä');
    });

    it('previews the digest without sending it: figures, channel, no card without the bot', async () => {
      await fileOne();
      const before = await outboxEntries(outbox);
      const res = await t.inject({
        method: 'GET',
        url: '/api/digest/preview',
        headers: as('coordinator'),
      });
      expect(res.statusCode).toBe(200);
      expect(schemas.DigestPreview.parse(res.json())).toEqual({
        meetingDate: '2026-05-12',
        since: '2026-02-10',
        total: 1,
        channel: null,
        card: null,
      });
      expect(await outboxEntries(outbox)).toEqual(before);
    });

    it('previews only for those who may send it', async () => {
      const member = await t.inject({
        method: 'GET',
        url: '/api/digest/preview',
        headers: as('rakeMember'),
      });
      expect(member.statusCode).toBe(403);
    });
  });

  describe('the digest preview with the bot', () => {
    it('has the card the bot would post, in the caller’s language', async () => {
      const locales: string[] = [];
      const server = await createTestServer({
        notifications: 'store',
        digestCard: (data, locale) => {
          locales.push(locale);
          return { type: 'AdaptiveCard', version: '1.5', total: data.total };
        },
      });
      const res = await server.inject({
        method: 'GET',
        url: '/api/digest/preview',
        headers: as('coordinator', { 'accept-language': 'sv' }),
      });
      await server.close();
      expect(res.json().card).toEqual({ type: 'AdaptiveCard', version: '1.5', total: 0 });
      expect(locales).toEqual(['sv']);
    });
  });

  describe('/api/rake-channel', () => {
    beforeEach(async () => {
      await conversations.saveTeam('team-rake', teamAddress('19:rake@thread', 'RAKE-työryhmä'));
      await conversations.saveTeam('team-other', teamAddress('19:other@thread', 'Johtoryhmä'));
    });

    it('shows the current channel and lets the coordinator choose another', async () => {
      const before = await t.inject({ url: '/api/rake-channel', headers: as('coordinator') });
      const put = await t.inject({
        method: 'PUT',
        url: '/api/rake-channel',
        headers: as('coordinator'),
        payload: { teamId: 'team-other' },
      });

      expect(schemas.RakeChannel.parse(before.json()).current?.teamId).toBe('team-rake');
      expect(put.statusCode).toBe(200);
      expect(schemas.RakeChannel.parse(put.json()).current).toEqual({
        teamId: 'team-other',
        name: 'Johtoryhmä',
        current: true,
      });
      expect((await conversations.rakeChannel())?.reference).toMatchObject({
        conversation: { id: '19:other@thread' },
      });
    });

    it('422 on teamId for a team the app does not know; 403 for a supervisor', async () => {
      const unknown = await t.inject({
        method: 'PUT',
        url: '/api/rake-channel',
        headers: as('coordinator', { 'accept-language': 'en' }),
        payload: { teamId: 'team-x' },
      });
      const supervisor = await t.inject({ url: '/api/rake-channel', headers: as('supervisor') });
      expect(unknown.statusCode).toBe(422);
      expect(unknown.json().error).toMatchObject({
        code: 'validation',
        field: 'teamId',
        message: 'The value of “RAKE channel” is not recognised. Please choose one of the options.',
      });
      expect(supervisor.statusCode).toBe(403);
    });
  });

  describe('/api/admin/deliveries', () => {
    beforeEach(async () => {
      await settleDelivery(
        outbox,
        {
          key: 'reminder:u-supervisor:2026-03-09',
          recipient: { kind: 'user', userId: 'u-supervisor' },
          createdAt: '2026-03-09T06:00:00.000Z',
          kind: 'reminder',
          data: { waitingDays: 7, items: [] },
        },
        { state: 'not_installed' },
      );
    });

    it('lists not-installed deliveries to the admin and retries one (202)', async () => {
      const list = await t.inject({
        url: '/api/admin/deliveries?state=not_installed',
        headers: as('admin'),
      });
      const dead = await t.inject({ url: '/api/admin/deliveries', headers: as('admin') });
      const retry = await t.inject({
        method: 'POST',
        url: `/api/admin/deliveries/${encodeURIComponent('reminder:u-supervisor:2026-03-09')}/retry`,
        headers: as('admin'),
      });

      expect(schemas.DeliveryList.parse(list.json()).items.map((d) => d.key)).toEqual([
        'reminder:u-supervisor:2026-03-09',
      ]);
      expect(dead.json()).toEqual({ items: [] });
      expect(retry.statusCode).toBe(202);
      expect(schemas.DeliveryRetried.parse(retry.json())).toEqual({
        key: 'reminder:u-supervisor:2026-03-09',
      });
      expect((await outboxEntry(outbox, 'reminder:u-supervisor:2026-03-09'))?.state).toBe(
        'pending',
      );
    });

    it('403 for the coordinator; 422 for another state or parameter; 404 for an unknown key', async () => {
      const coordinator = await t.inject({
        url: '/api/admin/deliveries',
        headers: as('coordinator'),
      });
      const state = await t.inject({
        url: '/api/admin/deliveries?state=delivered',
        headers: as('admin'),
      });
      const typo = await t.inject({ url: '/api/admin/deliveries?stat=dead', headers: as('admin') });
      const unknown = await t.inject({
        method: 'POST',
        url: '/api/admin/deliveries/nope/retry',
        headers: as('admin'),
      });
      expect([
        coordinator.statusCode,
        state.statusCode,
        typo.statusCode,
        unknown.statusCode,
      ]).toEqual([403, 422, 422, 404]);
      expect(state.json().error.field).toBe('state');
      expect(typo.json().error.field).toBe('stat');
    });
  });

  it('without the Teams side these routes answer 404', async () => {
    const bare = await createTestServer();
    try {
      const res = await bare.inject({ method: 'POST', url: '/api/digest', headers: as('admin') });
      expect(res.statusCode).toBe(404);
    } finally {
      await bare.close();
    }
  });
});
