import { DocIndex } from '../../domain/text-match/doc-index';
import type { TermBag } from '../../domain/text-match/term-bag';
import { phenomenonBag } from '../../domain/text-match/text-weights';
import type { Phenomenon } from '../../domain/phenomenon/phenomenon';
import type { PhenomenonStore, TermAnalyzer } from '../../ports';
import type { ObservationCorpus } from './observation-corpus';

type Entry = {
  readonly version: number;
  /** The linked observations' ids, sorted and joined: any change of the links shows here. */
  readonly linked: string;
  readonly title: string;
  readonly bag: TermBag;
};

/**
 * The phenomena as documents: each one's title and description and the observations linked
 * to it. A phenomenon's terms are rebuilt only when it was edited or its links changed; the
 * (small) index over them is rebuilt whenever any did. Rareness (idf) comes from the
 * observations, so a phenomenon's words weigh what they weigh in reporters' texts.
 */
export class PhenomenonCatalog {
  private entries = new Map<string, Entry>();
  private linksReadAt = -Infinity;
  index: DocIndex;

  constructor(
    private readonly analyzer: TermAnalyzer,
    private readonly corpus: ObservationCorpus,
  ) {
    this.index = new DocIndex(corpus.index);
  }

  titleOf(id: string): string | undefined {
    return this.entries.get(id)?.title;
  }

  async refresh(store: PhenomenonStore): Promise<void> {
    // All links in one read (a few pages on SharePoint), grouped here.
    const [phenomena, links] = await Promise.all([store.list(), store.allLinks()]);
    const linkedTo = new Map<string, string[]>();
    for (const link of links) {
      const ids = linkedTo.get(link.phenomenonId) ?? [];
      ids.push(link.observationId);
      linkedTo.set(link.phenomenonId, ids);
    }
    let changed = phenomena.length !== this.entries.size;
    const next = new Map<string, Entry>();
    for (const phenomenon of phenomena) {
      const ids = (linkedTo.get(phenomenon.id) ?? []).sort();
      const linked = ids.join('|');
      const seen = this.entries.get(phenomenon.id);
      const current =
        seen !== undefined && seen.version === phenomenon.version && seen.linked === linked;
      if (!current) changed = true;
      next.set(phenomenon.id, current ? seen : this.entryOf(phenomenon, ids, linked));
    }
    this.entries = next;
    if (changed) this.reindex();
  }

  private entryOf(
    phenomenon: Phenomenon,
    observationIds: readonly string[],
    linked: string,
  ): Entry {
    const bags = observationIds
      .map((id) => this.corpus.index.bag(id))
      .filter((bag): bag is TermBag => bag !== null);
    const bag = phenomenonBag((text) => this.analyzer.terms(text), phenomenon, bags);
    return { version: phenomenon.version, linked, title: phenomenon.title, bag };
  }

  private reindex(): void {
    const index = new DocIndex(this.corpus.index);
    for (const [id, entry] of this.entries) index.add(id, entry.bag);
    this.index = index;
  }
}
