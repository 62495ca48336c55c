import { answeringFor } from '../../domain/notification/new-observation-notifications';
import type { Observation } from '../../domain/observation/observation';
import type { AppDeps } from '../app-deps';
import { liveNamedSupervisor } from '../named-supervisor';

/**
 * Who answers for the observation now, as a filing in its area would be routed: the named
 * supervisor and the area's supervisors, else the RAKE coordinators.
 */
export async function answeringOf(
  deps: Pick<AppDeps, 'staff'>,
  observation: Pick<Observation, 'serviceArea' | 'supervisorId' | 'reporterId'>,
): Promise<string[]> {
  const areaSupervisors = await deps.staff.supervisorsOf(observation.serviceArea);
  // A named supervisor who is gone answers for nothing (liveNamedSupervisor).
  const supervisorId = await liveNamedSupervisor(deps.staff, observation.supervisorId);
  const coordinators =
    areaSupervisors.length === 0 && supervisorId === null
      ? (await deps.staff.list()).filter((member) => member.roles.includes('rake_coordinator'))
      : [];
  return answeringFor({ ...observation, supervisorId }, areaSupervisors, coordinators);
}
