import {
  ActivityHandler,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type TurnContext,
} from 'botbuilder';
import type { BotDeps } from './bot-deps';
import { onCardAction } from './card-actions';
import { onCommand } from './commands';
import { onInstalled, onRemoved, rememberSender } from './installation';

/** The Teams bot: installation, personal commands and Action.Execute on its cards. */
export class RakeBot extends ActivityHandler {
  constructor(private readonly deps: BotDeps) {
    super();
    this.onInstallationUpdateAdd(async (context, next) => {
      await onInstalled(context, deps, 'installation');
      await next();
    });
    this.onInstallationUpdateRemove(async (context, next) => {
      await onRemoved(context, deps);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      if (botIn(context, context.activity.membersAdded))
        await onInstalled(context, deps, 'conversation');
      await next();
    });
    this.onMembersRemoved(async (context, next) => {
      if (botIn(context, context.activity.membersRemoved)) await onRemoved(context, deps);
      await next();
    });
    this.onMessage(async (context, next) => {
      await rememberSender(context, deps);
      // A card's Action.Submit fallback arrives as a message with a value and no text.
      if (typeof context.activity.text === 'string') await onCommand(context, deps);
      await next();
    });
  }

  protected override onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    return onCardAction(context, invokeValue, this.deps);
  }
}

function botIn(context: TurnContext, members: readonly { id: string }[] | undefined): boolean {
  return (members ?? []).some((m) => m.id === context.activity.recipient?.id);
}
