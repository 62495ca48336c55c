import { CardFactory, type Activity } from 'botbuilder';
import type { CardContext, CardJson } from '../cards';
import { botLocale } from '../i18n';
import type { BotDeps } from './bot-deps';

/** The card context for answering this activity, in its sender's language. */
export function contextFor(deps: BotDeps, activity: Activity): CardContext {
  return { locale: botLocale(activity.locale), county: deps.app.county, links: deps.links };
}

/** A message carrying one Adaptive Card. */
export function cardMessage(card: CardJson): Partial<Activity> {
  return { type: 'message', attachments: [CardFactory.adaptiveCard(card)] };
}
