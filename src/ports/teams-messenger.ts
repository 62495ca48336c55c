import type { Notification } from '../domain/notification/notification';
import type { ConversationAddress } from './conversation-directory';

/** What one send attempt came to; the delivery worker decides what to do next. */
export type SendOutcome =
  | { readonly kind: 'sent' }
  /** 429 or 5xx: try again, not before `retryAfterMs` when the service said so. */
  | { readonly kind: 'retry'; readonly retryAfterMs: number | null; readonly error: string }
  /** The conversation is gone (403/404: app removed, user left). */
  | { readonly kind: 'gone'; readonly error: string }
  /** A fault that another try will not mend (400 …). */
  | { readonly kind: 'failed'; readonly error: string };

/** Sends a notification as a card to a conversation (the bot adapter implements it). */
export interface TeamsMessenger {
  send(address: ConversationAddress, notification: Notification): Promise<SendOutcome>;
}
