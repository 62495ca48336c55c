import type { Actor } from '../../domain/policy/actor';
import { ok, type Result } from '../../domain/shared/result';
import { rankPhenomena } from '../../domain/text-match/suggestion-rules';
import { observationBag } from '../../domain/text-match/text-weights';
import type { AppError } from '../app-error';
import { findOnBoard } from './on-board';
import type { SuggestionDeps } from './suggestion-index';
import { suggestionIndexOf } from './suggestion-index-of';

export type PhenomenonSuggestion = {
  readonly phenomenonId: string;
  readonly title: string;
  /** Cosine similarity of the texts' terms, 0..1, two decimals. */
  readonly score: number;
  /** The observation's words (base forms with Voikko) that weighed most, biggest first. */
  readonly matchedTerms: readonly string[];
};

/**
 * The (at most three) phenomena the observation most likely belongs to, best first, with the
 * words that made each score. Phenomena it is already linked to are not suggested again.
 */
export async function suggestPhenomena(
  deps: SuggestionDeps,
  actor: Actor,
  observationId: string,
): Promise<Result<{ items: PhenomenonSuggestion[] }, AppError>> {
  const found = await findOnBoard(deps, actor, observationId);
  if (!found.ok) return found;
  const { phenomena } = deps;
  const index = suggestionIndexOf(deps);
  await index.refresh({ observations: deps.store, phenomena, clock: deps.clock });
  const links = await phenomena.linksOfObservations([observationId]);
  const bag = observationBag((text) => index.analyzer.terms(text), found.value.observation);
  const hits = rankPhenomena(
    index.catalog.index,
    bag,
    new Set(links.map((link) => link.phenomenonId)),
  );
  return ok({
    items: hits.map((hit) => ({
      phenomenonId: hit.id,
      title: index.catalog.titleOf(hit.id) ?? '',
      score: hit.score,
      matchedTerms: hit.matchedTerms,
    })),
  });
}
