import type { AnalyzerKind, Term } from '../domain/text-match/term';

export type { AnalyzerKind, Term };

/**
 * Turns Finnish text into the terms that suggestions and near-duplicates are scored on. Each
 * term has a key that is compared and a form a person reads, so every score can say which
 * words made it. Implemented by Voikko (src/adapters/voikko: base forms and compound parts)
 * and, when Voikko is absent, by character n-grams (src/domain/text-match/ngram-terms.ts).
 * Synchronous on purpose: Voikko's handle is used from one thread, one call at a time.
 */
export interface TermAnalyzer {
  readonly kind: AnalyzerKind;
  terms(text: string): readonly Term[];
}
