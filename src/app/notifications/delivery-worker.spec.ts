import { createSqliteStore, type SqliteStore } from '../../adapters/sqlite';
import type { SendOutcome } from '../../ports';
import { testNotification } from '../../ports/testing/notification-builder';
import { testClock, T0, type TestClock } from '../testing';
import { createDeliveryWorker } from './delivery-worker';
import type { DeliveryOptions } from './delivery-options';
import { fakeMessenger } from './testing';

const address = (userId: string) => ({
  reference: { conversation: { id: `a:${userId}` } },
  locale: 'fi',
  updatedAt: T0.toISOString(),
});
const note = (key: string, userId = 'u-1') =>
  testNotification(key, { userId, createdAt: T0.toISOString() });

describe('delivery worker', () => {
  let store: SqliteStore;
  let clock: TestClock;

  beforeEach(async () => {
    store = createSqliteStore({ file: ':memory:' });
    clock = testClock();
    for (const id of ['u-1', 'u-2', 'u-3', 'u-4', 'u-5', 'u-6']) {
      await store.conversations.saveUser(id, address(id));
    }
  });
  afterEach(() => store.close());

  const fast: Partial<DeliveryOptions> = {
    perConversationPerSecond: 1000,
    perConversationPer30Seconds: 1_000_000,
    perAppPerSecond: 1000,
    random: () => 1,
  };
  const worker = (
    script?: Parameters<typeof fakeMessenger>[0],
    options: Partial<DeliveryOptions> = {},
  ) => {
    const fake = fakeMessenger(script);
    const { outbox, conversations } = store;
    const options_ = { ...fast, ...options };
    return {
      ...fake,
      worker: createDeliveryWorker({
        outbox,
        conversations,
        messenger: fake.messenger,
        clock,
        options: options_,
      }),
    };
  };
  const entry = async (key: string) =>
    (
      await Promise.all(
        (['pending', 'delivered', 'not_installed', 'dead'] as const).map((s) =>
          store.outbox.list(s, 100),
        ),
      )
    )
      .flat()
      .find((e) => e.notification.key === key);
  const retry = (retryAfterMs: number | null = null): SendOutcome => ({
    kind: 'retry',
    retryAfterMs,
    error: '429 Too Many Requests',
  });

  it('delivers each notification once, however often it is drained', async () => {
    await store.outbox.enqueue([note('k-1', 'u-1'), note('k-2', 'u-2'), note('k-3', 'u-1')]);
    const { worker: w, sent } = worker();

    await Promise.all([w.drain(), w.drain()]);
    await w.drain();

    expect(sent.map((m) => m.key).sort()).toEqual(['k-1', 'k-2', 'k-3']);
    expect(await entry('k-1')).toMatchObject({
      state: 'delivered',
      attempts: 1,
      deliveredAt: T0.toISOString(),
    });
  });

  it('lets two workers on one outbox send each notification once', async () => {
    const keys = ['u-1', 'u-2', 'u-3', 'u-4'].flatMap((id) => [
      note(`a-${id}`, id),
      note(`b-${id}`, id),
    ]);
    await store.outbox.enqueue(keys);
    const first = worker();
    const second = worker();
    await Promise.all([first.worker.drain(), second.worker.drain()]);
    const sent = [...first.sent, ...second.sent].map((m) => m.key).sort();
    expect(sent).toEqual(keys.map((n) => n.key).sort());
  });

  it('retries with back-off and delivers on a later attempt', async () => {
    await store.outbox.enqueue([note('k-1')]);
    const { worker: w, tried } = worker((_n, attempt) =>
      attempt === 1 ? retry() : { kind: 'sent' },
    );

    await w.drain();
    // random() = 1: the full first back-off, the base delay.
    expect(await entry('k-1')).toMatchObject({
      state: 'pending',
      attempts: 1,
      dueAt: new Date(T0.getTime() + 1000).toISOString(),
      lastError: '429 Too Many Requests',
    });
    await w.drain();
    expect(tried).toEqual(['k-1']);

    clock.set(new Date(T0.getTime() + 1000));
    await w.drain();
    expect(await entry('k-1')).toMatchObject({ state: 'delivered', attempts: 2 });
  });

  it('waits at least as long as Retry-After asks', async () => {
    await store.outbox.enqueue([note('k-1')]);
    const { worker: w, tried } = worker((_n, attempt) =>
      attempt === 1 ? retry(30_000) : { kind: 'sent' },
    );

    await w.drain();
    expect((await entry('k-1'))?.dueAt).toBe(new Date(T0.getTime() + 30_000).toISOString());
    clock.set(new Date(T0.getTime() + 29_999));
    await w.drain();
    expect(tried).toHaveLength(1);
    clock.set(new Date(T0.getTime() + 30_000));
    await w.drain();
    expect(await entry('k-1')).toMatchObject({ state: 'delivered' });
  });

  it('gives up after the configured number of attempts', async () => {
    await store.outbox.enqueue([note('k-1')]);
    const { worker: w, tried } = worker(() => retry(), { maxAttempts: 3 });
    for (let i = 0; i < 5; i += 1) {
      await w.drain();
      clock.advanceHours(1);
    }
    expect(tried).toHaveLength(3);
    expect(await entry('k-1')).toMatchObject({ state: 'dead', attempts: 3 });
    expect((await entry('k-1'))?.lastError).toMatch(/gave up after 3 attempts: 429/);
  });

  it('records a recipient without the app as not installed, without sending', async () => {
    await store.outbox.enqueue([
      note('k-1', 'u-nobody'),
      { ...note('k-2'), recipient: { kind: 'rake_channel' } },
    ]);
    const { worker: w, tried } = worker();
    await w.drain();
    expect(tried).toEqual([]);
    expect(await entry('k-1')).toMatchObject({ state: 'not_installed', attempts: 0 });
    expect(await entry('k-2')).toMatchObject({ state: 'not_installed' });
  });

  it('sends to the RAKE channel once there is one', async () => {
    await store.conversations.saveTeam('team-1', address('channel'));
    await store.outbox.enqueue([{ ...note('k-1'), recipient: { kind: 'rake_channel' } }]);
    const { worker: w, sent } = worker();
    await w.drain();
    expect(sent).toEqual([
      expect.objectContaining({
        key: 'k-1',
        conversation: JSON.stringify(address('channel').reference),
      }),
    ]);
  });

  it('forgets a conversation that is gone and keeps the entry as not installed', async () => {
    await store.outbox.enqueue([note('k-1', 'u-1')]);
    const { worker: w } = worker(() => ({ kind: 'gone', error: '403 Forbidden' }));
    await w.drain();
    expect(await entry('k-1')).toMatchObject({ state: 'not_installed' });
    expect(await store.conversations.user('u-1')).toBeNull();
  });

  it('puts a notification Teams refuses for good on the dead-letter list at once', async () => {
    await store.outbox.enqueue([note('k-1')]);
    const { worker: w, tried } = worker(() => ({ kind: 'failed', error: '400 Bad Request' }));
    await w.drain();
    expect(tried).toHaveLength(1);
    expect(await entry('k-1')).toMatchObject({
      state: 'dead',
      attempts: 1,
      lastError: '400 Bad Request',
    });
  });

  it('treats a messenger that throws as worth another try', async () => {
    await store.outbox.enqueue([note('k-1')]);
    const { worker: w } = worker(() => {
      throw new Error('socket hang up');
    });
    await w.drain();
    expect(await entry('k-1')).toMatchObject({
      state: 'pending',
      attempts: 1,
      lastError: 'socket hang up',
    });
  });

  it('keeps one throttled conversation from holding up the others', async () => {
    const others = ['u-2', 'u-3', 'u-4', 'u-5'].map((id) => note(`other-${id}`, id));
    await store.outbox.enqueue([note('slow-1', 'u-1'), note('slow-2', 'u-1'), ...others]);
    const {
      worker: w,
      sent,
      tried,
    } = worker((n) => (n.key.startsWith('slow') ? retry(60_000) : { kind: 'sent' }), {
      perConversationPerSecond: 20,
      perConversationPer30Seconds: 1_000_000,
    });

    const started = Date.now();
    await w.drain();

    // Far below the 60 s Retry-After it would otherwise wait out, far above any slow machine.
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(sent.map((m) => m.key).sort()).toEqual(others.map((n) => n.key).sort());
    // The second message waits out the first one's Retry-After instead of asking again.
    expect(tried.filter((key) => key.startsWith('slow'))).toEqual(['slow-1']);
    const pause = new Date(T0.getTime() + 60_000).toISOString();
    expect(await entry('slow-2')).toMatchObject({ state: 'pending', dueAt: pause });
  }, 20_000);

  it('keeps the pace of a conversation and of the whole app', async () => {
    await store.outbox.enqueue([1, 2, 3, 4].map((i) => note(`same-${i}`, 'u-1')));
    const paced = worker(undefined, {
      perConversationPerSecond: 10,
      perConversationPer30Seconds: 1_000_000,
    });
    await paced.worker.drain();
    const gaps = (times: number[]) => times.slice(1).map((t, i) => t - (times[i] as number));
    // 10 a second: one every 100 ms. Bottleneck spaces the planned starts; a timer that fires
    // late (a busy machine) shortens the gap after it by as much, so 10 ms of slack.
    for (const gap of gaps(paced.sent.map((m) => m.atMs))) expect(gap).toBeGreaterThanOrEqual(90);

    await store.outbox.enqueue(
      ['u-2', 'u-3', 'u-4', 'u-5', 'u-6'].map((id) => note(`app-${id}`, id)),
    );
    const app = worker(undefined, { perAppPerSecond: 20 });
    await app.worker.drain();
    expect(app.sent).toHaveLength(5);
    for (const gap of gaps(app.sent.map((m) => m.atMs))) expect(gap).toBeGreaterThanOrEqual(40);
  });

  it('runs on its own once started, and stop waits for the send under way', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const {
      worker: w,
      sent,
      tried,
    } = worker(
      async () => {
        await held;
        return { kind: 'sent' };
      },
      { pollIntervalMs: 10 },
    );
    w.start();
    await store.outbox.enqueue([note('k-1')]);
    while (tried.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));

    const stopped = w.stop();
    setTimeout(release, 50);
    await stopped;

    expect(sent.map((m) => m.key)).toEqual(['k-1']);
    expect(await entry('k-1')).toMatchObject({ state: 'delivered' });
  });

  it('looks at once when woken, instead of at its next poll (an hour away here)', async () => {
    const { worker: w, sent } = worker(undefined, { pollIntervalMs: 3_600_000 });
    w.start();
    try {
      // Let the first look (empty) finish, so the worker sleeps until the next poll.
      await new Promise((resolve) => setTimeout(resolve, 50));
      await store.outbox.enqueue([note('k-1')]);
      w.wake();
      while (sent.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      expect(sent.map((m) => m.key)).toEqual(['k-1']);
    } finally {
      await w.stop();
    }
  });

  it('looks again at once when woken during a look, so a write just after it is not missed', async () => {
    let woke = false;
    const fake = fakeMessenger();
    const looks: number[] = [];
    const w = createDeliveryWorker({
      outbox: {
        ...store.outbox,
        async claimDue(now, limit, leaseMs) {
          looks.push(looks.length);
          const claimed = await store.outbox.claimDue(now, limit, leaseMs);
          if (!woke) {
            // A filing commits and wakes the worker while this look is under way.
            woke = true;
            await store.outbox.enqueue([note('k-late')]);
            w.wake();
          }
          return claimed;
        },
      },
      conversations: store.conversations,
      messenger: fake.messenger,
      clock,
      options: { ...fast, pollIntervalMs: 3_600_000 },
    });
    w.start();
    try {
      while (fake.sent.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      expect(fake.sent.map((m) => m.key)).toEqual(['k-late']);
      expect(looks.length).toBeGreaterThanOrEqual(2);
    } finally {
      await w.stop();
    }
  });
});
