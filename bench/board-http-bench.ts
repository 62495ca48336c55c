import type { ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createSqliteStore } from '../src/adapters/sqlite';
import type { CountyConfig } from '../src/domain/county/county-config';
import { boardViews, type BoardView } from './board-views';
import {
  ratioOf,
  runSideBySide,
  type SideBySideOptions,
  type SideBySideResult,
} from './side-by-side';
import { startChild } from './submit-bench';
import { syntheticObservation } from './synthetic-observations';

export const BOARD_SIDES = { app: 'app', bare: 'bare SQL' } as const;

export type BoardViewResult = {
  readonly view: BoardView;
  readonly run: SideBySideResult;
  /** Median over the rounds of the app's CPU per request over the bare route's. */
  readonly cpuRatio: number;
  /** The same for the median latency. */
  readonly p50Ratio: number;
  /** What one answer held, checked before the load. */
  readonly items: number;
  readonly medianHours: number | null;
};

export type BoardHttpBenchResult = {
  readonly rows: number;
  readonly buildSeconds: number;
  readonly views: readonly BoardViewResult[];
};

/** Filings handed to the store at once while building; its group commit makes each one commit. */
const BUILD_CHUNK = 2_000;

export async function buildBoard(
  county: CountyConfig,
  rows: number,
  file: string,
): Promise<number> {
  const built = performance.now();
  const sqlite = createSqliteStore({ file });
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
    sqlite.database.pragma('optimize');
    sqlite.database.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    sqlite.close();
  }
  return (performance.now() - built) / 1000;
}

/**
 * `GET /api/observations` (first page, no filters: the page and the current period's median
 * answer time) of the app at `rows` observations, against a bare route of the same framework
 * that runs the same page SQL (bare-board-server.ts), for the county-wide and a supervisor's
 * board; each server in its own process on its own copy of the database, loaded in turn.
 */
export async function runBoardHttpBench(
  county: CountyConfig,
  rows: number,
  options: SideBySideOptions,
): Promise<BoardHttpBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'rake-board-'));
  const children: ChildProcess[] = [];
  try {
    const built = join(dir, 'built.sqlite');
    const buildSeconds = await buildBoard(county, rows, built);
    copyFileSync(built, join(dir, 'app.sqlite'));
    copyFileSync(built, join(dir, 'bare.sqlite'));
    const app = await startChild('app', dir, { BENCH_DB: join(dir, 'app.sqlite') });
    children.push(app.child);
    const bare = await startChild('bare-board', dir, { BENCH_DB: join(dir, 'bare.sqlite') });
    children.push(bare.child);

    const views: BoardViewResult[] = [];
    for (const view of boardViews(county)) {
      const url = `${app.url}/api/observations`;
      const answer = (await (await fetch(url, { headers: view.headers })).json()) as {
        items?: unknown[];
        medianHoursToFirstAnswer?: number | null;
      };
      if (!Array.isArray(answer.items)) throw new Error(`board answered ${JSON.stringify(answer)}`);
      const run = await runSideBySide(
        [
          { name: BOARD_SIDES.app, child: app.child, url, method: 'GET', headers: view.headers },
          {
            name: BOARD_SIDES.bare,
            child: bare.child,
            url: `${bare.url}/bare-board/${view.name}`,
            method: 'GET',
          },
        ],
        options,
      );
      views.push({
        view,
        run,
        cpuRatio: ratioOf(run, BOARD_SIDES.app, BOARD_SIDES.bare, 'cpuMsPerRequest'),
        p50Ratio: ratioOf(run, BOARD_SIDES.app, BOARD_SIDES.bare, 'p50Ms'),
        items: answer.items.length,
        medianHours: answer.medianHoursToFirstAnswer ?? null,
      });
    }
    return { rows, buildSeconds, views };
  } finally {
    for (const child of children) if (child.exitCode === null) child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}
