import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteStore } from '../src/adapters/sqlite';
import { createCompilation } from '../src/app/compilations';
import type { CountyConfig } from '../src/domain/county/county-config';
import { median, percentile } from './stats';
import { syntheticObservation } from './synthetic-observations';
import { BENCH_COORDINATOR, fillSyntheticWorkspace } from './synthetic-workspace';

export type CompilationBenchResult = {
  readonly observations: number;
  readonly compiled: number;
  readonly runs: number;
  readonly medianMs: number;
  readonly maxMs: number;
  readonly buildSeconds: number;
};

/**
 * A compilation of one period holding `rows` observations (the synthetic spread puts the
 * first 11,000 or so into 2025-Q1), with 50 phenomena linked to a third of them: the whole
 * use case on the SQLite store — reading the period from the board, compiling, storing the
 * snapshot — timed over `runs` runs after one warm-up.
 */
export async function runCompilationBench(
  county: CountyConfig,
  rows: number,
  runs = 7,
): Promise<CompilationBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'rake-bench-compilation-'));
  const sqlite = createSqliteStore({ file: join(dir, 'compilation.sqlite') });
  try {
    const { buildSeconds } = await fillSyntheticWorkspace(sqlite, county, rows);

    let n = 0;
    const deps = {
      ...sqlite,
      store: sqlite.observations,
      county,
      clock: { now: () => new Date() },
      ids: { next: () => `bench-compilation-${++n}` },
    };
    const period = syntheticObservation(county, 0).observation.period;
    const timings: number[] = [];
    let compiled = 0;
    for (let run = 0; run <= runs; run++) {
      const started = performance.now();
      const made = await createCompilation(deps, BENCH_COORDINATOR, { period });
      const ms = performance.now() - started;
      if (!made.ok) throw new Error(`compilation refused: ${made.error.code}`);
      compiled = made.value.total;
      if (run > 0) timings.push(ms);
    }
    return {
      observations: rows,
      compiled,
      runs,
      medianMs: median(timings),
      maxMs: percentile(timings, 100),
      buildSeconds,
    };
  } finally {
    sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
