/// <reference types="jest" />
import type { NotificationOutbox } from './notification-outbox';
import { testNotification } from './testing/notification-builder';

export type OutboxUnderTest = {
  readonly outbox: NotificationOutbox;
  dispose(): Promise<void>;
};

const T0 = Date.parse('2026-02-02T09:00:00.000Z');
const at = (seconds: number): Date => new Date(T0 + seconds * 1000);
const iso = (seconds: number): string => at(seconds).toISOString();
const LEASE_MS = 60_000;

/**
 * The contract every NotificationOutbox passes (SQLite today, SharePoint lists later).
 * Decisions beyond the port's types: an entry is due at its notification's `createdAt`;
 * claims are oldest due first; `mark…` on an entry that is not pending changes nothing.
 */
export function describeNotificationOutboxContract(
  name: string,
  makeOutbox: () => Promise<OutboxUnderTest>,
): void {
  describe(`NotificationOutbox contract: ${name}`, () => {
    let current: OutboxUnderTest | null = null;
    const outbox = (): NotificationOutbox => {
      if (current === null) throw new Error('outbox used outside a test');
      return current.outbox;
    };
    const keys = (entries: readonly { notification: { key: string } }[]): string[] =>
      entries.map((entry) => entry.notification.key);
    const claim = async (seconds: number, limit = 100) =>
      keys(await outbox().claimDue(at(seconds), limit, LEASE_MS));

    beforeEach(async () => {
      current = await makeOutbox();
    });
    afterEach(async () => {
      await current?.dispose();
      current = null;
    });

    it('starts empty', async () => {
      expect(await outbox().list('pending', 10)).toEqual([]);
      expect(await outbox().claimDue(at(0), 10, LEASE_MS)).toEqual([]);
    });

    it('keeps the notification whole, due at its createdAt', async () => {
      const note = testNotification('k-1', { createdAt: iso(5) });
      await outbox().enqueue([note]);
      expect(await outbox().list('pending', 10)).toEqual([
        {
          notification: note,
          state: 'pending',
          attempts: 0,
          dueAt: iso(5),
          lastError: null,
          deliveredAt: null,
        },
      ]);
    });

    it('ignores a known key, also once delivered', async () => {
      await outbox().enqueue([testNotification('k-1', { userId: 'user-a' })]);
      await outbox().enqueue([
        testNotification('k-1', { userId: 'user-b' }),
        testNotification('k-2'),
      ]);
      expect((await outbox().list('pending', 10)).map((e) => e.notification.recipient)).toEqual([
        { kind: 'user', userId: 'user-a' },
        { kind: 'user', userId: 'user-reporter' },
      ]);
      await outbox().claimDue(at(0), 10, LEASE_MS);
      await outbox().markDelivered('k-1', at(1));
      await outbox().enqueue([testNotification('k-1')]);
      expect(keys(await outbox().list('pending', 10))).toEqual(['k-2']);
    });

    it('claims what is due, oldest first, up to the limit', async () => {
      await outbox().enqueue([
        testNotification('later', { createdAt: iso(30) }),
        testNotification('second', { createdAt: iso(2) }),
        testNotification('first', { createdAt: iso(1) }),
        testNotification('third', { createdAt: iso(3) }),
      ]);
      expect(await claim(0)).toEqual([]);
      expect(await claim(10, 2)).toEqual(['first', 'second']);
      expect(await claim(10, 2)).toEqual(['third']);
      expect(await claim(30)).toEqual(['later']);
    });

    it('does not claim a leased entry again until its lease has run out', async () => {
      await outbox().enqueue([testNotification('k-1', { createdAt: iso(0) })]);
      expect(await claim(0)).toEqual(['k-1']);
      expect(await claim(1)).toEqual([]);
      expect(await claim(LEASE_MS / 1000 - 1)).toEqual([]);
      // The worker that held it is gone (kill -9): the next one picks it up.
      expect(await claim(LEASE_MS / 1000)).toEqual(['k-1']);
    });

    describe('renewLeases', () => {
      const held = (key: string, seconds: number) => ({ key, until: at(seconds) });
      const renew = (leases: { key: string; until: Date }[], seconds: number) =>
        outbox().renewLeases(leases, at(seconds));

      it('extends a lease its holder still has, past its first end', async () => {
        await outbox().enqueue(
          ['k-1', 'k-2'].map((k) => testNotification(k, { createdAt: iso(0) })),
        );
        expect(await claim(0)).toEqual(['k-1', 'k-2']);
        const end = LEASE_MS / 1000;
        expect(await renew([held('k-1', end)], end + 50)).toEqual(['k-1']);
        // k-2 was not renewed: free at its first end; k-1 only at the renewed one.
        expect(await claim(end)).toEqual(['k-2']);
        expect(await claim(end + 49)).toEqual([]);
        expect(await claim(end + 50)).toEqual(['k-1']);
      });

      it('renews a lease that ran out while nobody else took the entry', async () => {
        await outbox().enqueue([testNotification('k-1', { createdAt: iso(0) })]);
        await claim(0);
        const end = LEASE_MS / 1000;
        expect(await renew([held('k-1', end)], end + 90)).toEqual(['k-1']);
        expect(await claim(end + 89)).toEqual([]);
      });

      it('refuses a lease another worker has claimed since, and keeps theirs', async () => {
        await outbox().enqueue([testNotification('k-1', { createdAt: iso(0) })]);
        await claim(0);
        const end = LEASE_MS / 1000;
        // Our lease ran out and another worker took the entry (its lease ends at 2 × end).
        expect(await claim(end)).toEqual(['k-1']);
        expect(await renew([held('k-1', end)], end + 500)).toEqual([]);
        expect(await claim(2 * end - 1)).toEqual([]);
        expect(await claim(2 * end)).toEqual(['k-1']);
      });

      it('refuses a marked entry, an unknown key and a lease end the holder never had', async () => {
        await outbox().enqueue(
          ['done', 'again', 'wrong'].map((k) => testNotification(k, { createdAt: iso(0) })),
        );
        await claim(0);
        const end = LEASE_MS / 1000;
        await outbox().markDelivered('done', at(1));
        await outbox().markRetry('again', at(5), '429');
        expect(
          await renew(
            [held('done', end), held('again', end), held('unknown', end), held('wrong', end - 1)],
            end + 100,
          ),
        ).toEqual([]);
        expect(await outbox().list('delivered', 10)).toHaveLength(1);
        // The retry is due at its own time, not held by a renewal.
        expect(await claim(5)).toEqual(['again']);
        expect(await renew([], end)).toEqual([]);
      });
    });

    it('records a delivery: never claimed again', async () => {
      await outbox().enqueue([testNotification('k-1', { createdAt: iso(0) })]);
      await claim(0);
      await outbox().markDelivered('k-1', at(1));
      expect(await claim(LEASE_MS)).toEqual([]);
      expect(await outbox().list('delivered', 10)).toEqual([
        expect.objectContaining({ state: 'delivered', attempts: 1, deliveredAt: iso(1) }),
      ]);
      expect(await outbox().list('pending', 10)).toEqual([]);
    });

    it('retries at the given time, counting attempts and keeping the error', async () => {
      await outbox().enqueue([testNotification('k-1', { createdAt: iso(0) })]);
      await claim(0);
      await outbox().markRetry('k-1', at(20), '429 Too Many Requests');
      expect(await claim(19)).toEqual([]);
      expect(await outbox().list('pending', 10)).toEqual([
        expect.objectContaining({
          attempts: 1,
          dueAt: iso(20),
          lastError: '429 Too Many Requests',
        }),
      ]);
      expect(await claim(20)).toEqual(['k-1']);
      await outbox().markRetry('k-1', at(40), '503');
      expect((await outbox().list('pending', 10))[0]).toMatchObject({ attempts: 2 });
    });

    it('keeps not-installed and dead entries for admins, newest change first', async () => {
      await outbox().enqueue(
        ['a', 'b', 'c'].map((k) => testNotification(k, { createdAt: iso(0) })),
      );
      await claim(0);
      await outbox().markNotInstalled('a', at(1));
      await outbox().markDead('b', '400 Bad Request', at(2));
      await outbox().markDead('c', '400 again', at(3));

      expect(await outbox().list('not_installed', 10)).toEqual([
        expect.objectContaining({ state: 'not_installed', attempts: 0 }),
      ]);
      expect(await outbox().list('dead', 10)).toEqual([
        expect.objectContaining({ state: 'dead', attempts: 1, lastError: '400 again' }),
        expect.objectContaining({ state: 'dead', attempts: 1, lastError: '400 Bad Request' }),
      ]);
      expect(keys(await outbox().list('dead', 1))).toEqual(['c']);
      expect(await claim(LEASE_MS)).toEqual([]);
    });

    it('requeues a dead or not-installed entry, due now, and nothing else', async () => {
      await outbox().enqueue(
        ['a', 'b', 'c', 'd'].map((k) => testNotification(k, { createdAt: iso(0) })),
      );
      await claim(0);
      await outbox().markNotInstalled('a', at(1));
      await outbox().markDead('b', 'gave up', at(1));
      await outbox().markDelivered('c', at(1));

      expect(await outbox().requeue('a', at(100))).toBe(true);
      expect(await outbox().requeue('b', at(100))).toBe(true);
      expect(await outbox().requeue('c', at(100))).toBe(false);
      expect(await outbox().requeue('d', at(100))).toBe(false);
      expect(await outbox().requeue('unknown', at(100))).toBe(false);

      expect(await outbox().list('pending', 10)).toEqual([
        expect.objectContaining({ notification: expect.objectContaining({ key: 'd' }) }),
        expect.objectContaining({ attempts: 0, dueAt: iso(100) }),
        expect.objectContaining({ attempts: 0, dueAt: iso(100) }),
      ]);
      // 'd' was never marked: its lease has run out by now, so it comes along.
      expect(await claim(100)).toEqual(['d', 'a', 'b']);
    });

    it('requeues what waited for a recipient who installs, and only theirs', async () => {
      await outbox().enqueue([
        testNotification('mine-1', { userId: 'user-a', createdAt: iso(0) }),
        testNotification('mine-2', { userId: 'user-a', createdAt: iso(0) }),
        testNotification('theirs', { userId: 'user-b', createdAt: iso(0) }),
        testNotification('mine-dead', { userId: 'user-a', createdAt: iso(0) }),
      ]);
      await claim(0);
      for (const key of ['mine-1', 'mine-2', 'theirs']) await outbox().markNotInstalled(key, at(1));
      await outbox().markDead('mine-dead', 'gave up', at(1));

      expect(await outbox().requeueNotInstalled({ kind: 'user', userId: 'user-a' }, at(50))).toBe(
        2,
      );

      expect(await claim(50)).toEqual(['mine-1', 'mine-2']);
      expect(keys(await outbox().list('not_installed', 10))).toEqual(['theirs']);
      expect(keys(await outbox().list('dead', 10))).toEqual(['mine-dead']);
    });

    it('changes nothing when marking an entry that is no longer pending', async () => {
      await outbox().enqueue([testNotification('k-1', { createdAt: iso(0) })]);
      await claim(0);
      await outbox().markDelivered('k-1', at(1));
      await outbox().markRetry('k-1', at(5), 'late worker');
      await outbox().markDead('k-1', 'late worker', at(5));
      await outbox().markNotInstalled('k-1', at(5));
      await outbox().markDelivered('unknown', at(5));
      expect(await outbox().list('delivered', 10)).toEqual([
        expect.objectContaining({ attempts: 1, deliveredAt: iso(1), lastError: null }),
      ]);
    });
  });
}
