import type { Activity } from 'botbuilder';
import type { Actor, Role } from '../../src/domain/policy/actor';
import type { StaffDirectory } from '../../src/ports';

/**
 * The person behind an activity: `from.aadObjectId` is their Entra object id, the same id
 * the staff directory and the tab use, so roles come from the directory exactly as on the
 * HTTP edge. Someone not in the directory is a plain reporter; no id at all is nobody.
 */
export async function actorOf(activity: Activity, staff: StaffDirectory): Promise<Actor | null> {
  const id = activity.from?.aadObjectId;
  if (typeof id !== 'string' || id === '') return null;
  const known = await staff.get(id);
  const roles = new Set<Role>(['reporter', ...(known?.roles ?? [])]);
  return {
    id,
    name: known?.name ?? activity.from.name ?? id,
    email: known?.email ?? null,
    roles: [...roles],
    serviceAreas: known?.serviceAreas ?? [],
  };
}
