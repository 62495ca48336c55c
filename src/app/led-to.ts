import type { EnrichmentAnswer } from '../domain/enrichment/enrichment';
import { canSeeEnrichment } from '../domain/enrichment/enrichment-policy';
import type { Actor } from '../domain/policy/actor';
import { canReadWorkspace } from '../domain/policy/workspace-policy';
import type { ProposalOutcome, ProposalStatus } from '../domain/proposal/proposal';
import { restsOn } from '../domain/proposal/rests-on';
import type { AppDeps } from './app-deps';
import type { ObservationView } from './observation-view';

/**
 * What one observation led to: the phenomena it is linked to, the proposals resting on it,
 * the enrichment asked of it and the published reports it is part of.
 */
export type LedTo = {
  readonly phenomena: readonly { readonly id: string; readonly title: string }[];
  readonly proposals: readonly {
    readonly id: string;
    readonly title: string;
    readonly status: ProposalStatus;
    readonly decision: ProposalOutcome | null;
    readonly result: ProposalOutcome | null;
  }[];
  /** Enrichment requests that include it, with their answers: for those asked, and the group. */
  readonly enrichments: readonly {
    readonly id: string;
    readonly serviceArea: string;
    readonly question: string;
    readonly dueDate: string;
    readonly answers: readonly EnrichmentAnswer[];
  }[];
  /** Reports on the intranet that rest on it ("mukana vuoden 2026 sosiaalisessa raportissa"). */
  readonly publications: readonly {
    readonly reportId: string;
    readonly title: string;
    readonly url: string;
    readonly publishedAt: string;
  }[];
};

export type ObservationWithOutcome = ObservationView & LedTo;

const NOTHING: LedTo = { phenomena: [], proposals: [], enrichments: [], publications: [] };

type Publication = LedTo['publications'][number] & { readonly observationIds: ReadonlySet<string> };

/** A day either side: a report's days are county days, a filing's time is UTC. */
const MARGIN_MS = 24 * 60 * 60 * 1000;

/**
 * The reports on the intranet that may hold one of `views`: only those whose days cover a
 * filing are read whole (a report rests on thousands of observations; a county publishes a
 * handful a year).
 */
async function publicationsAround(
  deps: Pick<AppDeps, 'reports'>,
  views: readonly ObservationView[],
): Promise<Publication[]> {
  const times = views.map((view) => Date.parse(view.createdAt));
  const covers = (from: string, to: string) =>
    times.some(
      (t) =>
        t >= Date.parse(`${from}T00:00:00Z`) - MARGIN_MS &&
        t <= Date.parse(`${to}T23:59:59Z`) + MARGIN_MS,
    );
  const live = (await deps.reports.list()).filter(
    (report) => report.publication?.state === 'published' && covers(report.from, report.to),
  );
  const reports = await Promise.all(live.map((summary) => deps.reports.get(summary.id)));
  return reports.flatMap((report) =>
    report === null || report.publication === null
      ? []
      : [
          {
            reportId: report.id,
            title: report.title,
            url: report.publication.url,
            publishedAt: report.publication.publishedAt,
            observationIds: new Set(report.observationIds),
          },
        ],
  );
}

/**
 * Adds to each observation what it led to, so that a reporter can always see it ("my
 * reports", the observation's own page). A proposal still in draft is the working group's
 * unfinished text: only those who read the workspace see it.
 */
export async function withOutcomes(
  deps: Pick<AppDeps, 'phenomena' | 'proposals' | 'enrichments' | 'reports'>,
  actor: Actor,
  views: readonly ObservationView[],
): Promise<ObservationWithOutcome[]> {
  if (views.length === 0) return [];
  const [links, proposals, enrichments, publications] = await Promise.all([
    deps.phenomena.linksOfObservations(views.map((view) => view.id)),
    deps.proposals.list(),
    deps.enrichments.list(),
    publicationsAround(deps, views),
  ]);
  const seen = enrichments.filter((enrichment) => canSeeEnrichment(actor, enrichment));
  const titles =
    links.length === 0
      ? new Map<string, string>()
      : new Map((await deps.phenomena.list()).map((p) => [p.id, p.title]));
  const shown = canReadWorkspace(actor)
    ? proposals
    : proposals.filter((proposal) => proposal.status !== 'draft');
  return views.map((view) => {
    const phenomenonIds = links
      .filter((link) => link.observationId === view.id)
      .map((link) => link.phenomenonId)
      .filter((id) => titles.has(id));
    const resting = shown.filter((proposal) => restsOn(proposal, view.id, phenomenonIds));
    const asked = seen.filter((enrichment) => enrichment.observationIds.includes(view.id));
    const inReports = publications.filter((p) => p.observationIds.has(view.id));
    if (
      phenomenonIds.length === 0 &&
      resting.length === 0 &&
      asked.length === 0 &&
      inReports.length === 0
    ) {
      return { ...view, ...NOTHING };
    }
    return {
      ...view,
      phenomena: phenomenonIds.map((id) => ({ id, title: titles.get(id) ?? '' })),
      proposals: resting.map(({ id, title, status, decision, result }) => ({
        id,
        title,
        status,
        decision,
        result,
      })),
      enrichments: asked.map(({ id, serviceArea, question, dueDate, answers }) => ({
        id,
        serviceArea,
        question,
        dueDate,
        answers,
      })),
      publications: inReports.map(({ reportId, title, url, publishedAt }) => ({
        reportId,
        title,
        url,
        publishedAt,
      })),
    };
  });
}
