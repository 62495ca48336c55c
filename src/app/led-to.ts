import type { EnrichmentAnswer } from '../domain/enrichment/enrichment';
import { canSeeEnrichment } from '../domain/enrichment/enrichment-policy';
import type { Actor } from '../domain/policy/actor';
import { canReadWorkspace } from '../domain/policy/workspace-policy';
import type { ProposalOutcome, ProposalStatus } from '../domain/proposal/proposal';
import { restsOn } from '../domain/proposal/rests-on';
import type { AppDeps } from './app-deps';
import type { ObservationView } from './observation-view';

/** What one observation led to: the phenomena it is linked to and the proposals resting on it. */
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
};

export type ObservationWithOutcome = ObservationView & LedTo;

const NOTHING: LedTo = { phenomena: [], proposals: [], enrichments: [] };

/**
 * Adds to each observation what it led to, so that a reporter can always see it ("my
 * reports", the observation's own page). A proposal still in draft is the working group's
 * unfinished text: only those who read the workspace see it.
 */
export async function withOutcomes(
  deps: Pick<AppDeps, 'phenomena' | 'proposals' | 'enrichments'>,
  actor: Actor,
  views: readonly ObservationView[],
): Promise<ObservationWithOutcome[]> {
  if (views.length === 0) return [];
  const [links, proposals, enrichments] = await Promise.all([
    deps.phenomena.linksOfObservations(views.map((view) => view.id)),
    deps.proposals.list(),
    deps.enrichments.list(),
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
    if (phenomenonIds.length === 0 && resting.length === 0 && asked.length === 0) {
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
    };
  });
}
