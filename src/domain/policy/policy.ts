import type { Observation } from '../observation/observation';
import type { Actor, Role } from './actor';
import type { BoardScope } from './board-scope';
import { isSupervisorInScope } from './supervisor-scope';

/** Roles that read and work on every observation of the county. */
const COUNTY_WIDE_ROLES: readonly Role[] = ['rake_member', 'rake_coordinator', 'admin'];

function hasCountyWideRole(actor: Actor): boolean {
  return actor.roles.some((role) => COUNTY_WIDE_ROLES.includes(role));
}

/** The reporter and co-reporters must always be able to follow what became of their report. */
export function isOwnObservation(
  actor: Actor,
  observation: Pick<Observation, 'reporterId' | 'coReporterIds'>,
): boolean {
  return observation.reporterId === actor.id || observation.coReporterIds.includes(actor.id);
}

/**
 * Reporter and co-reporters always; supervisors in scope; RAKE member, coordinator, admin all.
 * The editor role adds nothing: an editor sees only what they filed or co-reported.
 */
export function canView(actor: Actor, observation: Observation): boolean {
  return (
    isOwnObservation(actor, observation) ||
    hasCountyWideRole(actor) ||
    isSupervisorInScope(actor, observation)
  );
}

/** Supervisors and RAKE roles get a board; everyone else null (HTTP 403). */
export function boardScopeOf(actor: Actor): BoardScope | null {
  if (hasCountyWideRole(actor)) return { kind: 'all' };
  if (actor.roles.includes('supervisor')) {
    return { kind: 'supervisor', supervisorId: actor.id, serviceAreas: [...actor.serviceAreas] };
  }
  return null;
}

/**
 * Who may edit the ten-field triage record of this observation: the supervisor in scope and
 * the RAKE roles. Reporting alone gives no right to the supervisor's working notes.
 */
export function canTriage(actor: Actor, observation: Observation): boolean {
  return hasCountyWideRole(actor) || isSupervisorInScope(actor, observation);
}
