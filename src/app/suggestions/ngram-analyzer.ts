import { ngramTerms } from '../../domain/text-match/ngram-terms';
import type { TermAnalyzer } from '../../ports';

/** The fallback analyzer: pure code, always available (see ngram-terms.ts for its limits). */
export const ngramAnalyzer: TermAnalyzer = { kind: 'ngram', terms: ngramTerms };
