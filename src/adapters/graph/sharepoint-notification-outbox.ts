import type { Notification } from '../../domain/notification/notification';
import { recipientKey } from '../../domain/notification/notification';
import type { Clock } from '../../ports/clock';
import type {
  DeliveryState,
  HeldLease,
  NotificationOutbox,
  OutboxEntry,
} from '../../ports/notification-outbox';
import { numberOf, payloadOf, textOf } from './field-values';
import { readModifyWrite, unexpectedWrite, type Decision } from './optimistic-write';
import { newOutboxFields } from './outbox-fields';
import { and, anyOf, eq, literal } from './odata-filter';
import {
  type Fields,
  type ItemQuery,
  type ListItem,
  type SharePointLists,
} from './sharepoint-lists';

/** Graph's largest `$top` for list items. */
const MAX_PAGE = 5000;
/** Graph's `$filter` stays well short of URL limits with 20 keys `or`-ed together. */
const KEYS_PER_QUERY = 20;

const toEntry = (item: ListItem): OutboxEntry => ({
  notification: payloadOf(item.fields) as Notification,
  state: textOf(item.fields, 'State') as DeliveryState,
  attempts: numberOf(item.fields, 'Attempts'),
  dueAt: textOf(item.fields, 'DueAt') ?? '',
  lastError: textOf(item.fields, 'LastError'),
  deliveredAt: textOf(item.fields, 'DeliveredAt'),
});

const byKey = (key: string): string => eq('NotificationKey', key);
const isPending = (item: ListItem | null): item is ListItem =>
  item !== null && textOf(item.fields, 'State') === 'pending';
/** Instants are ISO text of one length, so text order is time order. */
const leasedAt = (item: ListItem, now: string): boolean =>
  (textOf(item.fields, 'LeaseUntil') ?? '') > now;

async function take(items: AsyncIterable<ListItem>, limit: number): Promise<ListItem[]> {
  const taken: ListItem[] = [];
  if (limit <= 0) return taken;
  for await (const item of items) {
    taken.push(item);
    if (taken.length >= limit) break;
  }
  return taken;
}

/**
 * The outbox on the Outbox list, one item per notification key. Without transactions, the
 * two guarantees of the port rest on SharePoint itself: `NotificationKey` is unique (a key is
 * kept once: a second create answers 409), and every change after the create is an update
 * with the eTag read (`If-Match`), so two workers never both lease or both mark one entry.
 */
export function createSharePointNotificationOutbox(
  lists: SharePointLists,
  /** Stamps the change time of a retry (the only mark that carries no time). */
  clock: Clock,
): NotificationOutbox {
  /** Changes a pending entry (read again after any race); a mark on anything else is a no-op. */
  const markPending = async (key: string, change: (fields: Fields) => Fields): Promise<void> => {
    await readModifyWrite(lists, 'outbox', byKey(key), (current): Decision =>
      isPending(current)
        ? { op: 'update', fields: { ...change(current.fields), LeaseUntil: '' } }
        : null,
    );
  };
  const attemptsAfter = (fields: Fields): number => numberOf(fields, 'Attempts') + 1;

  /**
   * Leases each item by an update with the eTag read (`If-Match`): of two workers that read
   * the same item, the second write answers 412 and that worker drops it.
   * https://learn.microsoft.com/en-us/graph/api/listitem-update
   */
  const lease = async (items: readonly ListItem[], until: string): Promise<ListItem[]> => {
    const results = await lists.write(
      items.map((item) => ({
        op: 'update' as const,
        list: 'outbox' as const,
        itemId: item.id,
        etag: item.etag,
        fields: { LeaseUntil: until },
      })),
      'independent',
    );
    return items.filter((_item, i) => {
      const result = results[i];
      if (result === undefined) throw new Error('A lease write answered nothing');
      if (result.ok) return true;
      // 412: changed since our read (leased or marked by another worker); 404: gone.
      if (result.status === 412 || result.status === 404) return false;
      throw unexpectedWrite(result);
    });
  };

  /**
   * Renews those of `held` (at most KEYS_PER_QUERY) still pending with the lease end their
   * holder knows: one read of the items, then one `$batch` of updates with the eTags read, so
   * an item claimed or marked in between answers 412 and stays as the other writer left it.
   */
  const renewChunk = async (held: readonly HeldLease[], until: string): Promise<string[]> => {
    const known = new Map(held.map((lease) => [lease.key, lease.until.toISOString()]));
    const filter = anyOf('NotificationKey', [...known.keys()]);
    if (filter === null) return [];
    const items = (
      await lists.collect('outbox', { filter, select: ['NotificationKey', 'State', 'LeaseUntil'] })
    ).filter((item) => {
      const key = textOf(item.fields, 'NotificationKey') ?? '';
      return isPending(item) && textOf(item.fields, 'LeaseUntil') === known.get(key);
    });
    // 412 (claimed or marked since our read) and 404 (gone): no longer the holder's.
    return (await lease(items, until)).map((item) => textOf(item.fields, 'NotificationKey') ?? '');
  };

  return {
    async enqueue(notes) {
      const results = await lists.write(
        notes.map((note) => ({ op: 'create', list: 'outbox', fields: newOutboxFields(note) })),
        // Each stands alone: one known key (409) must not hold back the others. Inside a
        // $batch every request answers with its own status, and without `dependsOn` none
        // waits on another: https://learn.microsoft.com/en-us/graph/json-batching
        'independent',
      );
      for (const result of results) {
        if (!result.ok && result.status !== 409) throw unexpectedWrite(result);
      }
    },

    async claimDue(now, limit, leaseMs) {
      const wanted = Math.max(0, Math.trunc(limit));
      if (wanted === 0) return [];
      const at = now.toISOString();
      const until = new Date(now.getTime() + leaseMs).toISOString();
      // The lease is not in the filter: a column compared with `now` on every claim would
      // need an index of its own, and leased entries are few (what workers hold right now).
      const query: ItemQuery = {
        filter: and(eq('State', 'pending'), `fields/DueAt le ${literal(at)}`),
        orderBy: 'fields/DueAt',
        top: Math.min(MAX_PAGE, Math.max(wanted, 100)),
      };
      const claimed: ListItem[] = [];
      let page = await lists.page('outbox', query);
      for (;;) {
        const free = page.items.filter((item) => !leasedAt(item, at));
        for (let start = 0; start < free.length && claimed.length < wanted;) {
          const chunk = free.slice(start, start + wanted - claimed.length);
          start += chunk.length;
          claimed.push(...(await lease(chunk, until)));
        }
        if (claimed.length >= wanted || page.nextLink === null) break;
        page = await lists.page('outbox', query, page.nextLink);
      }
      return claimed.map(toEntry);
    },

    async renewLeases(held, until) {
      const renewed: string[] = [];
      for (let start = 0; start < held.length; start += KEYS_PER_QUERY) {
        const chunk = held.slice(start, start + KEYS_PER_QUERY);
        renewed.push(...(await renewChunk(chunk, until.toISOString())));
      }
      return renewed;
    },

    async markDelivered(key, at) {
      const when = at.toISOString();
      await markPending(key, (fields) => ({
        State: 'delivered',
        Attempts: attemptsAfter(fields),
        DeliveredAt: when,
        ChangedAt: when,
      }));
    },

    async markRetry(key, dueAt, error) {
      await markPending(key, (fields) => ({
        Attempts: attemptsAfter(fields),
        DueAt: dueAt.toISOString(),
        LastError: error,
        ChangedAt: clock.now().toISOString(),
      }));
    },

    async markNotInstalled(key, at) {
      await markPending(key, () => ({ State: 'not_installed', ChangedAt: at.toISOString() }));
    },

    async markDead(key, error, at) {
      await markPending(key, (fields) => ({
        State: 'dead',
        Attempts: attemptsAfter(fields),
        LastError: error,
        ChangedAt: at.toISOString(),
      }));
    },

    async list(state, limit) {
      const query: ItemQuery =
        state === 'pending'
          ? { filter: eq('State', state), orderBy: 'fields/DueAt' }
          : { filter: eq('State', state), orderBy: 'fields/ChangedAt desc' };
      const wanted = Math.max(0, Math.trunc(limit));
      const items = await take(
        lists.all('outbox', { ...query, top: Math.min(MAX_PAGE, Math.max(wanted, 1)) }),
        wanted,
      );
      return items.map(toEntry);
    },

    async requeue(key, now) {
      const when = now.toISOString();
      return readModifyWrite(lists, 'outbox', byKey(key), (current): Decision => {
        const state = current === null ? null : textOf(current.fields, 'State');
        if (state !== 'dead' && state !== 'not_installed') return null;
        return {
          op: 'update',
          fields: {
            State: 'pending',
            Attempts: 0,
            DueAt: when,
            ChangedAt: when,
            LeaseUntil: '',
            DeliveredAt: '',
          },
        };
      });
    },

    async requeueNotInstalled(recipient, now) {
      const when = now.toISOString();
      const who = recipientKey(recipient);
      const waiting = await lists.collect('outbox', {
        filter: and(eq('State', 'not_installed'), eq('Recipient', who)),
      });
      const fields: Fields = { State: 'pending', DueAt: when, ChangedAt: when, LeaseUntil: '' };
      const results = await lists.write(
        waiting.map((item) => ({
          op: 'update' as const,
          list: 'outbox' as const,
          itemId: item.id,
          etag: item.etag,
          fields,
        })),
        'independent',
      );
      let count = 0;
      for (const [i, result] of results.entries()) {
        const item = waiting[i];
        if (item === undefined) throw new Error('A requeue write answered for no item');
        if (result.ok) count += 1;
        else if (result.status === 412) {
          // Changed since the read: requeue it only if it is still waiting for this recipient.
          const key = textOf(item.fields, 'NotificationKey') ?? '';
          const again = await readModifyWrite(lists, 'outbox', byKey(key), (current) =>
            current !== null &&
            textOf(current.fields, 'State') === 'not_installed' &&
            textOf(current.fields, 'Recipient') === who
              ? { op: 'update', fields }
              : null,
          );
          if (again) count += 1;
        } else if (result.status !== 404) throw unexpectedWrite(result);
      }
      return count;
    },
  };
}
