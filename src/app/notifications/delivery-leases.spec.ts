import { createSqliteStore, type SqliteStore } from '../../adapters/sqlite';
import type { NotificationOutbox, SendOutcome } from '../../ports';
import { testNotification } from '../../ports/testing/notification-builder';
import { testClock, T0, type TestClock } from '../testing';
import { DEFAULT_DELIVERY_OPTIONS, type DeliveryOptions } from './delivery-options';
import { createDeliveryWorker } from './delivery-worker';
import { fakeMessenger } from './testing';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const later = (ms: number) => new Date(T0.getTime() + ms);

/** A send that Teams keeps waiting until the test lets it through. */
function heldSend() {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  return {
    release,
    send: async (): Promise<SendOutcome> => {
      await released;
      return { kind: 'sent' };
    },
  };
}

/**
 * Short leases, renewed while held (issue 9, section 7): a crash costs seconds, and a send
 * that waits long on Teams keeps its entry from every other worker.
 */
describe('delivery leases', () => {
  let store: SqliteStore;
  let clock: TestClock;

  beforeEach(async () => {
    store = createSqliteStore({ file: ':memory:' });
    clock = testClock();
    await store.conversations.saveUser('u-1', {
      reference: { conversation: { id: 'a:u-1' } },
      locale: 'fi',
      updatedAt: T0.toISOString(),
    });
    await store.outbox.enqueue([
      testNotification('k-1', { userId: 'u-1', createdAt: T0.toISOString() }),
    ]);
  });
  afterEach(() => store.close());

  const fast: Partial<DeliveryOptions> = {
    perConversationPerSecond: 1000,
    perConversationPer30Seconds: 1_000_000,
    perAppPerSecond: 1000,
    // The worker polls on its own only when started; these tests drive it.
    pollIntervalMs: 3_600_000,
    onError: () => undefined,
  };
  const workerOn = (outbox: NotificationOutbox, send: () => Promise<SendOutcome>) => {
    const fake = fakeMessenger(send);
    const worker = createDeliveryWorker({
      outbox,
      conversations: store.conversations,
      messenger: fake.messenger,
      clock,
      options: { ...fast, renewEveryMs: 10 },
    });
    return { worker, ...fake };
  };
  const until = async (done: () => boolean, ms = 2000) => {
    for (const deadline = Date.now() + ms; !done() && Date.now() < deadline;) await sleep(5);
  };

  it('is seconds long by default, renewed three times a lease', () => {
    expect(DEFAULT_DELIVERY_OPTIONS.leaseMs).toBeLessThanOrEqual(30_000);
    expect(DEFAULT_DELIVERY_OPTIONS.renewEveryMs * 3).toBeLessThanOrEqual(
      DEFAULT_DELIVERY_OPTIONS.leaseMs,
    );
  });

  it("lets another worker send a crashed worker's claims within seconds", async () => {
    // The crashed process: it claimed k-1 with the default lease, and then its writes stopped
    // reaching the store (kill -9), so it neither renews nor marks anything.
    let alive = true;
    const gone = async (): Promise<never> => {
      throw new Error('the process is gone');
    };
    const severed: NotificationOutbox = {
      ...store.outbox,
      claimDue: (...a) => (alive ? store.outbox.claimDue(...a) : gone()),
      renewLeases: (...a) => (alive ? store.outbox.renewLeases(...a) : gone()),
      markDelivered: (...a) => (alive ? store.outbox.markDelivered(...a) : gone()),
    };
    const hung = heldSend();
    const crashedFake = fakeMessenger(hung.send);
    const crashed = createDeliveryWorker({
      outbox: severed,
      conversations: store.conversations,
      messenger: crashedFake.messenger,
      clock,
      options: fast,
    });
    const crashedDrain = crashed.drain().catch(() => undefined);
    await until(() => crashedFake.tried.length > 0);
    alive = false;

    clock.set(later(DEFAULT_DELIVERY_OPTIONS.leaseMs - 1000));
    const early = workerOn(store.outbox, async () => ({ kind: 'sent' }));
    await early.worker.drain();
    expect(early.tried).toEqual([]);

    clock.set(later(DEFAULT_DELIVERY_OPTIONS.leaseMs));
    const next = workerOn(store.outbox, async () => ({ kind: 'sent' }));
    await next.worker.drain();
    expect(next.sent.map((m) => m.key)).toEqual(['k-1']);
    expect((await store.outbox.list('delivered', 10)).map((e) => e.notification.key)).toEqual([
      'k-1',
    ]);

    hung.release();
    await crashedDrain;
    await crashed.stop();
  });

  it('keeps the lease of a send that waits long on Teams, so nobody sends it twice', async () => {
    let renewals = 0;
    const counted: NotificationOutbox = {
      ...store.outbox,
      renewLeases: async (...a) => {
        const renewed = await store.outbox.renewLeases(...a);
        renewals += 1;
        return renewed;
      },
    };
    const waiting = heldSend();
    const first = workerOn(counted, waiting.send);
    const firstDrain = first.worker.drain();
    await until(() => first.tried.length > 0);

    // Far longer than the lease, in steps shorter than it, each followed by a renewal (if
    // there is none, the step still ends, and the lease runs out as it would).
    for (let step = 1; step <= 10; step += 1) {
      clock.set(later(step * 20_000));
      const seen = renewals;
      await until(() => renewals > seen, 200);
    }
    const second = workerOn(store.outbox, async () => ({ kind: 'sent' }));
    await second.worker.drain();
    expect(second.tried).toEqual([]);

    waiting.release();
    await firstDrain;
    expect(first.sent.map((m) => m.key)).toEqual(['k-1']);
    expect(await store.outbox.list('delivered', 10)).toEqual([
      expect.objectContaining({ attempts: 1 }),
    ]);
  });

  it('does not send what waited past its lease: another worker may have it', async () => {
    // k-1 holds u-1's turn (Teams keeps it waiting); k-2 waits behind it.
    await store.outbox.enqueue([
      testNotification('k-2', { userId: 'u-1', createdAt: T0.toISOString() }),
    ]);
    const waiting = heldSend();
    const stalledFake = fakeMessenger(waiting.send);
    // The outbox is out of reach for renewals, so the leases run out.
    const unreachable: NotificationOutbox = {
      ...store.outbox,
      renewLeases: async () => {
        throw new Error('outbox unreachable');
      },
    };
    const stalled = createDeliveryWorker({
      outbox: unreachable,
      conversations: store.conversations,
      messenger: stalledFake.messenger,
      clock,
      options: { ...fast, renewEveryMs: 10 },
    });
    const stalledDrain = stalled.drain();
    await until(() => stalledFake.tried.length > 0);

    clock.set(later(DEFAULT_DELIVERY_OPTIONS.leaseMs + 1));
    const other = workerOn(store.outbox, async () => ({ kind: 'sent' }));
    await other.worker.drain();
    // Both were free to claim; k-1 goes twice, the window no outbox closes (Teams held the
    // first send past the lease without a renewal).
    expect(other.sent.map((m) => m.key).sort()).toEqual(['k-1', 'k-2']);

    waiting.release();
    await stalledDrain;
    // k-2's turn came after its lease had run out: left to its new holder, not sent again.
    expect(stalledFake.tried).toEqual(['k-1']);
  });
});
