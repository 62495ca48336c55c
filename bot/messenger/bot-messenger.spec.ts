import type { ConversationAddress } from '../../src/ports';
import { sampleNotifications, startBotFixture, type BotFixture } from '../testing';

describe('the bot messenger against the fake connector', () => {
  let f: BotFixture;
  let address: ConversationAddress;
  beforeEach(async () => {
    f = await startBotFixture();
    address = {
      reference: {
        serviceUrl: f.connector.url,
        channelId: 'msteams',
        conversation: { id: 'a:u-reporter', conversationType: 'personal' },
        bot: { id: '28:rake', name: 'RAKE' },
        user: { id: '29:u-reporter', aadObjectId: 'u-reporter' },
      },
      locale: 'en-US',
      updatedAt: new Date().toISOString(),
    };
  });
  afterEach(() => f.close());

  const status = () => {
    const n = sampleNotifications()[1];
    if (n === undefined) throw new Error('no sample');
    return n;
  };

  it('sends the card in the recipient language without a token in dev mode', async () => {
    expect(await f.bot.messenger.send(address, status())).toEqual({ kind: 'sent' });
    const [sent] = f.connector.sent;
    expect(sent?.conversationId).toBe('a:u-reporter');
    expect(sent?.authorization).toBeNull();
    expect(JSON.stringify(sent?.activity)).toContain('Your observation has a new status');
  });

  it('hands 429 back at once with its Retry-After, trying only once', async () => {
    f.connector.failNext(1, 429, 3);
    expect(await f.bot.messenger.send(address, status())).toMatchObject({
      kind: 'retry',
      retryAfterMs: 3000,
    });
    expect(f.connector.throttled).toBe(1);
    expect(f.connector.sent).toHaveLength(0);
  });

  it.each([
    [503, 'retry'],
    [500, 'retry'],
    [403, 'gone'],
    [404, 'gone'],
    [400, 'failed'],
  ] as const)('maps %i to %s', async (code, kind) => {
    f.connector.failNext(1, code, null);
    expect(await f.bot.messenger.send(address, status())).toMatchObject({ kind });
  });

  it('delivers through the real worker once, after a 429 with Retry-After', async () => {
    await f.store.conversations.saveUser('u-reporter', address);
    await f.store.outbox.enqueue([status()]);
    f.connector.failNext(1, 429, 0);
    await f.worker.drain();
    // The retry is due after the back-off; the test clock is moved past it.
    f.app.clock.advanceHours(1);
    await f.worker.drain();
    expect(f.connector.sent).toHaveLength(1);
    expect(await f.store.outbox.list('delivered', 10)).toHaveLength(1);
  });
});
