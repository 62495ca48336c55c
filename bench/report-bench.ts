import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteStore } from '../src/adapters/sqlite';
import { createReport, reportWordDocument } from '../src/app/reports';
import { localReportPublishing } from '../src/compose-publishing';
import type { CountyConfig } from '../src/domain/county/county-config';
import { median, percentile } from './stats';
import { syntheticObservation } from './synthetic-observations';
import { BENCH_COORDINATOR, fillSyntheticWorkspace } from './synthetic-workspace';

export type ReportBenchResult = {
  readonly observations: number;
  readonly runs: number;
  /** Drafting the annual report: reading the year from the store, the figures, the text. */
  readonly draftMedianMs: number;
  /** Its Word document (native charts, the table of contents with page numbers). */
  readonly wordMedianMs: number;
  readonly totalMedianMs: number;
  readonly totalMaxMs: number;
  readonly wordBytes: number;
};

/**
 * The annual social report of a year holding `rows` observations (the synthetic spread puts
 * them all into 2025), with 50 phenomena linked to a third of them: drafting it through the
 * use case on the SQLite store, then its Word document, timed over `runs` runs after one
 * warm-up.
 */
export async function runReportBench(
  county: CountyConfig,
  rows: number,
  runs = 5,
): Promise<ReportBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'rake-bench-report-'));
  const sqlite = createSqliteStore({ file: join(dir, 'report.sqlite') });
  try {
    await fillSyntheticWorkspace(sqlite, county, rows);

    let n = 0;
    const deps = {
      ...sqlite,
      store: sqlite.observations,
      county,
      clock: { now: () => new Date() },
      ids: { next: () => `bench-report-${++n}` },
      publishing: localReportPublishing(join(dir, 'intranet'), county.timeZone).publishing,
    };
    const year = Number(syntheticObservation(county, 0).observation.createdAt.slice(0, 4));
    const drafts: number[] = [];
    const words: number[] = [];
    const totals: number[] = [];
    let wordBytes = 0;
    for (let run = 0; run <= runs; run++) {
      const started = performance.now();
      const made = await createReport(deps, BENCH_COORDINATOR, {
        kind: 'annual',
        title: `Sosiaalinen raportti ${year}`,
        year,
      });
      const drafted = performance.now();
      if (!made.ok) throw new Error(`report refused: ${made.error.code}`);
      const word = await reportWordDocument(deps, BENCH_COORDINATOR, made.value.id);
      const done = performance.now();
      if (!word.ok) throw new Error(`document refused: ${word.error.code}`);
      if (made.value.observationIds.length !== rows) {
        throw new Error(`the report rests on ${made.value.observationIds.length} of ${rows}`);
      }
      wordBytes = word.value.file.length;
      if (run === 0) continue;
      drafts.push(drafted - started);
      words.push(done - drafted);
      totals.push(done - started);
    }
    return {
      observations: rows,
      runs,
      draftMedianMs: median(drafts),
      wordMedianMs: median(words),
      totalMedianMs: median(totals),
      totalMaxMs: percentile(totals, 100),
      wordBytes,
    };
  } finally {
    sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
