import { ROLES, type Role } from '../../domain/policy/actor';
import {
  supervisedAreas,
  type StaffDirectory,
  type StaffMember,
} from '../../ports/staff-directory';
import { payloadOf, textOf } from './field-values';
import { unexpectedWrite } from './optimistic-write';
import { eq } from './odata-filter';
import { type ListItem, type SharePointLists, type WriteRequest } from './sharepoint-lists';

const byFinnishName = new Intl.Collator('fi').compare;
const sortByName = (members: readonly StaffMember[]): StaffMember[] =>
  [...members].sort((a, b) => byFinnishName(a.name, b.name) || (a.id < b.id ? -1 : 1));

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
const nullableText = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** The member in an item's Payload, with only the roles the app knows. */
function toMember(item: ListItem): StaffMember {
  const json = payloadOf(item.fields) as Record<string, unknown>;
  return {
    id: textOf(item.fields, 'StaffId') ?? String(json['id']),
    name: String(json['name'] ?? ''),
    email: nullableText(json['email']),
    title: nullableText(json['title']),
    roles: strings(json['roles']).filter((r): r is Role =>
      (ROLES as readonly string[]).includes(r),
    ),
    serviceAreas: strings(json['serviceAreas']),
    ...(strings(json['groupServiceAreas']).length > 0
      ? { groupServiceAreas: strings(json['groupServiceAreas']) }
      : {}),
  };
}

export type StaffSnapshotOptions = {
  /** How long one read of the whole list answers lookups. Default 60 s. */
  readonly maxAgeMs?: number;
  readonly now?: () => number;
};

/**
 * The staff directory on the Staff list: one item per member (`StaffId` unique), the member
 * whole as JSON in `Payload`. The list is small (one organisation's staff), so reads take it
 * all and roles and service areas, both multi-valued, are matched here rather than in a
 * `$filter`. Every filing looks up supervisors, so one read of the list answers for a minute
 * (this instance's upserts start a new one at once; another instance's show within the minute).
 */
export function createSharePointStaffDirectory(
  lists: SharePointLists,
  options: StaffSnapshotOptions = {},
): StaffDirectory {
  const maxAgeMs = options.maxAgeMs ?? 60_000;
  const now = options.now ?? Date.now;
  let snapshot: { readonly at: number; readonly members: Promise<StaffMember[]> } | null = null;
  const all = async (): Promise<StaffMember[]> => {
    const at = now();
    if (snapshot === null || at - snapshot.at > maxAgeMs) {
      const members = lists.collect('staff', {}).then((items) => items.map(toMember));
      const taken = { at, members };
      snapshot = taken;
      // A failed read is not kept: the next lookup tries again.
      members.catch(() => {
        if (snapshot === taken) snapshot = null;
      });
    }
    return [...(await snapshot.members)];
  };

  /** Replaces whole (no eTag: the last sync wins, as with SQLite's upsert). */
  const replace = (item: ListItem, member: StaffMember): WriteRequest => ({
    op: 'update',
    list: 'staff',
    itemId: item.id,
    etag: null,
    fields: { Payload: JSON.stringify(member) },
  });
  const create = (member: StaffMember): WriteRequest => ({
    op: 'create',
    list: 'staff',
    fields: { StaffId: member.id, Payload: JSON.stringify(member) },
  });

  /** One member after a race: created meanwhile (409) or deleted meanwhile (404). */
  const upsertOne = async (member: StaffMember): Promise<void> => {
    for (let round = 0; round < 4; round += 1) {
      const item = await lists.findOne('staff', eq('StaffId', member.id));
      const result = await lists.writeOne(item === null ? create(member) : replace(item, member));
      if (result.ok) return;
      if (result.status !== 409 && result.status !== 404) throw unexpectedWrite(result);
    }
    throw new Error(`Staff member ${member.id} kept changing while written`);
  };

  return {
    async list() {
      return sortByName(await all());
    },
    async get(id) {
      return (await all()).find((member) => member.id === id) ?? null;
    },
    async supervisorsOf(serviceArea) {
      return sortByName(
        (await all()).filter(
          (m) => m.roles.includes('supervisor') && supervisedAreas(m).has(serviceArea),
        ),
      );
    },
    async upsert(members) {
      if (members.length === 0) return;
      snapshot = null;
      // The last of one id wins, as when SQLite upserts them in turn.
      const latest = [...new Map(members.map((m) => [m.id, m])).values()];
      const existing = new Map(
        (await lists.collect('staff', { select: ['StaffId'] })).map((item) => [
          textOf(item.fields, 'StaffId'),
          item,
        ]),
      );
      const requests = latest.map((member) => {
        const item = existing.get(member.id);
        return item === undefined ? create(member) : replace(item, member);
      });
      // Each stands alone: members are independent of each other.
      const results = await lists.write(requests, 'independent');
      for (const [i, result] of results.entries()) {
        const member = latest[i];
        if (member === undefined) throw new Error('A staff write answered for no member');
        if (result.ok) continue;
        if (result.status === 409 || result.status === 404) await upsertOne(member);
        else throw unexpectedWrite(result);
      }
      // What was read while the writes ran may predate them.
      snapshot = null;
    },
  };
}
