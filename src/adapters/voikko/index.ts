export type { VoikkoAnalyzer, VoikkoAnalyzerOptions } from './voikko-analyzer';
export { createVoikkoAnalyzer } from './voikko-analyzer';
export { VoikkoUnavailableError } from './voikko-unavailable';
export type { ChooseOptions, ChosenAnalyzer, TextAnalyzerMode } from './choose-text-analyzer';
export { chooseTextAnalyzer, TEXT_ANALYZER_MODES } from './choose-text-analyzer';
