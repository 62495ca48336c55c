import type { Notification } from '../notification/notification';
import { excerptOf } from '../notification/excerpt';
import { isReachableReporter } from '../notification/reachable-reporter';
import type { Observation } from '../observation/observation';
import type { ObservationMessage } from './observation-message';

/** Longest part of a message a card shows; the whole thread is in the tab. */
export const MESSAGE_EXCERPT_MAX = 1000;

/**
 * Who hears of a message: the other side. A reporter's (or co-reporter's) message goes to
 * those who answer for the observation (`handlers`: its supervisors, or the coordinators when
 * the area has none) and to every handler who has written in the thread; a handler's message
 * goes to the reporter and co-reporters and to the other handlers who have written. The author
 * is never told of their own message; the key names the message, so each reaches each once.
 *
 * @param handlers who answers for the observation now (as a new filing would be routed).
 * @param thread the messages written before this one.
 */
export function messageNotifications(
  observation: Pick<Observation, 'id' | 'description' | 'reporterId' | 'coReporterIds'>,
  message: ObservationMessage,
  handlers: readonly { readonly id: string }[],
  thread: readonly ObservationMessage[],
): Notification[] {
  // A resident of the public form, or a reporter retention removed, is nobody the bot can tell.
  const reporters = [observation.reporterId, ...observation.coReporterIds].filter(
    isReachableReporter,
  );
  const writingHandlers = thread.filter((m) => m.side === 'handler').map((m) => m.authorId);
  const ids =
    message.side === 'reporter'
      ? [...handlers.map((h) => h.id), ...writingHandlers]
      : [...reporters, ...writingHandlers];
  const recipients = [...new Set(ids)].filter((id) => id !== message.authorId);
  const data = {
    observationId: observation.id,
    messageId: message.id,
    excerpt: excerptOf(observation.description),
    text: excerptOf(message.text, MESSAGE_EXCERPT_MAX),
    authorName: message.authorName,
    at: message.at,
  };
  return recipients.map((userId) => ({
    key: `observation_message:${message.id}:${userId}`,
    recipient: { kind: 'user', userId },
    createdAt: message.at,
    kind: 'observation_message',
    // Where the card links: the reporters' own view, or the board.
    data: { ...data, audience: reporters.includes(userId) ? 'reporter' : 'handler' },
  }));
}
