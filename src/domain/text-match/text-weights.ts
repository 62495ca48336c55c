import type { Term } from './term';
import { bagOf, addBag, type BagEntry, type TermBag } from './term-bag';

/** Turns a text into terms: Voikko's base forms, or the n-gram fallback. */
export type TermsOf = (text: string) => readonly Term[];

/**
 * How much each part of an observation counts: the description says what recurs; the
 * solution proposal is about remedies, which different phenomena share more often.
 */
export const OBSERVATION_WEIGHTS = { description: 1, solutionProposal: 0.5 } as const;

/**
 * How much each part of a phenomenon counts: the RAKE group's own title and description name
 * the phenomenon; the observations it links add the words reporters actually use, together
 * as much as the description, however many there are.
 */
export const PHENOMENON_WEIGHTS = { title: 3, description: 2, linkedObservations: 2 } as const;

export function observationBag(
  termsOf: TermsOf,
  observation: { readonly description: string; readonly solutionProposal: string },
): Map<string, BagEntry> {
  return bagOf([
    { terms: termsOf(observation.description), scale: OBSERVATION_WEIGHTS.description },
    { terms: termsOf(observation.solutionProposal), scale: OBSERVATION_WEIGHTS.solutionProposal },
  ]);
}

/** The phenomenon's own text and, averaged, the observations linked to it. */
export function phenomenonBag(
  termsOf: TermsOf,
  phenomenon: { readonly title: string; readonly description: string },
  linked: readonly TermBag[],
): Map<string, BagEntry> {
  const bag = bagOf([
    { terms: termsOf(phenomenon.title), scale: PHENOMENON_WEIGHTS.title },
    { terms: termsOf(phenomenon.description), scale: PHENOMENON_WEIGHTS.description },
  ]);
  for (const other of linked) {
    addBag(bag, other, PHENOMENON_WEIGHTS.linkedObservations / linked.length);
  }
  return bag;
}
