import { MAX_FEEDBACK_LENGTH } from '../../src/domain/lifecycle/validate-transition-request';
import type { NewObservationData } from '../../src/domain/notification/notification';
import { KIND_CHOICES, RETURN_REASON_CHOICES } from '../../src/i18n';
import { cardTools, type CardContext } from './card-context';
import { escapeCardText, userText } from './escape-text';
import { expandTemplate, scaled, withinSizeLimit, type CardJson } from './render-card';
import { tabLink } from './tab-links';
import template from './templates/observation.json';

/** Verbs of the card's Action.Execute buttons; the bot's invoke handler answers these. */
export const TAKE_VERB = 'take_into_review';
export const RETURN_VERB = 'return';

export type ObservationCardState =
  /** Just arrived: the supervisor can take it or return it from the card. */
  | { readonly kind: 'actionable'; readonly notice?: string }
  /** After a click: what happened (or why nothing did), no buttons. */
  | { readonly kind: 'done'; readonly notice: string; readonly good: boolean };

/** The new-observation card for a supervisor, and the same card refreshed after a click. */
export function observationCard(
  ctx: CardContext,
  data: NewObservationData,
  state: ObservationCardState = { kind: 'actionable' },
): CardJson {
  const { t, label, dateTime } = cardTools(ctx);
  const kind = KIND_CHOICES.find((c) => c.id === data.kind)?.label[ctx.locale] ?? data.kind;
  return withinSizeLimit((detail) =>
    expandTemplate(template, {
      title: escapeCardText(
        data.resubmitted === true ? t.resubmitted.title : t.newObservation.title,
      ),
      summary: userText(data.excerpt, scaled(1500, detail, 100)),
      facts: [
        { title: t.fields.kind, value: escapeCardText(kind) },
        { title: t.fields.topic, value: label(ctx.county.topics, data.topic) },
        { title: t.fields.serviceArea, value: label(ctx.county.serviceAreas, data.serviceArea) },
        {
          title: t.fields.municipality,
          value: label(ctx.county.municipalities, data.municipality),
        },
        { title: t.fields.reporter, value: userText(data.reporterName, 200) },
        { title: t.fields.filed, value: dateTime(data.createdAt) },
      ],
      notice: userText(state.notice ?? '', 1000),
      noticeStyle: state.kind === 'done' && state.good ? 'good' : 'attention',
      canAct: state.kind === 'actionable',
      observationId: data.observationId,
      take: { label: t.newObservation.take },
      giveBack: {
        label: t.newObservation.returnIt,
        reasonLabel: t.newObservation.reasonLabel,
        reasons: RETURN_REASON_CHOICES.map((c) => ({ title: c.label[ctx.locale], value: c.id })),
        feedbackLabel: t.newObservation.feedbackLabel,
        feedbackPlaceholder: t.newObservation.feedbackPlaceholder,
        maxLength: MAX_FEEDBACK_LENGTH,
        send: t.newObservation.send,
      },
      open: { label: t.newObservation.open, url: tabLink(ctx.links, 'board', data.observationId) },
    }),
  );
}
