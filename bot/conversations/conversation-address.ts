import { TurnContext, type Activity, type ConversationReference } from 'botbuilder';
import type { ConversationAddress } from '../../src/ports';

/**
 * The core keeps a conversation reference as an opaque record; only the bot reads it.
 * The locale travels along so that proactive cards speak the recipient's language.
 */
export function addressOf(activity: Activity, at: Date): ConversationAddress {
  const reference = TurnContext.getConversationReference(activity);
  return {
    reference: JSON.parse(JSON.stringify(reference)) as Record<string, unknown>,
    locale: typeof activity.locale === 'string' && activity.locale !== '' ? activity.locale : null,
    updatedAt: at.toISOString(),
  };
}

/** Back from the stored record; refused when it lacks what a proactive send needs. */
export function referenceOf(address: ConversationAddress): Partial<ConversationReference> {
  const ref = address.reference as Partial<ConversationReference>;
  if (typeof ref.serviceUrl !== 'string' || typeof ref.conversation?.id !== 'string') {
    throw new Error('stored conversation reference lacks serviceUrl or conversation.id');
  }
  return ref;
}

/** Where an activity comes from: a user's personal chat, or a team's channel. */
export type Scope =
  | { readonly kind: 'personal'; readonly userId: string }
  | { readonly kind: 'team'; readonly teamId: string }
  | { readonly kind: 'other' };

type TeamsChannelData = { readonly team?: { readonly id?: unknown } };

export function scopeOf(activity: Activity): Scope {
  const type = activity.conversation?.conversationType;
  const team = (activity.channelData as TeamsChannelData | undefined)?.team?.id;
  if (typeof team === 'string' && team !== '') return { kind: 'team', teamId: team };
  const userId = activity.from?.aadObjectId;
  if ((type === 'personal' || type === undefined) && typeof userId === 'string' && userId !== '') {
    return { kind: 'personal', userId };
  }
  return { kind: 'other' };
}
