import { contentWords, exactWordTerms, words } from './words';

describe('words', () => {
  it('splits on anything but letters, lower-cases and composes to NFC', () => {
    const decomposed = 'Ha\u0308a\u0308to\u0308uhka'; // "Häätöuhka" typed with combining marks
    expect(words(`${decomposed}, 2026: vuokra-asunnot!`)).toEqual([
      'häätöuhka',
      'vuokra',
      'asunnot',
    ]);
  });

  it('leaves out stop words and one-letter words', () => {
    expect(contentWords('Ja se on niin, että häätö ei ole x asia')).toEqual(['häätö', 'asia']);
  });

  it('keeps each content word as written for the exact-word baseline', () => {
    expect(exactWordTerms('Häätöuhan alla')).toEqual([
      { key: 'häätöuhan', form: 'häätöuhan', weight: 1 },
    ]);
  });
});
