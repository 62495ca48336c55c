import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createSqliteStore } from '../src/adapters/sqlite';
import { chooseTextAnalyzer } from '../src/adapters/voikko';
import {
  createSuggestionIndex,
  findSimilarObservations,
  REFRESH_INTERVAL_MS,
  suggestPhenomena,
  type SuggestionDeps,
} from '../src/app/suggestions';
import type { CountyConfig } from '../src/domain/county/county-config';
import type { Actor } from '../src/domain/policy/actor';
import { benchIds } from './bench-ids';
import { atMost, type Goal } from './goals';
import { fmt, median, percentile } from './stats';
import { syntheticObservation } from './synthetic-observations';
import { observationTexts, phenomenonTexts, TOPIC_COUNT } from './synthetic-finnish';

export type SuggestionBenchResult = {
  readonly analyzer: string;
  readonly observations: number;
  readonly phenomena: number;
  readonly links: number;
  readonly storeSeconds: number;
  /** The first request: the whole index built from the store. */
  readonly indexSeconds: number;
  readonly heapMb: number;
  readonly queries: number;
  readonly suggest: { readonly p50Ms: number; readonly p95Ms: number };
  readonly similar: { readonly p50Ms: number; readonly p95Ms: number };
};

const BUILD_CHUNK = 2_000;
const LINKS_PER_PHENOMENON = 20;
const WARM_UP = 20;
const RAKE: Actor = {
  id: 'bench-rake',
  name: 'RAKE',
  email: null,
  roles: ['rake_member'],
  serviceAreas: [],
};

/**
 * Suggestions for one observation at a time against `phenomena` phenomena (each linked to 20
 * observations of its topic) and `observations` observations of synthetic Finnish, through
 * the use cases on a SQLite file: the index is built on the first request (timed apart),
 * then `queries` requests for different observations are timed one by one.
 */
export async function runSuggestionBench(
  county: CountyConfig,
  observations: number,
  phenomena: number,
  queries: number,
): Promise<SuggestionBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'rake-bench-'));
  // NORMAL: building 100,000 filings and 10,000 links need not fsync each; queries only read.
  const sqlite = createSqliteStore({
    file: join(dir, 'suggestions.sqlite'),
    synchronous: 'normal',
  });
  // RAKE_TEXT_ANALYZER=ngram measures the fallback; otherwise Voikko when it loads, as the app.
  const mode = process.env.RAKE_TEXT_ANALYZER === 'ngram' ? 'ngram' : 'auto';
  const text = chooseTextAnalyzer(mode, { warn: (line) => console.log(`  ${line}`) });
  try {
    const built = performance.now();
    for (let from = 0; from < observations; from += BUILD_CHUNK) {
      const chunk = Array.from({ length: Math.min(BUILD_CHUNK, observations - from) }, (_, k) => {
        const { observation, filed } = syntheticObservation(county, from + k);
        return { observation: { ...observation, ...observationTexts(from + k) }, filed };
      });
      await Promise.all(
        chunk.map(({ observation, filed }) =>
          sqlite.observations.create(observation, filed, null, []),
        ),
      );
    }
    const idOf = (i: number) => syntheticObservation(county, i).observation.id;
    for (let j = 0; j < phenomena; j += 1) {
      const at = new Date(Date.UTC(2026, 0, 1, 0, 0, j)).toISOString();
      const id = benchIds.next();
      await sqlite.phenomena.create({
        id,
        ...phenomenonTexts(j),
        forms: [],
        level: null,
        createdBy: RAKE.id,
        createdAt: at,
        updatedAt: at,
        version: 1,
      });
      // Observations of the phenomenon's topic (observation i is about topic i % 12).
      for (let k = 0; k < LINKS_PER_PHENOMENON; k += 1) {
        const i = ((j * 7919 + k * 104_729) % Math.floor(observations / TOPIC_COUNT)) * TOPIC_COUNT;
        const observationId = idOf(i + (j % TOPIC_COUNT));
        await sqlite.phenomena.link({
          phenomenonId: id,
          observationId,
          linkedBy: RAKE.id,
          linkedAt: at,
        });
      }
    }
    const storeSeconds = (performance.now() - built) / 1000;

    const deps: SuggestionDeps = {
      store: sqlite.observations,
      phenomena: sqlite.phenomena,
      clock: { now: () => new Date() },
      // As src/compose.ts makes it for SQLite.
      suggestions: createSuggestionIndex(text.analyzer, {
        refreshIntervalMs: REFRESH_INTERVAL_MS.sqlite,
      }),
    };
    const first = performance.now();
    const warm = await suggestPhenomena(deps, RAKE, idOf(0));
    if (!warm.ok) throw new Error(`suggestions failed: ${JSON.stringify(warm.error)}`);
    const indexSeconds = (performance.now() - first) / 1000;

    const suggestMs: number[] = [];
    const similarMs: number[] = [];
    for (let q = 0; q < WARM_UP + queries; q += 1) {
      const id = idOf((q * 7_919) % observations);
      let start = performance.now();
      await suggestPhenomena(deps, RAKE, id);
      const suggestTime = performance.now() - start;
      start = performance.now();
      await findSimilarObservations(deps, RAKE, id);
      const similarTime = performance.now() - start;
      if (q >= WARM_UP) {
        suggestMs.push(suggestTime);
        similarMs.push(similarTime);
      }
    }
    return {
      analyzer: text.note,
      observations,
      phenomena,
      links: phenomena * LINKS_PER_PHENOMENON,
      storeSeconds,
      indexSeconds,
      heapMb: process.memoryUsage().heapUsed / 1024 / 1024,
      queries,
      suggest: { p50Ms: median(suggestMs), p95Ms: percentile(suggestMs, 95) },
      similar: { p50Ms: median(similarMs), p95Ms: percentile(similarMs, 95) },
    };
  } finally {
    text.close();
    sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Issue 11: suggestions for one observation against 500 phenomena and 100,000 observations,
 * p95 ≤ 50 ms (BENCH_SUGGEST_ROWS and BENCH_SUGGEST_QUERIES to change the sizes).
 */
export async function suggestionPart(county: CountyConfig): Promise<Goal[]> {
  const rows = Number(process.env.BENCH_SUGGEST_ROWS ?? 100_000);
  const queries = Math.max(200, Number(process.env.BENCH_SUGGEST_QUERIES ?? 300));
  const r = await runSuggestionBench(county, rows, 500, queries);
  console.log(
    `GET …/phenomenon-suggestions and …/similar (use cases on SQLite, ${r.analyzer}): ` +
      `${fmt(r.observations, 0)} observations of synthetic Finnish, ${fmt(r.phenomena, 0)} ` +
      `phenomena with ${fmt(r.links, 0)} links (store built in ${fmt(r.storeSeconds, 1)} s)`,
  );
  console.log(
    `  index built on the first request in ${fmt(r.indexSeconds, 1)} s; JS heap then ` +
      `${fmt(r.heapMb, 0)} MB`,
  );
  const line = (name: string, t: { p50Ms: number; p95Ms: number }) =>
    `  ${name}: p50 ${fmt(t.p50Ms)} ms, p95 ${fmt(t.p95Ms)} ms over ${r.queries} requests`;
  console.log(line('suggestions', r.suggest));
  console.log(line('near-duplicates', r.similar));
  return [
    atMost(
      `suggestions, 500 phenomena × ${fmt(rows, 0)} observations: p95`,
      r.suggest.p95Ms,
      50,
      ' ms',
    ),
  ];
}
