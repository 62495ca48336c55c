import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteStore } from '../src/adapters/sqlite';
import { createReport, reportWordDocument } from '../src/app/reports';
import { localReportPublishing } from '../src/compose-publishing';
import type { CountyConfig } from '../src/domain/county/county-config';
import type { Actor } from '../src/domain/policy/actor';
import { median, percentile } from './stats';
import { syntheticObservation } from './synthetic-observations';

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

const BUILD_CHUNK = 500;
const COORDINATOR: Actor = {
  id: 'bench-coordinator',
  name: 'Kaisa Koordinaattori',
  email: null,
  roles: ['reporter', 'rake_coordinator'],
  serviceAreas: [],
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
    for (let from = 0; from < rows; from += BUILD_CHUNK) {
      const chunk = Array.from({ length: Math.min(BUILD_CHUNK, rows - from) }, (_, i) =>
        syntheticObservation(county, from + i),
      );
      await Promise.all(
        chunk.map(({ observation, filed }) =>
          sqlite.observations.create(observation, filed, null, []),
        ),
      );
    }
    const at = new Date().toISOString();
    for (let p = 0; p < 50; p++) {
      const phenomenon = await sqlite.phenomena.create({
        id: `bench-phenomenon-${p}`,
        title: `Ilmiö ${p}`,
        description: '',
        forms: [],
        level: null,
        createdBy: COORDINATOR.id,
        createdAt: at,
        updatedAt: at,
        version: 1,
      });
      for (let i = p; i < rows; i += 150) {
        await sqlite.phenomena.link({
          phenomenonId: phenomenon.id,
          observationId: `bench-${String(i).padStart(7, '0')}`,
          linkedBy: COORDINATOR.id,
          linkedAt: at,
        });
      }
    }
    sqlite.database.pragma('optimize');

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
      const made = await createReport(deps, COORDINATOR, {
        kind: 'annual',
        title: `Sosiaalinen raportti ${year}`,
        year,
      });
      const drafted = performance.now();
      if (!made.ok) throw new Error(`report refused: ${made.error.code}`);
      const word = await reportWordDocument(deps, COORDINATOR, made.value.id);
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
