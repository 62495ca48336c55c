import { isCounted } from '../../domain/lifecycle/status';
import { DocIndex } from '../../domain/text-match/doc-index';
import { observationBag } from '../../domain/text-match/text-weights';
import type { Observation } from '../../domain/observation/observation';
import type { ObservationStore, TermAnalyzer } from '../../ports';

/** What deciding who may see a near-duplicate needs; it does not change after filing. */
export type VisibilityFacts = Pick<
  Observation,
  'serviceArea' | 'supervisorId' | 'reporterId' | 'coReporterIds'
>;

/** Newest observations read per request to find the ones filed since the last. */
const HEAD_PAGE = 20;
/** Observations read per page while building the index. */
const BUILD_PAGE = 1000;
const ALL = { kind: 'all' } as const;

/**
 * Every observation's terms, indexed once: texts do not change after filing, so the index is
 * built from the board (newest first, page by page) and then only extended with the newest
 * until one already indexed is met. A build cut short by a failing store resumes where it
 * stopped. Assumes filings get increasing times (one clock; several instances with skewed
 * clocks could leave an observation unindexed until restart).
 */
export class ObservationCorpus {
  readonly index = new DocIndex();
  private readonly facts = new Map<string, VisibilityFacts>();
  /** Where the first build goes on: undefined before it starts, null once it reached the end. */
  private buildCursor: string | null | undefined = undefined;

  constructor(
    private readonly analyzer: TermAnalyzer,
    private readonly pages: { readonly head: number; readonly build: number } = {
      head: HEAD_PAGE,
      build: BUILD_PAGE,
    },
  ) {}

  factsOf(id: string): VisibilityFacts | undefined {
    return this.facts.get(id);
  }

  async refresh(store: ObservationStore): Promise<void> {
    if (this.buildCursor !== undefined) await this.readNewest(store);
    while (this.buildCursor !== null) {
      const page = await store.listBoard({
        scope: ALL,
        limit: this.pages.build,
        cursor: this.buildCursor,
      });
      for (const observation of page.items) this.add(observation);
      this.buildCursor = page.nextCursor;
    }
  }

  /**
   * The observations filed since the last read: pages from the newest until an indexed one.
   * They are indexed only once all are read, so a failing page leaves no gap behind the head.
   */
  private async readNewest(store: ObservationStore): Promise<void> {
    const fresh: Observation[] = [];
    let cursor: string | undefined;
    for (let limit = this.pages.head; ; limit = this.pages.build) {
      const page = await store.listBoard({ scope: ALL, limit, cursor });
      const known = page.items.findIndex((observation) => this.index.has(observation.id));
      fresh.push(...(known < 0 ? page.items : page.items.slice(0, known)));
      if (known >= 0 || page.nextCursor === null) break;
      cursor = page.nextCursor;
    }
    for (const observation of fresh) this.add(observation);
  }

  private add(observation: Observation): void {
    // The reporter took it back: it suggests nothing and is nobody's near-duplicate.
    if (!isCounted(observation)) return;
    const { id, serviceArea, supervisorId, reporterId, coReporterIds } = observation;
    this.index.add(
      id,
      observationBag((text) => this.analyzer.terms(text), observation),
    );
    this.facts.set(id, { serviceArea, supervisorId, reporterId, coReporterIds });
  }
}
