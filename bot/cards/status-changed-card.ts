import type { StatusChangedData } from '../../src/domain/notification/notification';
import { RETURN_REASON_CHOICES, STATUS_CHOICES } from '../../src/i18n';
import { cardTools, type CardContext } from './card-context';
import { escapeCardText, userText } from './escape-text';
import { expandTemplate, scaled, withinSizeLimit, type CardJson } from './render-card';
import { tabLink } from './tab-links';
import template from './templates/status-changed.json';

/** For the reporter and co-reporters: where their observation went, why, and who moved it. */
export function statusChangedCard(ctx: CardContext, data: StatusChangedData): CardJson {
  const { t, dateTime } = cardTools(ctx);
  const status = STATUS_CHOICES.find((c) => c.id === data.to)?.label[ctx.locale] ?? data.to;
  const reason =
    data.returnReason === null
      ? null
      : (RETURN_REASON_CHOICES.find((c) => c.id === data.returnReason)?.label[ctx.locale] ??
        data.returnReason);
  return withinSizeLimit((detail) =>
    expandTemplate(template, {
      title: escapeCardText(t.statusChanged.title),
      summary: userText(data.excerpt, scaled(500, detail, 80)),
      facts: [
        { title: t.fields.status, value: escapeCardText(status) },
        ...(reason === null
          ? []
          : [{ title: t.fields.returnReason, value: escapeCardText(reason) }]),
        { title: t.fields.by, value: `${userText(data.actorName, 200)}, ${dateTime(data.at)}` },
      ],
      feedbackLabel: t.fields.feedback,
      feedback: data.feedback === null ? '' : userText(data.feedback, scaled(5000, detail, 200)),
      open: {
        label: t.statusChanged.timeline,
        url: tabLink(ctx.links, 'mine', data.observationId),
      },
    }),
  );
}
