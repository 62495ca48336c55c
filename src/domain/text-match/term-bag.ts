import type { Term } from './term';

/** How often (weighted) a key occurs in one text, and the form to show for it. */
export type BagEntry = { readonly tf: number; readonly form: string };
/** A text as the scoring sees it: key → weighted count. */
export type TermBag = ReadonlyMap<string, BagEntry>;

/** A text's parts (title, description, …) and how much each counts. */
export type WeightedTerms = { readonly terms: readonly Term[]; readonly scale: number };

/** Adds `terms` into `bag`, each counting `weight × scale`; a key keeps the first form seen. */
export function addTerms(
  bag: Map<string, BagEntry>,
  terms: readonly Term[],
  scale: number,
): Map<string, BagEntry> {
  for (const term of terms) {
    const seen = bag.get(term.key);
    const tf = (seen?.tf ?? 0) + term.weight * scale;
    bag.set(term.key, { tf, form: seen?.form ?? term.form });
  }
  return bag;
}

/** One bag of several weighted parts. */
export function bagOf(parts: readonly WeightedTerms[]): Map<string, BagEntry> {
  const bag = new Map<string, BagEntry>();
  for (const part of parts) addTerms(bag, part.terms, part.scale);
  return bag;
}

/** Adds another bag into `bag`, each count times `scale` (a linked observation into a phenomenon). */
export function addBag(bag: Map<string, BagEntry>, other: TermBag, scale: number): void {
  for (const [key, entry] of other) {
    const seen = bag.get(key);
    bag.set(key, { tf: (seen?.tf ?? 0) + entry.tf * scale, form: seen?.form ?? entry.form });
  }
}

/**
 * Sublinear term frequency: a word said five times is not five times the evidence. Below 1
 * (a compound's part, an n-gram) the weight is kept as it is.
 */
export const tfWeight = (tf: number): number => (tf <= 1 ? tf : 1 + Math.log(tf));
