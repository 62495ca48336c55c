/**
 * The best `limit` documents seen so far, best first: higher score first, equal scores by id,
 * so results do not depend on the order documents were added. Kept as a small sorted array:
 * the limit is 3 or 5, while a search may look at every document.
 */
export class BestHits {
  readonly hits: { doc: number; score: number }[] = [];

  constructor(
    private readonly limit: number,
    private readonly idOf: (doc: number) => string,
  ) {}

  /** Whether a document with this score would make the list (checked before costlier tests). */
  wouldKeep(doc: number, score: number): boolean {
    const last = this.hits[this.limit - 1];
    return last === undefined || this.isBetter(doc, score, last);
  }

  add(doc: number, score: number): void {
    this.hits.push({ doc, score });
    this.hits.sort((a, b) => (this.isBetter(a.doc, a.score, b) ? -1 : 1));
    if (this.hits.length > this.limit) this.hits.pop();
  }

  private isBetter(doc: number, score: number, than: { doc: number; score: number }): boolean {
    if (score !== than.score) return score > than.score;
    return this.idOf(doc) < this.idOf(than.doc);
  }
}
