import type { Clock, ObservationStore, PhenomenonStore, TermAnalyzer } from '../../ports';
import { ObservationCorpus } from './observation-corpus';
import { PhenomenonCatalog } from './phenomenon-catalog';

/**
 * The in-memory text index behind suggestions and near-duplicates: one per process, made at
 * start-up with the chosen analyzer (Voikko, or n-grams) and kept in AppDeps.
 */
export type SuggestionIndex = {
  readonly analyzer: TermAnalyzer;
  readonly corpus: ObservationCorpus;
  readonly catalog: PhenomenonCatalog;
  /** Brings both up to date with the stores; concurrent callers share one refresh. */
  refresh(stores: SuggestionStores): Promise<void>;
};

/** What the suggestion use cases read: the stores, the clock and the index. */
export type SuggestionDeps = {
  readonly store: ObservationStore;
  readonly phenomena: PhenomenonStore;
  readonly clock: Clock;
  /** Absent: one per store with n-grams (suggestion-index-of.ts). */
  readonly suggestions?: SuggestionIndex;
};

export type SuggestionStores = {
  readonly observations: ObservationStore;
  /** Absent: no phenomena (the catalog stays empty). */
  readonly phenomena?: PhenomenonStore;
  readonly clock: Clock;
};

export type SuggestionIndexOptions = {
  /** Looks at the stores at most this often (default 0: on every request). */
  readonly refreshIntervalMs?: number;
};

/**
 * What the app runs with. Each look reads the newest observations, every phenomenon and the
 * link counts: on SQLite a couple of milliseconds, on SharePoint Graph requests. A filing or
 * an edit of a phenomenon shows in suggestions this much later at most; a new link at once
 * (the observation's own links are read on every request).
 */
export const REFRESH_INTERVAL_MS = { sqlite: 1000, sharepoint: 5000 } as const;

export function createSuggestionIndex(
  analyzer: TermAnalyzer,
  options: SuggestionIndexOptions = {},
): SuggestionIndex {
  const corpus = new ObservationCorpus(analyzer);
  const catalog = new PhenomenonCatalog(analyzer, corpus);
  const interval = options.refreshIntervalMs ?? 0;
  let running: Promise<void> | null = null;
  let lastDone = -Infinity;

  return {
    analyzer,
    corpus,
    catalog,
    refresh(stores) {
      const now = stores.clock.now().getTime();
      if (running !== null) return running;
      if (interval > 0 && now - lastDone < interval) return Promise.resolve();
      running = (async () => {
        // Observations first: the phenomena fold in the terms of the ones linked to them.
        await corpus.refresh(stores.observations);
        if (stores.phenomena !== undefined) await catalog.refresh(stores.phenomena);
        lastDone = now;
      })().finally(() => {
        running = null;
      });
      return running;
    },
  };
}
