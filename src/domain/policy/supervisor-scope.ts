import type { Observation } from '../observation/observation';
import type { Actor } from './actor';

/**
 * A supervisor answers for the observations of their service areas and for those whose
 * reporter named them (Kymenlaakso sends the form to the supervisor the reporter names).
 * Someone without the supervisor role is never in a supervisor's scope.
 */
export function isSupervisorInScope(
  actor: Actor,
  observation: Pick<Observation, 'serviceArea' | 'supervisorId'>,
): boolean {
  if (!actor.roles.includes('supervisor')) return false;
  return (
    actor.serviceAreas.includes(observation.serviceArea) || observation.supervisorId === actor.id
  );
}
