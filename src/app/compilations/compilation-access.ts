import type { Actor } from '../../domain/policy/actor';
import { canEditWorkspace } from '../../domain/policy/workspace-policy';

/**
 * Who may make and read a compilation of this area (null: all areas): the RAKE group and
 * admins any; a supervisor only of an area of their own.
 */
export function mayCompile(actor: Actor, serviceArea: string | null): boolean {
  if (canEditWorkspace(actor)) return true;
  return (
    actor.roles.includes('supervisor') &&
    serviceArea !== null &&
    actor.serviceAreas.includes(serviceArea)
  );
}

/** Whether the caller has any compilations to see at all (else 403, not an empty list). */
export const mayReadCompilations = (actor: Actor): boolean =>
  canEditWorkspace(actor) || actor.roles.includes('supervisor');
