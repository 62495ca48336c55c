import { CardFactory, type CloudAdapter, type TurnContext } from 'botbuilder';
import type { CountyConfig } from '../../src/domain/county/county-config';
import type { Notification } from '../../src/domain/notification/notification';
import type { ConversationAddress, SendOutcome, TeamsMessenger } from '../../src/ports';
import { notificationCard, type TabLinks } from '../cards';
import { referenceOf } from '../conversations';
import { botLocale } from '../i18n';
import { outcomeOfError } from './send-outcome';

type Pipeline = { removePolicy(options: { phase: string }): unknown };

/**
 * Proactive cards through the adapter. Each send is one attempt: the SDK's HTTP pipeline
 * would otherwise retry 429s and 5xx on its own, sleeping inside the send, hiding the
 * Retry-After from the delivery worker that keeps the rate limits and the back-off.
 */
export function createBotMessenger(
  adapter: CloudAdapter,
  appId: string,
  /** Read at each send: the county's lists follow the admin's settings. */
  county: CountyConfig | (() => CountyConfig),
  links: TabLinks,
  clock: { now(): Date },
): TeamsMessenger {
  return {
    async send(address: ConversationAddress, notification: Notification): Promise<SendOutcome> {
      const card = notificationCard(
        {
          locale: botLocale(address.locale),
          county: typeof county === 'function' ? county() : county,
          links,
        },
        notification,
      );
      // The adapter hands errors inside the turn to onTurnError, so the send's own failure
      // is caught here and turned into the outcome the worker needs.
      let failure: unknown = null;
      try {
        const reference = referenceOf(address);
        await adapter.continueConversationAsync(appId, reference, async (context) => {
          singleAttempt(context);
          try {
            await context.sendActivity({
              type: 'message',
              attachments: [CardFactory.adaptiveCard(card)],
            });
          } catch (error) {
            failure = error ?? new Error('send failed');
          }
        });
      } catch (error) {
        failure = error ?? new Error('send failed');
      }
      return failure === null ? { kind: 'sent' } : outcomeOfError(failure, clock.now());
    },
  };
}

/** Removes the retry phase from this turn's connector client (the SDK exposes no option). */
function singleAttempt(context: TurnContext): void {
  const connector: unknown = context.turnState.get(context.adapter.ConnectorClientKey);
  const pipeline = (connector as { client?: { pipeline?: Pipeline } } | undefined)?.client
    ?.pipeline;
  pipeline?.removePolicy({ phase: 'Retry' });
}
