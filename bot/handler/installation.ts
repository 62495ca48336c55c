import type { TurnContext } from 'botbuilder';
import { welcomeCard } from '../cards';
import { addressOf, scopeOf } from '../conversations';
import type { BotDeps } from './bot-deps';
import { cardMessage, contextFor } from './card-reply';

/**
 * The app was added (installationUpdate add, or conversationUpdate naming the bot among the
 * members added; Teams sends both). The reference is stored each time; the welcome goes out
 * once: on the first personal install of this user, or on a team's installationUpdate.
 */
export async function onInstalled(
  context: TurnContext,
  deps: BotDeps,
  via: 'installation' | 'conversation',
): Promise<void> {
  const activity = context.activity;
  const scope = scopeOf(activity);
  const address = addressOf(activity, deps.app.clock.now());
  const ctx = contextFor(deps, activity);
  const now = deps.app.clock.now();
  if (scope.kind === 'personal') {
    const known = await deps.conversations.user(scope.userId);
    await deps.conversations.saveUser(scope.userId, address);
    if (known === null) await context.sendActivity(cardMessage(welcomeCard(ctx, 'personal')));
    // After the welcome: answers that came before the install now reach the reporter.
    await deps.outbox.requeueNotInstalled({ kind: 'user', userId: scope.userId }, now);
  } else if (scope.kind === 'team') {
    await deps.conversations.saveTeam(scope.teamId, address);
    if (via === 'installation') await context.sendActivity(cardMessage(welcomeCard(ctx, 'team')));
    await deps.outbox.requeueNotInstalled({ kind: 'rake_channel' }, now);
  }
}

/** The app was removed: forget the conversation, so nothing is sent into the void. */
export async function onRemoved(context: TurnContext, deps: BotDeps): Promise<void> {
  const scope = scopeOf(context.activity);
  if (scope.kind === 'personal') await deps.conversations.forgetUser(scope.userId);
  if (scope.kind === 'team') await deps.conversations.forgetTeam(scope.teamId);
}

/** Each personal message refreshes the reference and the user's language. */
export async function rememberSender(context: TurnContext, deps: BotDeps): Promise<void> {
  const scope = scopeOf(context.activity);
  if (scope.kind !== 'personal') return;
  await deps.conversations.saveUser(
    scope.userId,
    addressOf(context.activity, deps.app.clock.now()),
  );
}
