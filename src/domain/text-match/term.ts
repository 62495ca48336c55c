/**
 * One unit of meaning found in a text. Scores must be explainable, so a term carries both
 * what is compared and what a person reads when told why two texts matched.
 */
export type Term = {
  /** What is compared: equal keys match (a base form such as "häätö", or a normalised n-gram). */
  readonly key: string;
  /** What `matchedTerms` shows: a base form ("häätö", "vuokra") or the word as written. */
  readonly form: string;
  /** How much one occurrence counts: 1 for a whole word, less for a compound's part or an n-gram. */
  readonly weight: number;
};

/** Voikko: base forms and compound parts; ngram: the character fallback (ngram-terms.ts). */
export const ANALYZER_KINDS = ['voikko', 'ngram'] as const;
export type AnalyzerKind = (typeof ANALYZER_KINDS)[number];
