import type { DocIndex, Hit } from './doc-index';
import type { TermBag } from './term-bag';

/** The RAKE group reads three suggestions; more would be guessing. */
export const SUGGESTION_LIMIT = 3;
/**
 * Below this a phenomenon shares only a word or two of little weight with the observation:
 * suggesting it would be noise. Measured on the Finnish test corpus (testing/), where the right
 * phenomenon scores far above it and unrelated ones mostly below.
 */
export const SUGGESTION_MIN_SCORE = 0.06;
export const SIMILAR_LIMIT = 5;
/** Near-duplicates share much of their wording; a shared topic alone stays below this. */
export const SIMILAR_MIN_SCORE = 0.2;

/** Two decimals: finer differences mean nothing to a reader, and the API stays stable. */
export const roundScore = (score: number): number => Math.round(score * 100) / 100;

const rounded = (hits: readonly Hit[]): Hit[] =>
  hits.map((hit) => ({ ...hit, score: roundScore(hit.score) }));

/**
 * The phenomena most like the observation, best first. Those it is already linked to are
 * left out: the observation's view lists them, and a suggestion is an offer to link.
 */
export function rankPhenomena(
  phenomena: DocIndex,
  observation: TermBag,
  linkedPhenomenonIds: ReadonlySet<string>,
): Hit[] {
  return rounded(
    phenomena.search(observation, {
      limit: SUGGESTION_LIMIT,
      minScore: SUGGESTION_MIN_SCORE,
      accept: (id) => !linkedPhenomenonIds.has(id),
    }),
  );
}

/** The observations most like this one (never itself) that `visible` lets the caller see. */
export function rankSimilar(
  observations: DocIndex,
  observationId: string,
  observation: TermBag,
  visible: (id: string) => boolean,
): Hit[] {
  return rounded(
    observations.search(observation, {
      limit: SIMILAR_LIMIT,
      minScore: SIMILAR_MIN_SCORE,
      accept: (id) => id !== observationId && visible(id),
    }),
  );
}
