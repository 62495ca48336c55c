export type { PhenomenonSuggestion } from './suggest-phenomena';
export { suggestPhenomena } from './suggest-phenomena';
export type { SimilarObservation } from './find-similar-observations';
export { findSimilarObservations } from './find-similar-observations';
export type {
  SuggestionDeps,
  SuggestionIndex,
  SuggestionIndexOptions,
  SuggestionStores,
} from './suggestion-index';
export { createSuggestionIndex, REFRESH_INTERVAL_MS } from './suggestion-index';
export { ngramAnalyzer } from './ngram-analyzer';
