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
 * @param areaSupervisors the supervisors of the observation's service area.
 */
export function newObservationNotifications(
  observation: FiledObservation,
  areaSupervisors: readonly { readonly id: string }[],
): Notification[] {
  const named = observation.supervisorId === null ? [] : [observation.supervisorId];
  const candidates = [...named, ...areaSupervisors.map((member) => member.id)];
  const recipients = [...new Set(candidates)].filter((id) => id !== observation.reporterId);
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
