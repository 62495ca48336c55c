import { foldGradation, ngramTerms } from './ngram-terms';

const keys = (text: string): Set<string> => new Set(ngramTerms(text).map((term) => term.key));
const shared = (a: string, b: string): string[] => [...keys(a)].filter((key) => keys(b).has(key));

describe('ngramTerms (the fallback without Voikko)', () => {
  it.each(['häätöuhan', 'häädetään', 'häätöpäätösten'])('lets "%s" meet "häätö"', (word) => {
    expect(shared(word, 'häätö')).toContain('^häät');
  });

  it('lets "vuokravelkojen" meet both "vuokra" and "velka"', () => {
    expect(shared('vuokravelkojen', 'vuokra')).toContain('^vuok');
    expect(shared('vuokravelkojen', 'velka')).toContain('velk');
  });

  it('folds consonant gradation to one spelling', () => {
    expect(foldGradation('häädetään')).toBe('häätetään');
    expect(foldGradation('tukkia')).toBe('tukia');
    expect(foldGradation('kengän')).toBe('kenkän');
    expect(foldGradation('kullan')).toBe('kulan');
    expect(foldGradation('kulta')).toBe('kula');
  });

  it('names the word as written for matchedTerms, and drops stop words', () => {
    const terms = ngramTerms('Häätöuhan ja se');
    expect(new Set(terms.map((term) => term.form))).toEqual(new Set(['häätöuhan']));
  });

  it('weighs each word as one unit-length term however long it is, its start marked', () => {
    for (const word of ['uhka', 'toimeentulotukihakemusten']) {
      const terms = ngramTerms(word);
      expect(terms.reduce((sum, term) => sum + term.weight ** 2, 0)).toBeCloseTo(1, 6);
      expect(terms[0]?.key).toBe(`^${word.slice(0, 4)}`);
    }
  });

  it('cannot meet a stem whose consonant drops (documented limit)', () => {
    expect(shared('velan', 'velka')).toEqual([]);
  });
});
