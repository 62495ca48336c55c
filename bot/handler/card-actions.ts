import type { AdaptiveCardInvokeResponse, AdaptiveCardInvokeValue, TurnContext } from 'botbuilder';
import {
  getObservation,
  transitionObservation,
  type AppError,
  type ObservationView,
} from '../../src/app';
import type { NewObservationData } from '../../src/domain/notification/notification';
import type { Actor } from '../../src/domain/policy/actor';
import { STATUS_CHOICES } from '../../src/i18n';
import {
  formatDateTime,
  noticeCard,
  observationCard,
  RETURN_VERB,
  TAKE_VERB,
  truncate,
  type CardContext,
  type CardJson,
} from '../cards';
import { botCatalogue, type BotCatalogue } from '../i18n';
import { actorOf } from './actor-of';
import type { BotDeps } from './bot-deps';
import { contextFor } from './card-reply';

type ActionData = { observationId?: unknown; returnReason?: unknown; feedback?: unknown };

/**
 * Action.Execute on a new-observation card: the real transition use case runs as the
 * clicking user (their roles from the staff directory, so a supervisor out of scope is
 * refused as on the tab). The answer is always a card: the refreshed card saying what was
 * done and by whom, or why nothing was.
 */
export async function onCardAction(
  context: TurnContext,
  invoke: AdaptiveCardInvokeValue,
  deps: BotDeps,
): Promise<AdaptiveCardInvokeResponse> {
  const ctx = contextFor(deps, context.activity);
  const t = botCatalogue(ctx.locale);
  const verb = invoke.action?.verb;
  const data = (invoke.action?.data ?? {}) as ActionData;
  const id = typeof data.observationId === 'string' ? data.observationId : null;
  if (id === null || (verb !== TAKE_VERB && verb !== RETURN_VERB)) {
    return cardResponse(noticeCard(t.newObservation.title, t.action.failed));
  }
  const actor = await actorOf(context.activity, deps.app.staff);
  if (actor === null) return cardResponse(noticeCard(t.newObservation.title, t.action.notSignedIn));

  const request =
    verb === TAKE_VERB
      ? { to: 'in_review' }
      : {
          to: 'returned',
          returnReason: typeof data.returnReason === 'string' ? data.returnReason : null,
          feedback: typeof data.feedback === 'string' ? data.feedback : null,
        };
  const outcome = await transitionObservation(deps.app, actor, id, request, null);
  if (outcome.ok) {
    const when = ctxDate(ctx, deps);
    const notice =
      verb === TAKE_VERB ? t.action.taken(actor.name, when) : t.action.returned(actor.name, when);
    return cardResponse(
      observationCard(ctx, summaryOf(outcome.value), { kind: 'done', notice, good: true }),
    );
  }
  return cardResponse(await refusalCard(ctx, t, deps, actor, id, outcome.error));
}

async function refusalCard(
  ctx: CardContext,
  t: BotCatalogue,
  deps: BotDeps,
  actor: Actor,
  id: string,
  error: AppError,
): Promise<CardJson> {
  const current = await getObservation(deps.app, actor, id);
  const notice = refusalText(ctx, t, error, current.ok ? current.value : null);
  if (!current.ok) return noticeCard(t.newObservation.title, notice);
  // A form problem keeps the buttons so the supervisor can fill in what was missing.
  const retry = error.code === 'validation' || error.code === 'personal_data';
  return observationCard(
    ctx,
    summaryOf(current.value),
    retry ? { kind: 'actionable', notice } : { kind: 'done', notice, good: false },
  );
}

function refusalText(
  ctx: CardContext,
  t: BotCatalogue,
  error: AppError,
  current: ObservationView | null,
): string {
  switch (error.code) {
    case 'stale':
    case 'illegal_transition': {
      const status = current?.status ?? 'received';
      return t.action.stale(
        STATUS_CHOICES.find((c) => c.id === status)?.label[ctx.locale] ?? status,
      );
    }
    case 'forbidden':
      return t.action.forbidden;
    case 'not_found':
      return t.action.notFound;
    case 'personal_data':
      return t.action.personalData;
    case 'idempotency_key_reused':
    case 'intranet_unavailable':
    case 'already_handled':
    case 'not_returned':
    case 'already_decided':
      // Only a filing, a publication, a reporter's own move or the public queue meets these; a card action
      // never does. Said plainly if it ever happens.
      return t.action.failed;
    case 'validation':
      return error.problems.some((p) => p.field === 'returnReason')
        ? t.action.reasonRequired
        : t.action.feedbackRequired;
  }
}

/** The card's content from the current observation (as the clicking user may see it). */
function summaryOf(view: ObservationView): NewObservationData {
  return {
    observationId: view.id,
    kind: view.kind,
    excerpt: truncate(view.description, 500),
    topic: view.topic,
    serviceArea: view.serviceArea,
    municipality: view.municipality,
    reporterName: view.reporterName,
    createdAt: view.createdAt,
  };
}

function ctxDate(ctx: CardContext, deps: BotDeps): string {
  return formatDateTime(deps.app.clock.now().toISOString(), ctx.locale, ctx.county.timeZone);
}

function cardResponse(card: CardJson): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card };
}
