import type {
  ObservationMessageData,
  ObservationWithdrawnData,
} from '../../src/domain/notification/notification';
import { STATUS_CHOICES } from '../../src/i18n';
import { cardTools, type CardContext } from './card-context';
import { escapeCardText, userText } from './escape-text';
import { expandTemplate, scaled, withinSizeLimit, type CardJson } from './render-card';
import { tabLink } from './tab-links';
import template from './templates/status-changed.json';

/** For those who would have answered: the reporter took the observation back. */
export function withdrawnCard(ctx: CardContext, data: ObservationWithdrawnData): CardJson {
  const { t, dateTime } = cardTools(ctx);
  return withinSizeLimit((detail) =>
    expandTemplate(template, {
      title: escapeCardText(t.withdrawn.title),
      summary: userText(data.excerpt, scaled(500, detail, 80)),
      facts: [
        { title: t.fields.reporter, value: userText(data.reporterName, 200) },
        { title: t.fields.by, value: dateTime(data.at) },
      ],
      feedbackLabel: escapeCardText(
        STATUS_CHOICES.find((c) => c.id === 'withdrawn')?.label[ctx.locale] ?? 'withdrawn',
      ),
      feedback: escapeCardText(t.withdrawn.text),
      open: { label: t.withdrawn.open, url: tabLink(ctx.links, 'board', data.observationId) },
    }),
  );
}

/**
 * A message on an observation, for the other side: reporters open their own reports, those
 * handling it the board.
 */
export function messageCard(ctx: CardContext, data: ObservationMessageData): CardJson {
  const { t, dateTime } = cardTools(ctx);
  const mine = data.audience === 'reporter';
  return withinSizeLimit((detail) =>
    expandTemplate(template, {
      title: escapeCardText(t.message.title),
      summary: userText(data.text, scaled(1000, detail, 200)),
      facts: [
        {
          title: t.message.from,
          value: `${userText(data.authorName, 200)}, ${dateTime(data.at)}`,
        },
        { title: t.message.observation, value: userText(data.excerpt, scaled(300, detail, 80)) },
      ],
      feedbackLabel: '',
      feedback: '',
      open: {
        label: mine ? t.message.openMine : t.message.openBoard,
        url: tabLink(ctx.links, mine ? 'mine' : 'board', data.observationId),
      },
    }),
  );
}
