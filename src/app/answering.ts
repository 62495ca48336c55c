import { answeringFor } from '../domain/notification/new-observation-notifications';
import type { Observation } from '../domain/observation/observation';
import type { StaffMember } from '../ports';
import type { AppDeps } from './app-deps';
import { liveNamedSupervisor } from './named-supervisor';

/** Who answers for an observation, as the notifications of its filing need them. */
export type AnsweringStaff = {
  /** The named supervisor if they still are one (liveNamedSupervisor), else null. */
  readonly supervisorId: string | null;
  readonly areaSupervisors: readonly StaffMember[];
  /** The RAKE coordinators, only when nobody else answers (an area without supervisors). */
  readonly coordinators: readonly StaffMember[];
};

/**
 * The one routing rule of every filing, resubmit and accepted public submission: the named
 * supervisor and the area's supervisors, else the RAKE coordinators, so that no observation
 * waits unseen. Looked up before the write, so those told are told in the same commit.
 */
export async function answeringStaff(
  deps: Pick<AppDeps, 'staff'>,
  observation: Pick<Observation, 'serviceArea' | 'supervisorId'>,
): Promise<AnsweringStaff> {
  const areaSupervisors = await deps.staff.supervisorsOf(observation.serviceArea);
  // A named supervisor who is gone answers for nothing.
  const supervisorId = await liveNamedSupervisor(deps.staff, observation.supervisorId);
  const coordinators =
    areaSupervisors.length === 0 && supervisorId === null
      ? (await deps.staff.list()).filter((member) => member.roles.includes('rake_coordinator'))
      : [];
  return { supervisorId, areaSupervisors, coordinators };
}

/** The ids of those who answer for the observation now (answeringStaff). */
export async function answeringOf(
  deps: Pick<AppDeps, 'staff'>,
  observation: Pick<Observation, 'serviceArea' | 'supervisorId' | 'reporterId'>,
): Promise<string[]> {
  const { supervisorId, areaSupervisors, coordinators } = await answeringStaff(deps, observation);
  return answeringFor({ ...observation, supervisorId }, areaSupervisors, coordinators);
}
