import type { Actor } from '../../domain/policy/actor';
import { isInBoardScope } from '../../domain/policy/board-scope';
import { isOwnObservation } from '../../domain/policy/policy';
import { ok, type Result } from '../../domain/shared/result';
import { rankSimilar } from '../../domain/text-match/suggestion-rules';
import { observationBag } from '../../domain/text-match/text-weights';
import type { AppError } from '../app-error';
import { findOnBoard } from './on-board';
import type { SuggestionDeps } from './suggestion-index';
import { suggestionIndexOf } from './suggestion-index-of';

export type SimilarObservation = {
  readonly observationId: string;
  readonly score: number;
  readonly matchedTerms: readonly string[];
};

/**
 * Observations worded much like this one (possible duplicates, or the same phenomenon seen
 * elsewhere), best first, among those the caller may see: the same rule as canView, on the
 * facts the index keeps (their own, and their board's).
 */
export async function findSimilarObservations(
  deps: SuggestionDeps,
  actor: Actor,
  observationId: string,
): Promise<Result<{ items: SimilarObservation[] }, AppError>> {
  const found = await findOnBoard(deps, actor, observationId);
  if (!found.ok) return found;
  const { observation, scope } = found.value;

  const index = suggestionIndexOf(deps);
  await index.refresh({ observations: deps.store, clock: deps.clock });
  const visible = (id: string): boolean => {
    const facts = index.corpus.factsOf(id);
    return facts !== undefined && (isInBoardScope(scope, facts) || isOwnObservation(actor, facts));
  };
  const bag = observationBag((text) => index.analyzer.terms(text), observation);
  const hits = rankSimilar(index.corpus.index, observationId, bag, visible);
  return ok({
    items: hits.map((hit) => ({
      observationId: hit.id,
      score: hit.score,
      matchedTerms: hit.matchedTerms,
    })),
  });
}
