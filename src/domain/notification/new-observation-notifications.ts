import type { Observation } from '../observation/observation';
import { excerptOf } from './excerpt';
import type { Notification } from './notification';

/** What a new-observation card needs of the observation (the store assigns the rest). */
export type FiledObservation = Pick<
  Observation,
  | 'id'
  | 'kind'
  | 'description'
  | 'topic'
  | 'serviceArea'
  | 'municipality'
  | 'supervisorId'
  | 'reporterId'
  | 'reporterName'
  | 'createdAt'
>;

/**
 * Tells the supervisors who answer for a new observation: every supervisor of its service
 * area, and the supervisor the reporter named (Kymenlaakso's way) as well, so that the
 * area never misses what is filed in it. The reporter is not told of their own filing,
 * even when they supervise the area themselves.
 *
 * When nobody would be told (an area without a supervisor), the RAKE coordinators are: no
 * observation waits unseen (the silence the SOSRAKE report warns about).
 *
 * @param areaSupervisors the supervisors of the observation's service area.
 * @param coordinators the county's RAKE coordinators.
 */
export function newObservationNotifications(
  observation: FiledObservation,
  areaSupervisors: readonly { readonly id: string }[],
  coordinators: readonly { readonly id: string }[] = [],
): Notification[] {
  const recipients = answeringFor(observation, areaSupervisors, coordinators);
  const data = {
    observationId: observation.id,
    kind: observation.kind,
    excerpt: excerptOf(observation.description),
    topic: observation.topic,
    serviceArea: observation.serviceArea,
    municipality: observation.municipality,
    reporterName: observation.reporterName,
    createdAt: observation.createdAt,
  };
  return recipients.map((userId) => ({
    key: `new_observation:${observation.id}:${userId}`,
    recipient: { kind: 'user', userId },
    createdAt: observation.createdAt,
    kind: 'new_observation',
    data,
  }));
}

/**
 * Who answers for an observation (ids, without its reporter): the named supervisor and the
 * area's supervisors, or the coordinators when there is none. The reporters' follow-up (a
 * withdrawal, a resubmit, a message) reaches the same people as the filing did.
 */
export function answeringFor(
  observation: Pick<FiledObservation, 'supervisorId' | 'reporterId'>,
  areaSupervisors: readonly { readonly id: string }[],
  coordinators: readonly { readonly id: string }[] = [],
): string[] {
  const named = observation.supervisorId === null ? [] : [observation.supervisorId];
  const others = (ids: readonly string[]): string[] =>
    [...new Set(ids)].filter((id) => id !== observation.reporterId);
  const answering = others([...named, ...areaSupervisors.map((member) => member.id)]);
  return answering.length > 0 ? answering : others(coordinators.map((member) => member.id));
}
