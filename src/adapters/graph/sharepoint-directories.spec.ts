import { describeConversationDirectoryContract } from '../../ports/conversation-directory.contract';
import { describeNotificationOutboxContract } from '../../ports/notification-outbox.contract';
import { describeStaffDirectoryContract } from '../../ports/staff-directory.contract';
import { describeSettingsStoreContract } from '../../ports/settings-store.contract';
import { createSharePointSettingsStore } from './sharepoint-settings-store';
import { StorageUnavailableError } from '../../ports/storage-unavailable';
import { testNotification } from '../../ports/testing/notification-builder';
import type { Clock } from '../../ports/clock';
import { createSharePointConversationDirectory } from './sharepoint-conversation-directory';
import { createSharePointNotificationOutbox } from './sharepoint-notification-outbox';
import { createSharePointStaffDirectory } from './sharepoint-staff-directory';
import type { SharePointListsOptions } from './sharepoint-lists';
import type { GraphDouble } from './testing/graph-double';
import { sharePointFixture } from './testing/sharepoint-fixture';

// Each port is built on the fixture's lists with the clock and options the test wants.
const fixture = sharePointFixture();
afterAll(() => fixture.close());

/** A new site of the double with the lists as provisioning makes them. */
async function site(options: SharePointListsOptions = {}) {
  const { store, siteId, graph, dispose } = await fixture.store(undefined, options);
  return { siteId, lists: store.lists, graph, dispose };
}

const clock: Clock = { now: () => new Date('2026-02-02T12:00:00.000Z') };

describeNotificationOutboxContract('SharePoint lists (Graph double)', async () => {
  const { lists, dispose } = await site();
  return { outbox: createSharePointNotificationOutbox(lists, clock), dispose };
});
describeConversationDirectoryContract('SharePoint lists (Graph double)', async () => {
  const { lists, dispose } = await site();
  return { conversations: createSharePointConversationDirectory(lists), dispose };
});
describeStaffDirectoryContract('SharePoint lists (Graph double)', async () => {
  const { lists, dispose } = await site();
  return { staff: createSharePointStaffDirectory(lists), dispose };
});
describeSettingsStoreContract('SharePoint lists (Graph double), two instances', async () => {
  const { lists, dispose } = await site();
  return {
    settings: createSharePointSettingsStore(lists),
    other: createSharePointSettingsStore(lists),
    dispose,
  };
});

const T0 = '2026-02-02T09:00:00.000Z';
const LEASE_MS = 60_000;
const notes = (n: number, prefix = 'k') =>
  Array.from({ length: n }, (_, i) =>
    testNotification(`${prefix}-${String(i).padStart(3, '0')}`, { createdAt: T0 }),
  );
const batchPosts = (g: GraphDouble): number =>
  g.state.requestLog.filter((e) => e.method === 'POST' && e.url.endsWith('/$batch')).length;

describe('SharePoint notification outbox', () => {
  it('never hands one entry to two workers claiming at once (eTag lease)', async () => {
    const { lists, dispose } = await site();
    try {
      const outbox = createSharePointNotificationOutbox(lists, clock);
      // Two workers on their own connections, sharing nothing but the list.
      const other = createSharePointNotificationOutbox(lists, clock);
      await outbox.enqueue(notes(30));
      const now = new Date(Date.parse(T0) + 1000);
      const [first, second] = await Promise.all([
        outbox.claimDue(now, 20, LEASE_MS),
        other.claimDue(now, 20, LEASE_MS),
      ]);
      const a = first.map((e) => e.notification.key);
      const b = second.map((e) => e.notification.key);
      expect(a.filter((key) => b.includes(key))).toEqual([]);
      // Between them they took what there was (the loser goes on to the entries left).
      expect(new Set([...a, ...b]).size).toBe(30);
    } finally {
      await dispose();
    }
  });

  it('skips an entry another worker leased between its read and its claim', async () => {
    const { lists, graph: g, dispose } = await site();
    try {
      const outbox = createSharePointNotificationOutbox(lists, clock);
      await outbox.enqueue(notes(3));
      // The first lease write answers 412, as when another worker changed the item first.
      g.failRequests({ method: 'PATCH', path: /items\/\d+\/fields$/, status: 412 });
      const claimed = await outbox.claimDue(new Date(Date.parse(T0) + 1000), 3, LEASE_MS);
      expect(claimed.map((e) => e.notification.key)).toEqual(['k-001', 'k-002']);
    } finally {
      await dispose();
    }
  });

  it('enqueues 45 notifications in $batches of at most 20', async () => {
    const { lists, graph: g, dispose } = await site();
    try {
      const outbox = createSharePointNotificationOutbox(lists, clock);
      const before = batchPosts(g);
      const logged = g.state.requestLog.length;
      await outbox.enqueue(notes(45));
      expect(batchPosts(g) - before).toBe(3);
      const creates = g.state.requestLog
        .slice(logged)
        .filter((e) => e.method === 'POST' && e.url.endsWith('/items'));
      expect(creates).toHaveLength(45);
      expect((await outbox.list('pending', 100)).length).toBe(45);
    } finally {
      await dispose();
    }
  });

  it('ignores known keys inside one enqueue and across enqueues (409)', async () => {
    const { lists, dispose } = await site();
    try {
      const outbox = createSharePointNotificationOutbox(lists, clock);
      await outbox.enqueue([...notes(2), ...notes(1)]);
      await outbox.enqueue(notes(3));
      expect((await outbox.list('pending', 10)).map((e) => e.notification.key)).toEqual([
        'k-000',
        'k-001',
        'k-002',
      ]);
    } finally {
      await dispose();
    }
  });

  // Graph throttles the requests of a $batch one by one, each answering 429 with its own
  // Retry-After: https://learn.microsoft.com/en-us/graph/throttling#throttling-and-batching
  it('sends again a create Graph throttled inside the $batch (429)', async () => {
    const { lists, graph: g, dispose } = await site();
    try {
      const outbox = createSharePointNotificationOutbox(lists, clock);
      g.failRequests({ method: 'POST', path: /items$/, status: 429, retryAfterSeconds: 1 });
      await outbox.enqueue(notes(3));
      expect(g.state.requestLog.some((e) => e.url.endsWith('/items') && e.status === 429)).toBe(
        true,
      );
      expect((await outbox.list('pending', 10)).map((e) => e.notification.key).sort()).toEqual([
        'k-000',
        'k-001',
        'k-002',
      ]);
    } finally {
      await dispose();
    }
  });

  it('claims past a page of leased entries', async () => {
    const { lists, dispose } = await site();
    try {
      const outbox = createSharePointNotificationOutbox(lists, clock);
      await outbox.enqueue(notes(130));
      const now = new Date(Date.parse(T0) + 1000);
      expect(await outbox.claimDue(now, 120, LEASE_MS)).toHaveLength(120);
      const rest = await outbox.claimDue(now, 20, LEASE_MS);
      expect(rest.map((e) => e.notification.key)).toEqual(
        notes(130)
          .slice(120)
          .map((n) => n.key),
      );
    } finally {
      await dispose();
    }
  });

  it('surfaces a Graph outage as StorageUnavailableError, not an SDK error', async () => {
    // No rounds of re-sending: the first 503 inside the $batch is the answer.
    const { lists, graph: g, dispose } = await site({ batchRetries: 0 });
    try {
      const outbox = createSharePointNotificationOutbox(lists, clock);
      g.failRequests({ method: 'POST', path: /items$/, status: 503 });
      await expect(outbox.enqueue(notes(1))).rejects.toBeInstanceOf(StorageUnavailableError);
      g.failRequests({ method: 'GET', path: /items$/, status: 403 });
      await expect(outbox.list('pending', 1)).rejects.toMatchObject({ reason: 'denied' });
    } finally {
      await dispose();
    }
  });
});

describe('SharePoint conversation directory', () => {
  it('keeps one item per entry key, also when two saves of a new team race', async () => {
    const { siteId, lists, graph: g, dispose } = await site();
    try {
      const one = createSharePointConversationDirectory(lists);
      const two = createSharePointConversationDirectory(lists);
      const address = (id: string) => ({
        reference: { conversation: { id } },
        locale: 'fi',
        updatedAt: T0,
      });
      await Promise.all([
        one.saveTeam('team-1', address('19:a')),
        two.saveTeam('team-1', address('19:b')),
      ]);
      const list = g.state.findList(siteId, 'RAKE Conversations');
      const keys = [...(list?.items.values() ?? [])].map((i) => String(i.fields['EntryKey']));
      expect(keys.sort()).toEqual(['rake_channel', 'team:team-1']);
      expect((await one.teamChannels()).map((t) => t.teamId)).toEqual(['team-1']);
    } finally {
      await dispose();
    }
  });
});

describe('SharePoint staff directory', () => {
  it('writes many members in $batches of at most 20, creating and replacing', async () => {
    const { lists, graph: g, dispose } = await site();
    try {
      const staff = createSharePointStaffDirectory(lists);
      const member = (i: number, name = `Henkilö ${String(i).padStart(2, '0')}`) => ({
        id: `user-${i}`,
        name,
        email: null,
        title: null,
        roles: ['reporter' as const],
        serviceAreas: [],
      });
      await staff.upsert(Array.from({ length: 25 }, (_, i) => member(i)));
      const before = batchPosts(g);
      await staff.upsert(Array.from({ length: 30 }, (_, i) => member(i, `Uusi ${i}`)));
      expect(batchPosts(g) - before).toBe(2);
      const listed = await staff.list();
      expect(listed).toHaveLength(30);
      expect(listed.every((m) => m.name.startsWith('Uusi'))).toBe(true);
    } finally {
      await dispose();
    }
  });

  it('answers lookups from one read of the list for a while, and reads again after an upsert', async () => {
    const { lists, graph: g, dispose } = await site();
    try {
      let now = 0;
      const staff = createSharePointStaffDirectory(lists, { maxAgeMs: 60_000, now: () => now });
      const supervisor = {
        id: 'sup-1',
        name: 'Sirpa Esimies',
        email: null,
        title: null,
        roles: ['supervisor' as const],
        serviceAreas: ['child_welfare'],
      };
      await staff.upsert([supervisor]);
      const reads = () =>
        g.state.requestLog.filter((e) => e.method === 'GET' && e.url.includes('/items')).length;
      const before = reads();
      expect(await staff.supervisorsOf('child_welfare')).toHaveLength(1);
      expect(await staff.get('sup-1')).toMatchObject({ name: 'Sirpa Esimies' });
      expect(await staff.supervisorsOf('child_welfare')).toHaveLength(1);
      expect(reads() - before).toBe(1);

      await staff.upsert([{ ...supervisor, serviceAreas: [] }]);
      expect(await staff.supervisorsOf('child_welfare')).toHaveLength(0);

      // Another instance's change shows once the snapshot is older than maxAgeMs.
      const elsewhere = createSharePointStaffDirectory(lists);
      await elsewhere.upsert([supervisor]);
      expect(await staff.supervisorsOf('child_welfare')).toHaveLength(0);
      now += 60_001;
      expect(await staff.supervisorsOf('child_welfare')).toHaveLength(1);
    } finally {
      await dispose();
    }
  });
});
