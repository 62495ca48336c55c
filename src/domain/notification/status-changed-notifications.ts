import type { HistoryEntry, Observation } from '../observation/observation';
import { isReachableReporter } from './reachable-reporter';
import { excerptOf } from './excerpt';
import type { Notification } from './notification';

/**
 * Tells the reporter and the co-reporters of every move of their observation, with the
 * feedback: a reporter left unsure what became of a report stops reporting (seed 003).
 * Whoever made the move is not told of it; the key names the history entry, so each move
 * reaches each person once.
 */
export function statusChangedNotifications(
  observation: Pick<Observation, 'id' | 'description' | 'reporterId' | 'coReporterIds'>,
  entry: HistoryEntry,
): Notification[] {
  const recipients = [...new Set([observation.reporterId, ...observation.coReporterIds])].filter(
    (id) => id !== entry.actorId && isReachableReporter(id),
  );
  const data = {
    observationId: observation.id,
    excerpt: excerptOf(observation.description),
    from: entry.from,
    to: entry.to,
    feedback: entry.feedback,
    returnReason: entry.returnReason,
    actorName: entry.actorName,
    at: entry.at,
  };
  return recipients.map((userId) => ({
    key: `status_changed:${entry.id}:${userId}`,
    recipient: { kind: 'user', userId },
    createdAt: entry.at,
    kind: 'status_changed',
    data,
  }));
}
