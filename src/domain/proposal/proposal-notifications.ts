import { excerptOf } from '../notification/excerpt';
import { isReachableReporter } from '../notification/reachable-reporter';
import type { Notification } from '../notification/notification';
import type { Observation } from '../observation/observation';
import type { Proposal, ProposalHistoryEntry } from './proposal';

/** How many of a recipient's own observations a notification names. */
const NAMED_OBSERVATIONS = 3;

/** Decided (accepted, rejected) and done: the moves a reporter hears of. */
export const tellsReporters = (to: Proposal['status']): boolean =>
  to === 'accepted' || to === 'rejected' || to === 'done';

/**
 * Tells every reporter and co-reporter of the observations the proposal rests on (directly
 * or through its phenomena: the caller passes them all) that it was decided or done. Each
 * person once per move, whoever made the move not at all.
 */
export function proposalChangedNotifications(
  proposal: Proposal,
  entry: ProposalHistoryEntry,
  restingOn: readonly Pick<Observation, 'id' | 'description' | 'reporterId' | 'coReporterIds'>[],
): Notification[] {
  if (!tellsReporters(entry.to)) return [];
  const own = new Map<string, { observationId: string; excerpt: string }[]>();
  for (const observation of restingOn) {
    for (const userId of new Set([observation.reporterId, ...observation.coReporterIds])) {
      if (userId === entry.actorId || !isReachableReporter(userId)) continue;
      const list = own.get(userId) ?? [];
      list.push({ observationId: observation.id, excerpt: excerptOf(observation.description) });
      own.set(userId, list);
    }
  }
  const outcome = entry.to === 'done' ? proposal.result : proposal.decision;
  return [...own].map(([userId, observations]) => ({
    key: `proposal_changed:${entry.id}:${userId}`,
    recipient: { kind: 'user', userId },
    createdAt: entry.at,
    kind: 'proposal_changed',
    data: {
      proposalId: proposal.id,
      title: proposal.title,
      to: entry.to,
      outcome,
      decisionBody: proposal.decisionBody,
      observations: observations.slice(0, NAMED_OBSERVATIONS),
      at: entry.at,
    },
  }));
}
