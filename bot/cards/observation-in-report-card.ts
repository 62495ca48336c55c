import type { ObservationInReportData } from '../../src/domain/notification/notification';
import { cardTools, type CardContext } from './card-context';
import { escapeCardText, userText } from './escape-text';
import { expandTemplate, scaled, withinSizeLimit, type CardJson } from './render-card';
import { absoluteUrl } from './tab-links';
import template from './templates/observation-in-report.json';

/**
 * For a reporter whose observations a published report rests on: what they reported reached
 * the county's report, and the page to read it on.
 */
export function observationInReportCard(ctx: CardContext, data: ObservationInReportData): CardJson {
  const { t } = cardTools(ctx);
  const r = t.reports;
  const count = data.observationCount;
  const annual = data.kind === 'annual' && data.year !== undefined;
  const reportTitle = userText(data.title, 300);
  const hidden = count - data.observations.length;
  return withinSizeLimit((detail) =>
    expandTemplate(template, {
      title: annual
        ? r.yours.annualTitle(String(data.year), count)
        : r.yours.title(reportTitle, count),
      facts: [
        // The heading names any other report already; an annual one by its year only.
        ...(annual ? [{ title: r.yours.report, value: reportTitle }] : []),
        { title: r.kind, value: escapeCardText(r.kinds[data.kind]) },
        { title: r.yours.count, value: String(count) },
      ],
      observationsLabel: r.yours.list,
      observations: data.observations.map((o) => ({
        excerpt: userText(o.excerpt, scaled(300, detail, 60)),
      })),
      more: hidden > 0 ? escapeCardText(r.yours.more(hidden)) : '',
      nameless: escapeCardText(r.yours.nameless),
      open: { label: r.openPage, url: absoluteUrl(ctx.links, data.url) },
    }),
  );
}
