import { analysisTerms, PART_WEIGHT, RELATED_NOUN_WEIGHT } from './analysis-terms';

/** Voikko's answers as libvoikko gives them (recorded from voikko-fi), so this runs without it. */
const noNoun = () => null;

describe('analysisTerms', () => {
  it("gives a compound's base form and its parts at half weight", () => {
    const terms = analysisTerms(
      'vuokravelkojen',
      [{ BASEFORM: 'vuokravelka', CLASS: 'nimisana', WORDBASES: '+vuokra(vuokra)+velka(velka)' }],
      noNoun,
    );
    expect(terms).toEqual([
      { key: 'vuokravelka', form: 'vuokravelka', weight: 1 },
      { key: 'vuokra', form: 'vuokra', weight: PART_WEIGHT },
      { key: 'velka', form: 'velka', weight: PART_WEIGHT },
    ]);
  });

  it("adds a verb's action noun, shown as the verb", () => {
    const terms = analysisTerms(
      'häädetään',
      [{ BASEFORM: 'häätää', CLASS: 'teonsana', WORDBASES: '+häätää(häätää)' }],
      (verb) => (verb === 'häätää' ? 'häätö' : null),
    );
    expect(terms).toEqual([
      { key: 'häätää', form: 'häätää', weight: 1 },
      { key: 'häätö', form: 'häätää', weight: RELATED_NOUN_WEIGHT },
    ]);
  });

  it('reads a participle as its verb', () => {
    const terms = analysisTerms(
      'häädetyt',
      [
        {
          BASEFORM: 'häädetty',
          CLASS: 'laatusana',
          PARTICIPLE: 'past_passive',
          WORDBASES: '+hääde(häätää)+t+ty(+ty)',
        },
      ],
      noNoun,
    );
    expect(terms).toEqual([{ key: 'häätää', form: 'häätää', weight: 1 }]);
  });

  it('splits the weight between readings and drops function-word readings', () => {
    const terms = analysisTerms(
      'kuusi',
      [
        { BASEFORM: 'kuu', CLASS: 'nimisana', WORDBASES: '+kuu(kuu)' },
        { BASEFORM: 'kuusi', CLASS: 'nimisana', WORDBASES: '+kuusi(kuusi)' },
        { BASEFORM: 'kuusi', CLASS: 'lukusana', WORDBASES: '+kuusi(kuusi)' },
      ],
      noNoun,
    );
    expect(terms).toEqual([
      { key: 'kuu', form: 'kuu', weight: 0.5 },
      { key: 'kuusi', form: 'kuusi', weight: 0.5 },
    ]);
  });

  it('gives nothing for a function word or "olla", the word itself for an unknown one', () => {
    expect(analysisTerms('hänen', [{ BASEFORM: 'hän', CLASS: 'asemosana' }], noNoun)).toEqual([]);
    expect(analysisTerms('ole', [{ BASEFORM: 'olla', CLASS: 'teonsana' }], noNoun)).toEqual([]);
    expect(analysisTerms('thl', [], noNoun)).toEqual([{ key: 'thl', form: 'thl', weight: 1 }]);
  });
});
