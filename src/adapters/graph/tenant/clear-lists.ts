import { LIST_KEYS } from '../list-schema';
import type { SharePointLists } from '../sharepoint-lists';

/**
 * Deletes every item of RAKE's lists, so each contract test on a real tenant starts from
 * empty lists without provisioning new ones (creating all the lists for each test would take
 * minutes).
 */
export async function clearLists(lists: SharePointLists): Promise<void> {
  for (const list of LIST_KEYS) {
    const items = await lists.collect(list, { select: ['id'] });
    if (items.length === 0) continue;
    const results = await lists.write(
      items.map((item) => ({ op: 'delete' as const, list, itemId: item.id, etag: null })),
      'independent',
    );
    // 404: already gone, which is what we wanted.
    const failed = results.filter((r) => !r.ok && r.status !== 404);
    if (failed.length > 0) {
      throw new Error(`Could not empty ${list}: ${failed.length} delete(s) failed`);
    }
  }
}
