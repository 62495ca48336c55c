import { DocIndex } from '../doc-index';
import { rankPhenomena } from '../suggestion-rules';
import { observationBag, phenomenonBag, type TermsOf } from '../text-weights';
import { CORPUS_OBSERVATIONS, CORPUS_PHENOMENA } from './finnish-corpus';

export type CorpusResult = {
  /** Observations whose best suggestion is the phenomenon they were written for. */
  readonly correct: number;
  readonly total: number;
  /** Each miss: the observation, what was expected and what came first (null: nothing). */
  readonly misses: readonly { id: string; expected: string; got: string | null }[];
};

/**
 * Suggests phenomena for each corpus observation as the app does (idf from the observations,
 * phenomena from their title and description, no links yet) and counts the right first picks.
 */
export function measureSuggestions(termsOf: TermsOf): CorpusResult {
  const observations = new DocIndex();
  for (const o of CORPUS_OBSERVATIONS) observations.add(o.id, observationBag(termsOf, o));
  const phenomena = new DocIndex(observations);
  for (const p of CORPUS_PHENOMENA) phenomena.add(p.id, phenomenonBag(termsOf, p, []));

  const misses: { id: string; expected: string; got: string | null }[] = [];
  for (const o of CORPUS_OBSERVATIONS) {
    const best = rankPhenomena(phenomena, observationBag(termsOf, o), new Set())[0];
    if (best?.id !== o.expected)
      misses.push({ id: o.id, expected: o.expected, got: best?.id ?? null });
  }
  return {
    correct: CORPUS_OBSERVATIONS.length - misses.length,
    total: CORPUS_OBSERVATIONS.length,
    misses,
  };
}
