import { ngramAnalyzer } from '../../app/suggestions/ngram-analyzer';
import type { TermAnalyzer } from '../../ports';
import { createVoikkoAnalyzer, type VoikkoAnalyzer } from './voikko-analyzer';
import { VoikkoUnavailableError } from './voikko-unavailable';

/** RAKE_TEXT_ANALYZER: auto (Voikko if it loads, else n-grams), or one of them for certain. */
export const TEXT_ANALYZER_MODES = ['auto', 'voikko', 'ngram'] as const;
export type TextAnalyzerMode = (typeof TEXT_ANALYZER_MODES)[number];

export type ChosenAnalyzer = {
  readonly analyzer: TermAnalyzer;
  /** For the start line: "suggestions: Voikko" or "suggestions: n-grams". */
  readonly note: string;
  /** Releases Voikko's handle (nothing for n-grams). */
  close(): void;
};

export type ChooseOptions = {
  /** Told why Voikko was not used when `auto` falls back (stderr in main). */
  readonly warn?: (line: string) => void;
  readonly openVoikko?: () => VoikkoAnalyzer;
};

/**
 * The analyzer for this process; the start line names it. `voikko` insists: without libvoikko1
 * and voikko-fi the start fails with VoikkoUnavailableError rather than quietly matching worse.
 */
export function chooseTextAnalyzer(
  mode: TextAnalyzerMode,
  options: ChooseOptions = {},
): ChosenAnalyzer {
  const ngrams: ChosenAnalyzer = {
    analyzer: ngramAnalyzer,
    note: 'suggestions: n-grams',
    close: () => undefined,
  };
  if (mode === 'ngram') return ngrams;
  try {
    const voikko = (options.openVoikko ?? createVoikkoAnalyzer)();
    return { analyzer: voikko, note: 'suggestions: Voikko', close: () => voikko.close() };
  } catch (error) {
    if (mode !== 'auto' || !(error instanceof VoikkoUnavailableError)) throw error;
    options.warn?.(`${error.message}; suggestions use character n-grams (RAKE_TEXT_ANALYZER)`);
    return ngrams;
  }
}
