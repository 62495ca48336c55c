import type { EnrichmentRequestedData } from '../../src/domain/notification/notification';
import { cardTools, type CardContext } from './card-context';
import { escapeCardText, userText } from './escape-text';
import { expandTemplate, scaled, withinSizeLimit, type CardJson } from './render-card';
import { formatDate } from './format-date';
import { tabLink } from './tab-links';
import template from './templates/enrichment.json';

/**
 * For a service area's supervisors and the people named: the RAKE group asks them to enrich
 * observations with their comments and proposals by the due date (or reminds them of it).
 */
export function enrichmentCard(ctx: CardContext, data: EnrichmentRequestedData): CardJson {
  const { t, label } = cardTools(ctx);
  return withinSizeLimit((detail) =>
    expandTemplate(template, {
      title: escapeCardText(data.reminder ? t.enrichment.reminderTitle : t.enrichment.title),
      facts: [
        {
          title: t.enrichment.serviceArea,
          value: label(ctx.county.serviceAreas, data.serviceArea),
        },
        { title: t.enrichment.dueDate, value: formatDate(data.dueDate, ctx.county.timeZone) },
        { title: t.enrichment.observations, value: escapeCardText(String(data.observationCount)) },
        { title: t.enrichment.requestedBy, value: userText(data.requestedByName, 200) },
      ],
      questionLabel: t.enrichment.question,
      question: userText(data.question, scaled(5000, detail, 200)),
      open: { label: t.enrichment.open, url: tabLink(ctx.links, 'workspace', null) },
    }),
  );
}
