import type { ProposalChangedData } from '../../src/domain/notification/notification';
import { catalogueOf } from '../../src/i18n';
import { cardTools, type CardContext } from './card-context';
import { escapeCardText, userText } from './escape-text';
import { expandTemplate, scaled, withinSizeLimit, type CardJson } from './render-card';
import { formatDate } from './format-date';
import { tabLink } from './tab-links';
import template from './templates/proposal-changed.json';

/**
 * For the reporters whose observations an action proposal rests on: it was decided, or done.
 * The loop closes — they see what their report led to.
 */
export function proposalChangedCard(ctx: CardContext, data: ProposalChangedData): CardJson {
  const { t } = cardTools(ctx);
  const step = data.to === 'accepted' || data.to === 'rejected' ? data.to : 'done';
  const status = catalogueOf(ctx.locale).proposalStatuses[data.to];
  const outcome = data.outcome;
  return withinSizeLimit((detail) =>
    expandTemplate(template, {
      title: escapeCardText(t.proposalChanged.title[step]),
      facts: [
        { title: t.proposalChanged.proposal, value: userText(data.title, 300) },
        { title: t.fields.status, value: escapeCardText(status) },
        { title: t.proposalChanged.decisionBody, value: userText(data.decisionBody, 200) },
        ...(outcome === null
          ? []
          : [
              {
                title: t.fields.by,
                value: `${userText(outcome.by, 200)}, ${formatDate(outcome.on, ctx.county.timeZone)}`,
              },
            ]),
      ],
      outcomeLabel: t.proposalChanged.outcome[step],
      outcome: outcome === null ? '' : userText(outcome.text, scaled(5000, detail, 200)),
      observationsLabel: t.proposalChanged.yourObservations,
      observations: data.observations.map((o) => ({
        excerpt: userText(o.excerpt, scaled(300, detail, 60)),
      })),
      open: { label: t.proposalChanged.open, url: tabLink(ctx.links, 'mine', null) },
    }),
  );
}
