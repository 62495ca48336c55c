import { DocIndex } from './doc-index';
import { bagOf } from './term-bag';
import type { Term } from './term';

const bag = (...keys: string[]) =>
  bagOf([{ terms: keys.map((key): Term => ({ key, form: key, weight: 1 })), scale: 1 }]);

describe('DocIndex', () => {
  function corpus(): DocIndex {
    const index = new DocIndex();
    index.add('a', bag('häätö', 'perhe', 'vuokra'));
    index.add('b', bag('häätö', 'asunto'));
    index.add('c', bag('nuori', 'jono', 'terapia'));
    index.add('d', bag('vanhus', 'yksinäisyys', 'perhe'));
    return index;
  }

  it('scores the same text 1 and texts with nothing shared not at all', () => {
    const hits = corpus().search(bag('nuori', 'jono', 'terapia'), { limit: 5, minScore: 0 });
    expect(hits).toEqual([
      { id: 'c', score: expect.closeTo(1, 6), matchedTerms: ['jono', 'nuori', 'terapia'] },
    ]);
  });

  it('ranks by cosine and names the shared terms, the rarer (bigger share) first', () => {
    const hits = corpus().search(bag('häätö', 'perhe', 'asunto'), { limit: 5, minScore: 0 });
    expect(hits.map((hit) => hit.id)).toEqual(['b', 'a', 'd']);
    expect(hits[0]?.matchedTerms).toEqual(['asunto', 'häätö']);
    for (const hit of hits) expect(hit.score).toBeLessThanOrEqual(1);
  });

  it('keeps only hits at or above minScore that accept lets through, at most limit', () => {
    const index = corpus();
    const query = bag('häätö', 'perhe', 'asunto');
    expect(index.search(query, { limit: 1, minScore: 0 }).map((h) => h.id)).toEqual(['b']);
    expect(
      index.search(query, { limit: 5, minScore: 0, accept: (id) => id !== 'b' }).map((h) => h.id),
    ).toEqual(['a', 'd']);
    expect(index.search(query, { limit: 5, minScore: 0.6 }).map((h) => h.id)).toEqual(['b']);
  });

  it('finds nothing for a query of unknown or no terms', () => {
    expect(corpus().search(bag('kela'), { limit: 5, minScore: 0 })).toEqual([]);
    expect(corpus().search(new Map(), { limit: 5, minScore: 0 })).toEqual([]);
  });

  it('adds a document once, and gives its terms back', () => {
    const index = corpus();
    index.add('a', bag('muuta'));
    expect(index.size).toBe(4);
    expect([...(index.bag('a')?.keys() ?? [])].sort()).toEqual(['häätö', 'perhe', 'vuokra']);
    expect(index.bag('x')).toBeNull();
  });

  it('weighs by the rareness of another index (phenomena by the observations)', () => {
    const observations = corpus();
    const phenomena = new DocIndex(observations);
    phenomena.add('p-common', bag('perhe'));
    phenomena.add('p-rare', bag('asunto'));
    expect(observations.idf('perhe')).toBeLessThan(observations.idf('asunto'));
    const hits = phenomena.search(bag('perhe', 'asunto'), { limit: 5, minScore: 0 });
    // Each phenomenon matches one term exactly; the rarer term is the better evidence.
    expect(hits.map((hit) => hit.id)).toEqual(['p-rare', 'p-common']);
  });

  it('stays correct as the corpus grows past the point where lengths are recomputed', () => {
    const index = new DocIndex();
    for (let i = 0; i < 300; i += 1) index.add(`o${i}`, bag(`sana${i % 7}`, `muu${i}`));
    const [hit] = index.search(bag('sana3', 'muu3'), { limit: 1, minScore: 0 });
    expect(hit?.id).toBe('o3');
    expect(hit?.score).toBeCloseTo(1, 2);
  });
});

describe('DocIndex matchedTerms', () => {
  it("leaves out a compound's parts when the compound itself is named", () => {
    const index = new DocIndex();
    const terms = (...pairs: [string, number][]) =>
      bagOf([{ terms: pairs.map(([key, weight]) => ({ key, form: key, weight })), scale: 1 }]);
    index.add('a', terms(['vuokravelka', 1], ['vuokra', 0.5], ['velka', 0.5], ['häätö', 1]));
    index.add('b', terms(['jono', 1]));
    const [hit] = index.search(terms(['vuokravelka', 1], ['vuokra', 0.5], ['velka', 0.5]), {
      limit: 1,
      minScore: 0,
    });
    expect(hit?.matchedTerms).toEqual(['vuokravelka']);
  });
});
