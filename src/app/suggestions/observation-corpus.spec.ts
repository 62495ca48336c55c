import { createSqliteStore, type SqliteStore } from '../../adapters/sqlite';
import { bagOf } from '../../domain/text-match/term-bag';
import type { ObservationStore } from '../../ports';
import { createTestData } from '../../ports/testing/observation-builder';
import { ngramAnalyzer } from './ngram-analyzer';
import { ObservationCorpus } from './observation-corpus';

describe('ObservationCorpus', () => {
  let sqlite: SqliteStore;
  const data = createTestData();
  beforeEach(() => {
    sqlite = createSqliteStore({ file: ':memory:' });
  });
  afterEach(() => sqlite.close());

  async function file(count: number): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const observation = data.observation({ description: `Havainto numero ${i} häädöistä.` });
      await sqlite.observations.create(observation, data.filed(observation), null, []);
      ids.push(observation.id);
    }
    return ids;
  }

  /** The store, with listBoard failing while `failing()` says so, and its calls counted. */
  function flaky(failing: () => boolean): ObservationStore & { calls: number } {
    const store = Object.create(sqlite.observations) as ObservationStore & { calls: number };
    store.calls = 0;
    store.listBoard = async (query) => {
      store.calls += 1;
      if (failing()) throw new Error('storage unavailable');
      return sqlite.observations.listBoard(query);
    };
    return store;
  }

  it('builds page by page, then reads only the newest until one it knows', async () => {
    const ids = await file(7);
    const corpus = new ObservationCorpus(ngramAnalyzer, { head: 2, build: 3 });
    const store = flaky(() => false);

    await corpus.refresh(store);
    expect(ids.every((id) => corpus.index.has(id))).toBe(true);
    expect(store.calls).toBe(3);

    const later = await file(4);
    store.calls = 0;
    await corpus.refresh(store);
    expect(later.every((id) => corpus.index.has(id))).toBe(true);
    expect(store.calls).toBe(2); // 2 newest, then a page of 3 that reaches a known one
    expect(corpus.factsOf(later[0] ?? '')).toEqual({
      serviceArea: 'adult-social-work',
      supervisorId: null,
      reporterId: 'user-reporter',
      coReporterIds: [],
    });
  });

  it('resumes a build that a failing store cut short, leaving no gap', async () => {
    const ids = await file(7);
    const corpus = new ObservationCorpus(ngramAnalyzer, { head: 2, build: 3 });
    let calls = 0;
    await expect(corpus.refresh(flaky(() => ++calls === 2))).rejects.toThrow('unavailable');
    expect(corpus.index.size).toBe(3);

    const newer = await file(1);
    await corpus.refresh(flaky(() => false));
    expect([...ids, ...newer].every((id) => corpus.index.has(id))).toBe(true);
    expect(corpus.index.size).toBe(8);
  });

  it('indexes the description and, at half weight, the solution proposal', async () => {
    const [id] = await file(1);
    const corpus = new ObservationCorpus(ngramAnalyzer);
    await corpus.refresh(sqlite.observations);
    const hits = corpus.index.search(
      bagOf([{ terms: ngramAnalyzer.terms('häädöistä'), scale: 1 }]),
      { limit: 1, minScore: 0 },
    );
    expect(hits.map((hit) => hit.id)).toEqual([id]);
  });
});
