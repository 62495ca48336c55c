import { BestHits } from './best-hits';
import { matchedTerms } from './matched-terms';
import { binarySearch, grown, Postings } from './postings';
import { tfWeight, type BagEntry, type TermBag } from './term-bag';

/** Where the index reads how rare a key is (the observation corpus, for phenomena too). */
export type IdfSource = {
  idf(key: string): number;
  /** Changes when idf values have moved enough that cached document lengths are stale. */
  readonly epoch: number;
};

/** A document like the query: cosine similarity 0..1 and the shared terms, biggest first. */
export type Hit = {
  readonly id: string;
  readonly score: number;
  readonly matchedTerms: readonly string[];
};

export type SearchOptions = {
  readonly limit: number;
  /** Hits below this are left out: the shared words are too few or too common to mean much. */
  readonly minScore: number;
  /** Whether a document may be a hit (not the query itself, visible to the caller, …). */
  readonly accept?: (id: string) => boolean;
};

type QueryTerm = { readonly keyId: number; readonly weight: number; readonly form: string };

/**
 * TF-IDF cosine search over bags of terms, with an inverted index so a query touches only the
 * documents that share a key with it. Documents are added, never changed (observations' texts
 * do not change after filing; the phenomena's index is rebuilt instead).
 */
export class DocIndex implements IdfSource {
  private readonly keyIds = new Map<string, number>();
  private readonly keyNames: string[] = [];
  private readonly postings: Postings[] = [];
  private readonly ids: string[] = [];
  private readonly positions = new Map<string, number>();
  private readonly docKeys: Int32Array[] = [];
  private readonly docTfs: Float32Array[] = [];
  private norms = new Float64Array(64);
  private normsEpoch = -1;
  private scores = new Float64Array(64);
  /** The documents a search touched: reused, as a search may touch every document. */
  private touched = new Int32Array(64);
  private epochCount = 0;
  private epochSize = 0;
  private readonly idfSource: IdfSource;

  /** `idfSource` absent: idf from this index's own documents. */
  constructor(idfSource?: IdfSource) {
    this.idfSource = idfSource ?? this;
  }

  get size(): number {
    return this.ids.length;
  }

  get epoch(): number {
    return this.epochCount;
  }

  has(id: string): boolean {
    return this.positions.has(id);
  }

  /** Smoothed idf: a key no document has is as rare as can be, never infinite. */
  idf(key: string): number {
    const keyId = this.keyIds.get(key);
    const df = keyId === undefined ? 0 : (this.postings[keyId] as Postings).length;
    return Math.log((1 + this.ids.length) / (1 + df)) + 1;
  }

  add(id: string, bag: TermBag): void {
    if (this.positions.has(id)) return;
    const doc = this.ids.length;
    this.ids.push(id);
    this.positions.set(id, doc);
    const entries = [...bag].map(([key, entry]) => [this.keyIdOf(key), entry.tf] as const);
    entries.sort((a, b) => a[0] - b[0]);
    this.docKeys.push(Int32Array.from(entries, ([keyId]) => keyId));
    this.docTfs.push(Float32Array.from(entries, ([, tf]) => tf));
    for (const [keyId, tf] of entries) (this.postings[keyId] as Postings).push(doc, tfWeight(tf));
    this.norms = grown(this.norms, doc + 1);
    this.norms[doc] = this.normOf(doc, (keyId) => this.idfSource.idf(this.keyName(keyId)));
    // The idf of every key moves with each document; lengths are recomputed once the corpus
    // has grown by a hundredth (scores may be off by about that much in between).
    if (this.ids.length >= this.epochSize + Math.max(1, Math.floor(this.epochSize / 100))) {
      this.epochCount += 1;
      this.epochSize = this.ids.length;
    }
  }

  /** The document's keys and counts (forms are the keys), e.g. to fold into a phenomenon. */
  bag(id: string): TermBag | null {
    const doc = this.positions.get(id);
    if (doc === undefined) return null;
    const keys = this.docKeys[doc] as Int32Array;
    const tfs = this.docTfs[doc] as Float32Array;
    const bag = new Map<string, BagEntry>();
    keys.forEach((keyId, i) => {
      const key = this.keyName(keyId);
      bag.set(key, { tf: tfs[i] as number, form: key });
    });
    return bag;
  }

  search(query: TermBag, options: SearchOptions): Hit[] {
    this.refreshNorms();
    let queryNorm = 0;
    const shared: QueryTerm[] = [];
    for (const [key, entry] of query) {
      const weight = tfWeight(entry.tf) * this.idfSource.idf(key);
      queryNorm += weight * weight;
      const keyId = this.keyIds.get(key);
      if (keyId !== undefined) shared.push({ keyId, weight, form: entry.form });
    }
    queryNorm = Math.sqrt(queryNorm);
    if (queryNorm === 0 || shared.length === 0) return [];

    const top = this.topDocuments(shared, queryNorm, options);
    return top.map(({ doc, score }) => ({
      id: this.ids[doc] as string,
      score: Math.min(1, score),
      matchedTerms: this.explain(doc, shared),
    }));
  }

  /** Accumulates the dot products over the shared keys' postings, then keeps the best. */
  private topDocuments(
    shared: readonly QueryTerm[],
    queryNorm: number,
    options: SearchOptions,
  ): { doc: number; score: number }[] {
    this.scores = grown(this.scores, this.ids.length);
    if (this.touched.length < this.ids.length) this.touched = new Int32Array(this.scores.length);
    const { scores, touched } = this;
    let touchedCount = 0;
    for (const term of shared) {
      const postings = this.postings[term.keyId] as Postings;
      const factor = term.weight * this.idfSource.idf(this.keyName(term.keyId));
      const { docs, weights } = postings;
      for (let i = 0; i < postings.length; i += 1) {
        const doc = docs[i] as number;
        if (scores[doc] === 0) touched[touchedCount++] = doc;
        scores[doc] = (scores[doc] as number) + factor * (weights[i] as number);
      }
    }
    const best = new BestHits(options.limit, (doc) => this.ids[doc] as string);
    for (let t = 0; t < touchedCount; t += 1) {
      const doc = touched[t] as number;
      const score = (scores[doc] as number) / (queryNorm * (this.norms[doc] as number));
      scores[doc] = 0;
      if (!(score >= options.minScore) || !best.wouldKeep(doc, score)) continue;
      if (options.accept === undefined || options.accept(this.ids[doc] as string)) {
        best.add(doc, score);
      }
    }
    return best.hits;
  }

  /** The shared terms' shares of the document's score, by form (compared undivided). */
  private explain(doc: number, shared: readonly QueryTerm[]): string[] {
    const keys = this.docKeys[doc] as Int32Array;
    const tfs = this.docTfs[doc] as Float32Array;
    const shares = new Map<string, number>();
    for (const term of shared) {
      const at = binarySearch(keys, term.keyId);
      if (at < 0) continue;
      const idf = this.idfSource.idf(this.keyName(term.keyId));
      const share = term.weight * tfWeight(tfs[at] as number) * idf;
      shares.set(term.form, (shares.get(term.form) ?? 0) + share);
    }
    return matchedTerms(shares);
  }

  private refreshNorms(): void {
    if (this.normsEpoch === this.idfSource.epoch) return;
    const idfs = Float64Array.from(this.keyNames, (key) => this.idfSource.idf(key));
    for (let doc = 0; doc < this.ids.length; doc += 1) {
      this.norms[doc] = this.normOf(doc, (keyId) => idfs[keyId] as number);
    }
    this.normsEpoch = this.idfSource.epoch;
  }

  private normOf(doc: number, idf: (keyId: number) => number): number {
    const keys = this.docKeys[doc] as Int32Array;
    const tfs = this.docTfs[doc] as Float32Array;
    let sum = 0;
    for (let i = 0; i < keys.length; i += 1) {
      const weight = tfWeight(tfs[i] as number) * idf(keys[i] as number);
      sum += weight * weight;
    }
    return Math.sqrt(sum);
  }

  private keyIdOf(key: string): number {
    let keyId = this.keyIds.get(key);
    if (keyId === undefined) {
      keyId = this.keyNames.length;
      this.keyIds.set(key, keyId);
      this.keyNames.push(key);
      this.postings.push(new Postings());
    }
    return keyId;
  }

  private keyName(keyId: number): string {
    return this.keyNames[keyId] as string;
  }
}
