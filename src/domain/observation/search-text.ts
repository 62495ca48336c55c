import type { Observation } from './observation';

/** Folds case the way the board's `q` is folded: JS lower-casing knows Ä/ä, Ö/ö, Å/å. */
export const searchFold = (text: string): string => text.normalize('NFC').toLowerCase();

/**
 * What the board's free-text search looks in, folded. U+001F (unit separator) keeps a search
 * from matching across the two fields. Every store searches this same text.
 */
export const searchTextOf = (obs: Pick<Observation, 'description' | 'solutionProposal'>): string =>
  searchFold(`${obs.description}\u001f${obs.solutionProposal}`);
