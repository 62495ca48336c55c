import { chooseTextAnalyzer } from './choose-text-analyzer';
import type { VoikkoAnalyzer } from './voikko-analyzer';
import { VoikkoUnavailableError } from './voikko-unavailable';

const missing = (): VoikkoAnalyzer => {
  throw new VoikkoUnavailableError('libvoikko could not be loaded');
};
const fakeVoikko = (): VoikkoAnalyzer => ({ kind: 'voikko', terms: () => [], close: jest.fn() });

describe('chooseTextAnalyzer', () => {
  it('auto: Voikko when it loads', () => {
    const chosen = chooseTextAnalyzer('auto', { openVoikko: fakeVoikko });
    expect(chosen.analyzer.kind).toBe('voikko');
    expect(chosen.note).toBe('suggestions: Voikko');
  });

  it('auto: n-grams when Voikko is missing, saying why', () => {
    const warn = jest.fn();
    const chosen = chooseTextAnalyzer('auto', { openVoikko: missing, warn });
    expect(chosen.analyzer.kind).toBe('ngram');
    expect(chosen.note).toBe('suggestions: n-grams');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('libvoikko could not be loaded'));
  });

  it('voikko: refuses to start without it; ngram: never tries it', () => {
    expect(() => chooseTextAnalyzer('voikko', { openVoikko: missing })).toThrow(
      VoikkoUnavailableError,
    );
    const open = jest.fn(fakeVoikko);
    expect(chooseTextAnalyzer('ngram', { openVoikko: open }).analyzer.kind).toBe('ngram');
    expect(open).not.toHaveBeenCalled();
  });

  it('does not hide a bug as a missing Voikko', () => {
    const broken = (): VoikkoAnalyzer => {
      throw new TypeError('bug');
    };
    expect(() => chooseTextAnalyzer('auto', { openVoikko: broken })).toThrow(TypeError);
  });
});
