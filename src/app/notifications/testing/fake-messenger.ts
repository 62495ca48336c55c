import type { Notification } from '../../../domain/notification/notification';
import type { ConversationAddress, SendOutcome, TeamsMessenger } from '../../../ports';

export type SentMessage = {
  readonly key: string;
  readonly conversation: string;
  /** Real time of the send, in ms since the fake was made (pacing tests). */
  readonly atMs: number;
};

type Script = (notification: Notification, attempt: number) => SendOutcome | Promise<SendOutcome>;

/**
 * A TeamsMessenger that records what it was asked to send and answers as scripted per
 * notification key (default: sent). `attempt` counts the sends of that key, from 1.
 */
export function fakeMessenger(script: Script = () => ({ kind: 'sent' })) {
  const started = Date.now();
  const attempts = new Map<string, number>();
  const sent: SentMessage[] = [];
  const tried: string[] = [];
  const messenger: TeamsMessenger = {
    async send(address: ConversationAddress, notification: Notification): Promise<SendOutcome> {
      const attempt = (attempts.get(notification.key) ?? 0) + 1;
      attempts.set(notification.key, attempt);
      tried.push(notification.key);
      const outcome = await script(notification, attempt);
      if (outcome.kind === 'sent') {
        const conversation = JSON.stringify(address.reference);
        sent.push({ key: notification.key, conversation, atMs: Date.now() - started });
      }
      return outcome;
    },
  };
  return { messenger, sent, tried, attempts };
}
