import type { HistoryEntry, Observation } from '../observation/observation';
import { excerptOf } from './excerpt';
import {
  newObservationNotifications,
  type FiledObservation,
} from './new-observation-notifications';
import type { Notification } from './notification';

/**
 * A withdrawal, for those who answer for the observation (`handlers`, see answeringFor): a
 * short card so nobody starts on what the reporter took back.
 */
export function withdrawnNotifications(
  observation: Pick<Observation, 'id' | 'description' | 'reporterName'>,
  entry: HistoryEntry,
  handlers: readonly string[],
): Notification[] {
  const data = {
    observationId: observation.id,
    excerpt: excerptOf(observation.description),
    reporterName: observation.reporterName,
    at: entry.at,
  };
  return handlers.map((userId) => ({
    key: `observation_withdrawn:${entry.id}:${userId}`,
    recipient: { kind: 'user', userId },
    createdAt: entry.at,
    kind: 'observation_withdrawn',
    data,
  }));
}

/**
 * A resubmit after a return reaches the supervisors as the filing did: the new-observation
 * card (they can take it or return it again from Teams), marked as resubmitted. The key names
 * the resubmit's history entry, so it is not taken for the filing's own card.
 */
export function resubmittedNotifications(
  observation: FiledObservation,
  entry: HistoryEntry,
  areaSupervisors: readonly { readonly id: string }[],
  coordinators: readonly { readonly id: string }[] = [],
): Notification[] {
  return newObservationNotifications(observation, areaSupervisors, coordinators).map(
    (notification) =>
      notification.kind === 'new_observation' && notification.recipient.kind === 'user'
        ? {
            ...notification,
            key: `new_observation:${observation.id}:resubmit:${entry.id}:${notification.recipient.userId}`,
            createdAt: entry.at,
            data: { ...notification.data, resubmitted: true },
          }
        : notification,
  );
}
