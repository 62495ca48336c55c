import { isStopWord } from './stop-words';
import type { Term } from './term';

/** Runs of Unicode letters: digits, punctuation and hyphens separate words. */
const WORD = /\p{L}+/gu;

/**
 * The words of a text, lower-cased and in NFC (a pasted "ä" may arrive as "a" + combining
 * diaeresis, which must still meet the "ä" typed on a keyboard).
 */
export function words(text: string): string[] {
  return text.normalize('NFC').toLowerCase().match(WORD) ?? [];
}

/** Words that carry meaning: stop words and one-letter words are left out. */
export function contentWords(text: string): string[] {
  return words(text).filter((word) => word.length > 1 && !isStopWord(word));
}

/**
 * Each content word as it is written: the baseline that Finnish inflection defeats
 * ("häätöuhan" never meets "häätö"). Kept to measure the analyzers against.
 */
export function exactWordTerms(text: string): Term[] {
  return contentWords(text).map((word) => ({ key: word, form: word, weight: 1 }));
}
