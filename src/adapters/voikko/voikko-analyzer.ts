import { contentWords } from '../../domain/text-match/words';
import type { Term, TermAnalyzer } from '../../ports';
import { analysisTerms } from './analysis-terms';
import { openVoikko, type VoikkoOptions, type VoikkoSession } from './libvoikko';
import { LruCache } from './lru-cache';

export type VoikkoAnalyzerOptions = VoikkoOptions & {
  /** Words whose terms are remembered (default 50,000: a few megabytes). */
  readonly cacheSize?: number;
};

/** The analyzer, and its Voikko handle to release at shutdown. */
export type VoikkoAnalyzer = TermAnalyzer & { close(): void };

const DEFAULT_CACHE_SIZE = 50_000;
/** Voikko refuses longer words (LIBVOIKKO_MAX_WORD_CHARS); such a string is no Finnish word. */
const MAX_WORD_LENGTH = 255;

/**
 * Finnish terms from Voikko: each word's base form, its compound parts and a verb's action
 * noun ("häätöuhan" → häätöuhka, häätö, uhka; "häädetään" → häätää, häätö). Throws
 * VoikkoUnavailableError when libvoikko or the Finnish dictionary is missing. Calls into
 * Voikko are synchronous and made from Node's one JavaScript thread, one at a time.
 */
export function createVoikkoAnalyzer(options: VoikkoAnalyzerOptions = {}): VoikkoAnalyzer {
  const voikko: VoikkoSession = openVoikko(options);
  const cache = new LruCache<string, readonly Term[]>(options.cacheSize ?? DEFAULT_CACHE_SIZE);
  const nouns = new LruCache<string, string | null>(options.cacheSize ?? DEFAULT_CACHE_SIZE);

  /** häätää → häätö, hoitaa → hoito: a verb in -aa/-ää whose stem + o/ö is a noun Voikko knows. */
  const actionNoun = (verb: string): string | null => {
    const known = nouns.get(verb);
    if (known !== undefined) return known;
    const stem = /^(.{2,})(aa|ää)$/.exec(verb)?.[1];
    const noun =
      stem === undefined
        ? null
        : ([`${stem}o`, `${stem}ö`].find((candidate) =>
            voikko
              .analyze(candidate)
              .some((a) => a.CLASS === 'nimisana' && a.BASEFORM?.toLowerCase() === candidate),
          ) ?? null);
    nouns.set(verb, noun);
    return noun;
  };

  const termsOfWord = (word: string): readonly Term[] => {
    const cached = cache.get(word);
    if (cached !== undefined) return cached;
    const analyses = word.length > MAX_WORD_LENGTH ? [] : voikko.analyze(word);
    const terms = analysisTerms(word, analyses, actionNoun);
    cache.set(word, terms);
    return terms;
  };

  return {
    kind: 'voikko',
    terms: (text) => contentWords(text).flatMap(termsOfWord),
    close: () => voikko.close(),
  };
}
