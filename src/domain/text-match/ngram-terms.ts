import type { Term } from './term';
import { contentWords } from './words';

/**
 * The fallback when Voikko is absent: each content word becomes character n-grams of a
 * spelling with Finnish consonant gradation folded away, so an inflected or compounded word
 * still shares grams with its base form: "häätöuhan" and "häädetään" meet "häätö" in "häät",
 * "vuokravelkojen" meets "vuokra" in "vuok" and "velka" in "velk".
 *
 * What it cannot do, and Voikko can: alternations that change a stem's beginning or
 * drop a consonant ("velka" / "velan", "lupa" / "luvan", "käsi" / "käden"); telling apart words
 * that merely look alike ("kasvo" and "kasvaa" share "kasv"); naming base forms. Its
 * `matchedTerms` are therefore the words as written in the observation ("häätöuhan").
 */

/** Gram length: 3 meets too much by chance, 5 misses short stems ("velka" has one 5-gram). */
export const NGRAM_LENGTH = 4;

/** Grade alternations folded to one spelling (Finnish *astevaihtelu*), in this order. */
const GRADATION: readonly (readonly [RegExp, string])[] = [
  [/ng/g, 'nk'], // kenkä / kengän
  [/d/g, 't'], // häätö / häädön, tiedot / tieto
  [/mp/g, 'm'], // lampi / lammen (then mm → m)
  [/lt/g, 'l'], // kulta / kullan
  [/nt/g, 'n'], // ranta / rannan
  [/rt/g, 'r'], // parta / parran
  [/([bcfghjklmnpqrstvwxzšž])\1/g, '$1'], // tt → t, kk → k, pp → p, ll → l …
];

/** The word with consonant gradation folded: "häädetään" → "häätetään", "velkojen" stays. */
export function foldGradation(word: string): string {
  return GRADATION.reduce((folded, [pattern, to]) => folded.replace(pattern, to), word);
}

/**
 * The grams of one folded word, and its first gram once more marked "^": a word's start is its
 * stem in a suffixing language, so it counts for more. The unmarked grams let a compound's
 * later part meet the word on its own ("vuokravelkojen" has "velk", as "velka" does).
 */
function grams(folded: string): string[] {
  if (folded.length <= NGRAM_LENGTH) return [`^${folded}`, folded];
  const out = [`^${folded.slice(0, NGRAM_LENGTH)}`];
  for (let i = 0; i + NGRAM_LENGTH <= folded.length; i += 1) {
    out.push(folded.slice(i, i + NGRAM_LENGTH));
  }
  return out;
}

/** Each content word's grams; each gram names the word it came from for `matchedTerms`. */
export function ngramTerms(text: string): Term[] {
  const terms: Term[] = [];
  for (const word of contentWords(text)) {
    const wordGrams = grams(foldGradation(word));
    // A word counts about as much as a Voikko base form, however long it is.
    const weight = 1 / Math.sqrt(wordGrams.length);
    for (const gram of wordGrams) {
      terms.push({ key: gram, form: word, weight });
    }
  }
  return terms;
}
