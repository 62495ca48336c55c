import type { ObservationView } from '../../src/app';
import { STATUS_CHOICES } from '../../src/i18n';
import { cardTools, type CardContext } from './card-context';
import { escapeCardText, userText } from './escape-text';
import { listCard } from './list-card';
import { scaled, withinSizeLimit, type CardJson } from './render-card';
import { tabLink } from './tab-links';

const MAX_ROWS = 20;

/**
 * `my reports`: the user's observations, newest first, with their status. `mine` is the first
 * page; `more` says that pages follow it (then the count of the rest is unknown: "over N").
 */
export function myReportsCard(
  ctx: CardContext,
  mine: readonly ObservationView[],
  more = false,
): CardJson {
  const { t, label, dateTime } = cardTools(ctx);
  return withinSizeLimit((detail) => {
    const rows = mine.slice(0, scaled(MAX_ROWS, detail));
    const status = (id: string): string =>
      STATUS_CHOICES.find((c) => c.id === id)?.label[ctx.locale] ?? id;
    return listCard({
      title: escapeCardText(t.myReports.title),
      intro: mine.length === 0 ? [escapeCardText(t.myReports.empty)] : [],
      items: rows.map((o) => ({
        text: userText(o.description, scaled(200, detail, 40)),
        detail:
          `${escapeCardText(status(o.status))} · ${label(ctx.county.topics, o.topic)} · ` +
          dateTime(o.createdAt),
      })),
      more: more
        ? escapeCardText(t.myReports.moreThan(mine.length - rows.length))
        : mine.length > rows.length
          ? escapeCardText(t.myReports.more(mine.length - rows.length))
          : '',
      links: [{ label: t.myReports.open, url: tabLink(ctx.links, 'mine', null) }],
    });
  });
}
