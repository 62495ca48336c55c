import {
  recipientKey,
  type Notification,
  type Recipient,
} from '../../domain/notification/notification';
import type {
  Clock,
  ConversationAddress,
  ConversationDirectory,
  NotificationOutbox,
  OutboxEntry,
  SendOutcome,
  TeamsMessenger,
} from '../../ports';
import { retryDelayMs, type DeliveryOptions } from './delivery-options';
import type { RateLimits } from './rate-limits';

export type DeliveryContext = {
  readonly outbox: NotificationOutbox;
  readonly conversations: ConversationDirectory;
  readonly messenger: TeamsMessenger;
  readonly clock: Clock;
  readonly options: DeliveryOptions;
  readonly limits: RateLimits;
  /** Conversations Teams asked us to leave alone until the given time (Retry-After). */
  readonly pausedUntil: Map<string, number>;
  /** True once the worker is stopping: a send not yet begun is left for the next run. */
  stopping(): boolean;
  /**
   * False once the entry's lease was lost (a renewal was refused) or ran out (renewals
   * failed): another worker may be sending it, so this one must not.
   */
  holds(key: string): boolean;
};

/** One conversation per recipient: a user's personal chat, or the RAKE channel. */
const conversationOf = (recipient: Recipient): string => recipientKey(recipient);

/**
 * Takes one claimed entry to its end state for this attempt: delivered, retry later,
 * not installed or dead. Exactly once per key rests on three things: the outbox keeps a key
 * once; a claim leases the entry (renewed while held) so nobody else sends it meanwhile, and
 * an entry whose lease was lost is not sent; and `markDelivered`
 * follows the send with nothing awaited in between (the SQLite store commits it with the
 * other marks of the same turn). What remains is the one window no outbox can close: a crash
 * after Teams accepted the message and before `delivered` was committed sends it again after
 * the restart (Teams has no idempotency key for proactive messages).
 */
export async function deliverOne(ctx: DeliveryContext, entry: OutboxEntry): Promise<void> {
  const { outbox, clock } = ctx;
  const { notification } = entry;
  const address = await addressOf(ctx.conversations, notification.recipient);
  if (address === null) {
    await outbox.markNotInstalled(notification.key, clock.now());
    return;
  }
  const conversation = conversationOf(notification.recipient);
  await ctx.limits.run(conversation, async () => {
    // Checked at the last moment: the turn may have come long after the claim.
    if (ctx.stopping() || !ctx.holds(notification.key)) return;
    const paused = ctx.pausedUntil.get(conversation) ?? 0;
    if (paused > clock.now().getTime()) {
      // Teams asked for quiet in this conversation: wait with the others rather than ask again.
      await outbox.markRetry(notification.key, new Date(paused), 'waiting for Retry-After');
      return;
    }
    const outcome = await send(ctx.messenger, address, notification);
    if (outcome.kind === 'sent') {
      await outbox.markDelivered(notification.key, clock.now());
      return;
    }
    await settleFailure(ctx, entry, conversation, outcome);
  });
}

async function settleFailure(
  ctx: DeliveryContext,
  entry: OutboxEntry,
  conversation: string,
  outcome: Exclude<SendOutcome, { kind: 'sent' }>,
): Promise<void> {
  const { outbox, clock, options } = ctx;
  const { key, recipient } = entry.notification;
  const now = clock.now();
  switch (outcome.kind) {
    case 'retry': {
      if (outcome.retryAfterMs !== null) {
        ctx.pausedUntil.set(conversation, now.getTime() + outcome.retryAfterMs);
      }
      const attempts = entry.attempts + 1;
      if (attempts >= options.maxAttempts) {
        await outbox.markDead(key, `gave up after ${attempts} attempts: ${outcome.error}`, now);
        return;
      }
      const delay = retryDelayMs(attempts, outcome.retryAfterMs, options);
      await outbox.markRetry(key, new Date(now.getTime() + delay), outcome.error);
      return;
    }
    case 'gone':
      // The app was removed or the user left: the stored conversation is of no more use, and
      // the entry waits (shown to admins) until the recipient installs the app again.
      if (recipient.kind === 'user') await ctx.conversations.forgetUser(recipient.userId);
      await outbox.markNotInstalled(key, now);
      return;
    case 'failed':
      await outbox.markDead(key, outcome.error, now);
      return;
  }
}

function addressOf(
  conversations: ConversationDirectory,
  recipient: Recipient,
): Promise<ConversationAddress | null> {
  return recipient.kind === 'user'
    ? conversations.user(recipient.userId)
    : conversations.rakeChannel();
}

/** A messenger that throws has not told us Teams refused: treat it as worth another try. */
async function send(
  messenger: TeamsMessenger,
  address: ConversationAddress,
  notification: Notification,
): Promise<SendOutcome> {
  try {
    return await messenger.send(address, notification);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { kind: 'retry', retryAfterMs: null, error: message };
  }
}
