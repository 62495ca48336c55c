import { draftBody } from '../src/app/testing';
import {
  recordedActivity,
  startBotFixture,
  type BotFixture,
  type CapturedActivity,
} from './testing';

/** The card JSON of a captured activity, as text (for looking for words in it). */
const cardText = (captured: CapturedActivity | undefined): string =>
  JSON.stringify(
    (captured?.activity.attachments as { content: unknown }[] | undefined)?.[0]?.content,
  );

type ObservationJson = { id: string; status: string; version: number };

describe('the bot through POST /api/messages', () => {
  let f: BotFixture;
  beforeEach(async () => {
    f = await startBotFixture();
  });
  afterEach(async () => {
    await f.close();
    expect(f.errors).toEqual([]);
  });

  /** Installs the app in a user's personal scope, answering to the fake connector. */
  async function install(userId: string, locale = 'fi-FI'): Promise<void> {
    const activity = recordedActivity('installation-personal', {
      serviceUrl: f.connector.url,
      from: { id: `29:${userId}`, name: userId, aadObjectId: userId },
      conversation: { conversationType: 'personal', id: `a:${userId}` },
      locale,
    });
    expect((await f.postActivity(activity)).status).toBe(200);
  }

  it('stores the personal conversation on install and welcomes the user in their language', async () => {
    await install('u-supervisor', 'sv-SE');
    const [welcome] = await f.connector.waitFor(1);
    expect(welcome?.conversationId).toBe('a:u-supervisor');
    expect(cardText(welcome)).toContain('Välkommen till RAKE');
    expect(welcome?.authorization).toBeNull();
    const stored = await f.store.conversations.user('u-supervisor');
    expect(stored?.locale).toBe('sv-SE');
  });

  it('makes the first team the RAKE team and its channel the digest channel', async () => {
    const activity = recordedActivity('installation-team', { serviceUrl: f.connector.url });
    expect((await f.postActivity(activity)).status).toBe(200);
    const channel = await f.store.conversations.rakeChannel();
    expect((channel?.reference.conversation as { id: string }).id).toBe(
      '19:rake-general-0a1b2c3d4e5f@thread.tacv2',
    );
    await f.connector.waitFor(1);
  });

  it("posts the coordinator's digest to the RAKE channel through the connector, once", async () => {
    const team = recordedActivity('installation-team', { serviceUrl: f.connector.url });
    expect((await f.postActivity(team)).status).toBe(200);
    await f.connector.waitFor(1);
    expect((await f.api('POST', '/api/observations', 'u-reporter', draftBody())).status).toBe(201);

    const sent = await f.api('POST', '/api/digest', 'u-coordinator', {});
    const again = await f.api('POST', '/api/digest', 'u-coordinator', {});
    expect([sent.status, again.status]).toEqual([202, 202]);
    await f.worker.drain();

    const inChannel = (await f.connector.waitFor(2)).filter(
      (c) => c.conversationId === '19:rake-general-0a1b2c3d4e5f@thread.tacv2',
    );
    expect(inChannel).toHaveLength(2); // the welcome and one digest
    expect(cardText(inChannel[1])).toContain('Kooste');
  });

  it('answers help in Finnish, Swedish and English, also to the Finnish and Swedish words', async () => {
    for (const [text, locale] of [
      ['help', 'en-US'],
      ['ohje', 'fi-FI'],
      ['hjälp', 'sv-FI'],
    ] as const) {
      const activity = recordedActivity('message-help', {
        serviceUrl: f.connector.url,
        text,
        locale,
      });
      expect((await f.postActivity(activity)).status).toBe(200);
    }
    const sent = await f.connector.waitFor(3);
    expect(sent.map((s) => s.replyToId)).toEqual([
      '1710057600000',
      '1710057600000',
      '1710057600000',
    ]);
    expect(cardText(sent[0])).toContain('"Help"');
    expect(cardText(sent[1])).toContain('"Ohje"');
    expect(cardText(sent[2])).toContain('"Hjälp"');
  });

  it('lists my reports with their status', async () => {
    await f.api('POST', '/api/observations', 'u-reporter', draftBody());
    const activity = recordedActivity('message-help', {
      serviceUrl: f.connector.url,
      text: 'omat',
      from: { id: '29:r', name: 'Raili', aadObjectId: 'u-reporter' },
    });
    expect((await f.postActivity(activity)).status).toBe(200);
    const [card] = await f.connector.waitFor(1);
    expect(cardText(card)).toContain('Omat havaintosi');
    expect(cardText(card)).toContain('Vastaanotettu');
  });

  it('new observation → supervisor card → take into review from the card → reporter told, once', async () => {
    await install('u-supervisor');
    await install('u-reporter');
    await f.connector.waitFor(2);
    const filed = await f.api('POST', '/api/observations', 'u-reporter', draftBody());
    expect(filed.status).toBe(201);
    const observation = filed.json as ObservationJson;

    await f.worker.drain();
    const afterFiling = await f.connector.waitFor(3);
    const toSupervisor = afterFiling[2];
    expect(toSupervisor?.conversationId).toBe('a:u-supervisor');
    expect(cardText(toSupervisor)).toContain('Uusi havainto');
    expect(cardText(toSupervisor)).toContain('take_into_review');

    const click = recordedActivity('invoke-card-action', {
      serviceUrl: f.connector.url,
      from: { id: '29:u-supervisor', name: 'Sirpa Esimies', aadObjectId: 'u-supervisor' },
      value: {
        action: {
          type: 'Action.Execute',
          verb: 'take_into_review',
          data: { observationId: observation.id },
        },
      },
    });
    const answer = await f.postActivity(click);
    expect(answer.status).toBe(200);
    const refreshed = JSON.stringify(answer.json);
    expect(refreshed).toContain('application/vnd.microsoft.card.adaptive');
    expect(refreshed).toContain('Sirpa Esimies otti havainnon käsittelyyn');
    expect(refreshed).not.toContain('take_into_review');

    await f.worker.drain();
    const afterMove = await f.connector.waitFor(4);
    expect(afterMove[3]?.conversationId).toBe('a:u-reporter');
    expect(cardText(afterMove[3])).toContain('Käsittelyssä');

    // The same click again: the state has moved on, nothing changes, nothing is sent.
    const again = await f.postActivity(click);
    expect(JSON.stringify(again.json)).toContain('Havainto on jo edennyt');
    const now = await f.api('GET', `/api/observations/${observation.id}`, 'u-reporter');
    expect((now.json as ObservationJson).version).toBe(observation.version + 1);
    await f.worker.drain();
    expect(f.connector.sent).toHaveLength(4);
  });

  it('refuses a card action by someone who may not, without changing anything', async () => {
    const filed = (await f.api('POST', '/api/observations', 'u-reporter', draftBody()))
      .json as ObservationJson;
    const click = recordedActivity('invoke-card-action', {
      serviceUrl: f.connector.url,
      from: { id: '29:x', name: 'Olli', aadObjectId: 'u-supervisor-2' },
      value: {
        action: {
          type: 'Action.Execute',
          verb: 'take_into_review',
          data: { observationId: filed.id },
        },
      },
    });
    const answer = await f.postActivity(click);
    expect(answer.status).toBe(200);
    expect(JSON.stringify(answer.json)).toContain('Mitään ei muutettu');
    const now = await f.api('GET', `/api/observations/${filed.id}`, 'u-reporter');
    expect((now.json as ObservationJson).status).toBe('received');
  });

  it('returns with a reason from the card, and asks again when the reason is missing', async () => {
    await install('u-reporter');
    const filed = (await f.api('POST', '/api/observations', 'u-reporter', draftBody()))
      .json as ObservationJson;
    const click = (data: Record<string, unknown>) =>
      recordedActivity('invoke-card-action', {
        serviceUrl: f.connector.url,
        value: {
          action: {
            type: 'Action.Execute',
            verb: 'return',
            data: { observationId: filed.id, ...data },
          },
        },
      });
    const missing = await f.postActivity(click({ feedback: 'Kuuluu omalle yksikölle.' }));
    expect(JSON.stringify(missing.json)).toContain('Valitse palautuksen syy');
    const done = await f.postActivity(
      click({ returnReason: 'own_unit', feedback: '**Oma** yksikkö' }),
    );
    expect(JSON.stringify(done.json)).toContain('palautti havainnon');
    await f.worker.drain();
    const sent = await f.connector.waitFor(2);
    expect(cardText(sent[1])).toContain('Oma yksikkö voi korjata asian');
    expect(cardText(sent[1])).toContain('\\\\*\\\\*Oma\\\\*\\\\* yksikkö');
  });

  it('delivers what waited for a reporter once they install the app', async () => {
    await install('u-supervisor');
    await f.connector.waitFor(1);
    const filed = await f.api('POST', '/api/observations', 'u-reporter', draftBody());
    const observation = filed.json as ObservationJson;
    const moved = await f.api(
      'POST',
      `/api/observations/${observation.id}/transitions`,
      'u-supervisor',
      { to: 'in_review' },
    );
    expect(moved.status).toBe(200);
    await f.worker.drain();
    expect(await f.store.outbox.list('not_installed', 10)).toEqual([
      expect.objectContaining({
        notification: expect.objectContaining({
          recipient: { kind: 'user', userId: 'u-reporter' },
        }),
      }),
    ]);

    await install('u-reporter');
    await f.worker.drain();
    const sent = await f.connector.waitFor(4);
    const toReporter = sent.filter((c) => c.conversationId === 'a:u-reporter');
    expect(toReporter.map(cardText).some((text) => text.includes('Käsittelyssä'))).toBe(true);
    expect(await f.store.outbox.list('not_installed', 10)).toEqual([]);
  });

  it('forgets the conversation when the app is removed', async () => {
    await install('u-reporter');
    const removal = recordedActivity('installation-personal', {
      serviceUrl: f.connector.url,
      action: 'remove',
      from: { id: '29:u-reporter', aadObjectId: 'u-reporter' },
    });
    expect((await f.postActivity(removal)).status).toBe(200);
    expect(await f.store.conversations.user('u-reporter')).toBeNull();
  });

  it('answers 400 to malformed activities and changes nothing', async () => {
    for (const body of [
      {},
      { type: 'message' },
      recordedActivity('message-help', { serviceUrl: 'file:///etc/passwd' }),
    ]) {
      const answer = await f.postActivity(body);
      expect(answer.status).toBe(400);
      expect(answer.json).toMatchObject({ error: { code: 'malformed_activity' } });
    }
    expect((await f.postActivity('{not json')).status).toBe(400);
    expect(f.connector.sent).toHaveLength(0);
  });
});

describe('the bot with an allow-list and credentials', () => {
  it('refuses other tenants with 403 and unauthenticated activities with 401', async () => {
    // The SDK logs each refused token itself.
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const f = await startBotFixture({
      allowedTenants: ['72f988bf-0000-4000-8000-00000000aaaa'],
      credentials: {
        appId: '00000000-0000-4000-8000-00000000b07a',
        appType: 'MultiTenant',
        tenantId: null,
        password: 'not-a-real-secret',
        certificateThumbprint: null,
        certificatePrivateKey: null,
      },
    });
    try {
      const other = recordedActivity('installation-personal', {
        serviceUrl: f.connector.url,
        channelData: { tenant: { id: 'someone-else' } },
        conversation: { conversationType: 'personal', id: 'a:x', tenantId: 'someone-else' },
      });
      expect(await f.postActivity(other)).toMatchObject({
        status: 403,
        json: { error: { code: 'unknown_tenant' } },
      });
      const ours = recordedActivity('installation-personal', { serviceUrl: f.connector.url });
      expect(await f.postActivity(ours)).toMatchObject({
        status: 401,
        json: { error: { code: 'unauthenticated' } },
      });
      const forged = await f.postActivity(ours, {
        authorization: 'Bearer eyJhbGciOiJub25lIn0.e30.',
      });
      expect(forged.status).toBe(401);
      expect(await f.store.conversations.user('u-supervisor')).toBeNull();
      expect(f.connector.sent).toHaveLength(0);
    } finally {
      log.mockRestore();
      await f.close();
    }
  });
});
