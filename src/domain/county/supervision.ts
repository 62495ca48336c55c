import { z } from 'zod';

/**
 * How the admin set up supervision in the app, per service area: the areas whose supervisors
 * the admin has saved (from then on the stored assignment is the truth for that area, and
 * RAKE_SUPERVISOR_AREAS no longer applies to it), and the Entra groups whose members
 * supervise the area from their first sign-in.
 */
export type Supervision = {
  readonly areas: Readonly<Record<string, { readonly groupIds: readonly string[] }>>;
};

export const EMPTY_SUPERVISION: Supervision = { areas: {} };

const GROUP_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** An Entra group object id as the `groups` claim carries it (a GUID, lower-cased here). */
export const isGroupId = (text: string): boolean => GROUP_ID.test(text.toLowerCase());

const schema = z.object({
  areas: z.record(z.string(), z.object({ groupIds: z.array(z.string()) })),
});

/** The stored document, or the empty one when it is missing or unreadable. */
export function readSupervision(value: unknown): Supervision {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : EMPTY_SUPERVISION;
}

/** The areas whose supervisors an admin has saved in the app. */
export const administeredAreas = (supervision: Supervision): ReadonlySet<string> =>
  new Set(Object.keys(supervision.areas));

/** Group id → the areas its members supervise. */
export function areasByGroup(supervision: Supervision): ReadonlyMap<string, readonly string[]> {
  const byGroup = new Map<string, string[]>();
  for (const [area, { groupIds }] of Object.entries(supervision.areas)) {
    for (const group of groupIds) {
      const id = group.toLowerCase();
      byGroup.set(id, [...(byGroup.get(id) ?? []), area]);
    }
  }
  return byGroup;
}

/** The areas a sign-in's `groups` claim gives, in the county's order of areas. */
export function areasOfGroups(supervision: Supervision, groups: readonly string[]): string[] {
  const byGroup = areasByGroup(supervision);
  return [...new Set(groups.flatMap((group) => byGroup.get(group.toLowerCase()) ?? []))];
}

/** The document after the admin saved an area's supervisors (and its groups, when given). */
export function withAreaSaved(
  supervision: Supervision,
  area: string,
  groupIds: readonly string[] | undefined,
): Supervision {
  const before = supervision.areas[area]?.groupIds ?? [];
  const groups =
    groupIds === undefined ? before : [...new Set(groupIds.map((g) => g.toLowerCase()))];
  return { areas: { ...supervision.areas, [area]: { groupIds: groups } } };
}

/**
 * The service areas assigned to a person at sign-in. For an area the admin has saved, the
 * directory's entry is the truth. For the others, RAKE_SUPERVISOR_AREAS (when configured, its
 * entry for the person, or none) is a bootstrap; without it, the directory's entry stands.
 */
export function assignedAreasAtSignIn(input: {
  readonly stored: readonly string[];
  readonly bootstrap: readonly string[] | null;
  readonly administered: ReadonlySet<string>;
}): string[] {
  if (input.bootstrap === null) return [...new Set(input.stored)];
  const kept = input.stored.filter((area) => input.administered.has(area));
  const fromBootstrap = input.bootstrap.filter((area) => !input.administered.has(area));
  return [...new Set([...kept, ...fromBootstrap])];
}
