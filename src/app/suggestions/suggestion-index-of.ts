import type { ObservationStore } from '../../ports';
import type { AppDeps } from '../app-deps';
import { ngramAnalyzer } from './ngram-analyzer';
import { createSuggestionIndex, type SuggestionIndex } from './suggestion-index';

const fallbacks = new WeakMap<ObservationStore, SuggestionIndex>();

/**
 * The process's index (AppDeps.suggestions, made at start-up with the chosen analyzer), or,
 * where deps were made without one (tests, tools), one per store with the n-gram analyzer.
 */
export function suggestionIndexOf(deps: Pick<AppDeps, 'store' | 'suggestions'>): SuggestionIndex {
  if (deps.suggestions !== undefined) return deps.suggestions;
  let index = fallbacks.get(deps.store);
  if (index === undefined) {
    index = createSuggestionIndex(ngramAnalyzer);
    fallbacks.set(deps.store, index);
  }
  return index;
}
