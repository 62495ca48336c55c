import type { ReportPublishedData } from '../../src/domain/notification/notification';
import { cardTools, type CardContext } from './card-context';
import { escapeCardText, userText } from './escape-text';
import { listCard } from './list-card';
import type { CardJson } from './render-card';
import { absoluteUrl, reportLink } from './tab-links';

/** To the RAKE channel: a report went up on the intranet subpage, or a new version of it. */
export function reportPublishedCard(ctx: CardContext, data: ReportPublishedData): CardJson {
  const { t, dateTime } = cardTools(ctx);
  const r = t.reports;
  const heading = data.republished ? r.published.republishedTitle : r.published.title;
  // Bounded texts only (a title and a name, cut): no need to shed detail for the size limit.
  return listCard({
    title: heading(userText(data.title, 300)),
    factSets: [
      {
        heading: '',
        facts: [
          { title: r.kind, value: escapeCardText(r.kinds[data.kind]) },
          { title: r.published.publishedBy, value: userText(data.publishedByName, 200) },
          { title: r.published.publishedAt, value: dateTime(data.publishedAt) },
          { title: r.published.version, value: String(data.version) },
        ],
      },
    ],
    links: [
      { label: r.openPage, url: absoluteUrl(ctx.links, data.url) },
      { label: r.openInTab, url: reportLink(ctx.links, data.reportId) },
    ],
  });
}
