import { isStopWord } from '../../domain/text-match/stop-words';
import type { Term } from '../../ports';
import type { VoikkoAnalysis } from './libvoikko';
import { compoundParts, rootBase } from './word-bases';

/**
 * A compound's parts count half as much as the whole: "vuokravelka" meets "vuokra" and "velka",
 * but meets "vuokravelka" best.
 */
export const PART_WEIGHT = 0.5;
/**
 * A verb's action noun, when Finnish forms it regularly (häätää → häätö, hoitaa → hoito), counts
 * half: "häädetään" must meet "häätö", yet "kasvaa" (grow) only half-meets "kasvo" (face).
 */
export const RELATED_NOUN_WEIGHT = 0.5;

/** Word classes that say nothing about the topic; first and last names do not belong here. */
const FUNCTION_CLASSES = new Set([
  'sidesana', // conjunction
  'asemosana', // pronoun
  'suhdesana', // adposition
  'kieltosana', // the negative verb
  'huudahdussana', // interjection
  'lukusana', // numeral
  'etunimi',
  'sukunimi',
]);

type Reading = {
  readonly lemma: string;
  readonly parts: readonly string[];
  readonly verb: boolean;
};

/**
 * The terms of one word from its Voikko analyses: the base form, a compound's parts, a verb's
 * action noun. A word Voikko does not know stays as written; a word it reads only as a function
 * word (ja, hän, kanssa) gives none. Several readings ("tuki": tuki, tukea) share the weight.
 */
export function analysisTerms(
  word: string,
  analyses: readonly VoikkoAnalysis[],
  actionNoun: (verb: string) => string | null,
): Term[] {
  if (analyses.length === 0) return isStopWord(word) ? [] : [{ key: word, form: word, weight: 1 }];
  const readings = distinct(analyses.map(readingOf).filter((r): r is Reading => r !== null));
  const terms = new Map<string, Term>();
  const add = (key: string, weight: number, form = key): void => {
    if (key.length < 2 || isStopWord(key)) return;
    const seen = terms.get(key);
    terms.set(key, { key, form: seen?.form ?? form, weight: (seen?.weight ?? 0) + weight });
  };
  const share = 1 / Math.max(1, readings.length);
  for (const reading of readings) {
    add(reading.lemma, share);
    for (const part of reading.parts) if (part !== reading.lemma) add(part, PART_WEIGHT * share);
    // Shown as the verb: "häätää" is what the text said; "kasvaa" must never read as "kasvo".
    const noun = reading.verb ? actionNoun(reading.lemma) : null;
    if (noun !== null) add(noun, RELATED_NOUN_WEIGHT * share, reading.lemma);
  }
  return [...terms.values()];
}

/** A participle ("häädetty", "kasvava") is read as its verb, as Finnish readers do. */
function readingOf(analysis: VoikkoAnalysis): Reading | null {
  const wordClass = analysis.CLASS;
  if (wordClass !== undefined && FUNCTION_CLASSES.has(wordClass)) return null;
  const base = analysis.BASEFORM?.toLowerCase();
  if (base === undefined || base === '') return null;
  const bases = analysis.WORDBASES ?? '';
  const parts = bases === '' ? [base] : compoundParts(bases);
  if (analysis.PARTICIPLE !== undefined && parts.length === 1) {
    const verb = rootBase(bases);
    if (verb !== null) return { lemma: verb, parts: [], verb: true };
  }
  return { lemma: base, parts: parts.length > 1 ? parts : [], verb: wordClass === 'teonsana' };
}

/** Readings with the same base form once, their parts together. */
function distinct(readings: readonly Reading[]): Reading[] {
  const byLemma = new Map<string, Reading>();
  for (const reading of readings) {
    const seen = byLemma.get(reading.lemma);
    byLemma.set(
      reading.lemma,
      seen === undefined
        ? reading
        : { ...seen, parts: [...new Set([...seen.parts, ...reading.parts])] },
    );
  }
  return [...byLemma.values()];
}
