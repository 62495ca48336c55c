import { DocIndex } from './doc-index';
import {
  rankPhenomena,
  rankSimilar,
  roundScore,
  SIMILAR_MIN_SCORE,
  SUGGESTION_LIMIT,
  SUGGESTION_MIN_SCORE,
} from './suggestion-rules';
import { bagOf } from './term-bag';

const bag = (text: string) =>
  bagOf([{ terms: text.split(' ').map((key) => ({ key, form: key, weight: 1 })), scale: 1 }]);

describe('rankPhenomena', () => {
  const observations = new DocIndex();
  // "perhe" is common in the observations, so it weighs less than "häätö" and "vuokra".
  ['häätö vuokra perhe', 'jono nuori perhe', 'kela tuki perhe', 'vanhus yksinäisyys'].forEach(
    (t, i) => observations.add(`o${i}`, bag(t)),
  );
  const phenomena = new DocIndex(observations);
  ['häätö perhe', 'häätö vuokra', 'vuokra perhe', 'perhe kela', 'jono nuori'].forEach((t, i) =>
    phenomena.add(`p${i}`, bag(t)),
  );

  it('suggests at most three, best first, scores rounded to two decimals', () => {
    const hits = rankPhenomena(phenomena, bag('häätö vuokra perhe'), new Set());
    expect(hits).toHaveLength(SUGGESTION_LIMIT);
    expect(hits[0]?.id).toBe('p1');
    expect(hits.map((hit) => hit.id).sort()).toEqual(['p0', 'p1', 'p2']);
    for (const hit of hits) expect(hit.score).toBe(roundScore(hit.score));
    expect(hits[0]?.matchedTerms).toEqual(['häätö', 'vuokra']);
  });

  it('never suggests a phenomenon the observation is already linked to', () => {
    const hits = rankPhenomena(phenomena, bag('häätö vuokra perhe'), new Set(['p1']));
    expect(hits.map((hit) => hit.id)).not.toContain('p1');
    expect(hits).toHaveLength(3);
  });

  it('suggests nothing below the minimum score', () => {
    expect(SUGGESTION_MIN_SCORE).toBeGreaterThan(0);
    expect(rankPhenomena(phenomena, bag('tietojärjestelmä katko'), new Set())).toEqual([]);
  });
});

describe('rankSimilar', () => {
  it('finds the near-duplicates the caller may see, never the observation itself', () => {
    const index = new DocIndex();
    index.add('self', bag('häätö uhka lapsiperhe kajaani'));
    index.add('twin', bag('häätö uhka lapsiperhe kuhmo'));
    index.add('hidden', bag('häätö uhka lapsiperhe kajaani'));
    index.add('other', bag('jono nuori terapia'));
    const hits = rankSimilar(
      index,
      'self',
      bag('häätö uhka lapsiperhe kajaani'),
      (id) => id !== 'hidden',
    );
    expect(hits.map((hit) => hit.id)).toEqual(['twin']);
    expect(hits[0]?.score).toBeGreaterThanOrEqual(SIMILAR_MIN_SCORE);
  });
});

describe('roundScore', () => {
  it('rounds to hundredths', () => {
    expect(roundScore(0.12345)).toBe(0.12);
    expect(roundScore(0.875)).toBe(0.88);
    expect(roundScore(1)).toBe(1);
  });
});
