import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CountyConfig } from '../src/domain/county/county-config';
import type { SqliteSynchronous } from '../src/adapters/sqlite';
import { median } from './stats';
import { DEV_USER, filingBody, load, startChild, type LoadResult } from './submit-bench';

/** Seconds of load per side and round. */
const ROUND_S = 4;
const WARM_UP_S = 2;

export type SideBySide = {
  /** What was loaded: the app's filing, or the bare one-insert route. */
  readonly name: string;
  readonly connections: number;
  /** Medians over the rounds. */
  readonly normal: LoadResult;
  readonly full: LoadResult;
  /** Median over the rounds of FULL / NORMAL (each round's pair measured back to back). */
  readonly throughputRatio: number;
  readonly latencyRatio: number;
};

export type SynchronousBenchResult = {
  readonly rounds: number;
  readonly cases: readonly SideBySide[];
  readonly errors: number;
};

type Server = { readonly url: string; readonly child: ChildProcess };

/**
 * SQLite's `synchronous` FULL against NORMAL, for filings: two servers of the same build, one
 * per setting, each in its own process and file, loaded in turn (never both at once) for
 * several rounds, the order swapped every round, and the medians reported. A single pair of
 * runs on a shared 2-core machine says little: another process, the page cache or a
 * checkpoint lands on one side or the other.
 *
 * Three loads: the app's filing with 16 connections (filings arriving together share one
 * commit, so one fsync serves many), the app with one connection (each filing its own commit:
 * FULL's worst case for latency), and the bare one-insert route with 16 connections (a commit
 * per request, no grouping: what group commit saves).
 */
export async function runSynchronousBench(
  county: CountyConfig,
  rounds: number,
): Promise<SynchronousBenchResult> {
  const body = filingBody(county);
  const dirs: string[] = [];
  const children: ChildProcess[] = [];
  const start = async (kind: 'app' | 'bare', synchronous: SqliteSynchronous): Promise<Server> => {
    const dir = mkdtempSync(join(tmpdir(), `rake-sync-${kind}-${synchronous}-`));
    dirs.push(dir);
    const server = await startChild(kind, dir, { RAKE_SQLITE_SYNCHRONOUS: synchronous });
    children.push(server.child);
    return server;
  };
  let errors = 0;
  try {
    const cases: SideBySide[] = [];
    for (const { name, kind, connections } of [
      { name: 'app filing', kind: 'app', connections: 16 },
      { name: 'app filing', kind: 'app', connections: 1 },
      { name: 'bare insert', kind: 'bare', connections: 16 },
    ] as const) {
      const path = kind === 'app' ? '/api/observations' : '/bare';
      const headers = kind === 'app' ? { ...DEV_USER } : {};
      const sides = { normal: await start(kind, 'normal'), full: await start(kind, 'full') };
      const run = async (side: SqliteSynchronous, seconds: number): Promise<LoadResult> => {
        const outcome = await load(sides[side].url + path, headers, body, seconds, connections);
        errors += outcome.errors;
        const rate = outcome.result.requestsPerSecond;
        // Each connection sends its next request when the last one is answered, so the mean
        // time in the system is connections / rate (Little's law). autocannon's own mean counts
        // whole milliseconds, too coarse for one connection's sub-millisecond filings.
        return { requestsPerSecond: rate, meanLatencyMs: (connections * 1000) / rate };
      };
      await run('normal', WARM_UP_S);
      await run('full', WARM_UP_S);
      const measured: { normal: LoadResult; full: LoadResult }[] = [];
      for (let round = 0; round < rounds; round += 1) {
        // Swapped every round, so neither side always runs on a machine the other just warmed.
        const order: SqliteSynchronous[] =
          round % 2 === 0 ? ['normal', 'full'] : ['full', 'normal'];
        const pair: Partial<Record<SqliteSynchronous, LoadResult>> = {};
        for (const side of order) pair[side] = await run(side, ROUND_S);
        if (pair.normal === undefined || pair.full === undefined)
          throw new Error('a side is missing');
        measured.push({ normal: pair.normal, full: pair.full });
      }
      for (const server of Object.values(sides)) server.child.kill();
      cases.push({
        name,
        connections,
        normal: medianOf(measured.map((m) => m.normal)),
        full: medianOf(measured.map((m) => m.full)),
        throughputRatio: median(
          measured.map((m) => m.full.requestsPerSecond / m.normal.requestsPerSecond),
        ),
        latencyRatio: median(measured.map((m) => m.full.meanLatencyMs / m.normal.meanLatencyMs)),
      });
    }
    return { rounds, cases, errors };
  } finally {
    for (const child of children) if (child.exitCode === null) child.kill();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
}

const medianOf = (results: readonly LoadResult[]): LoadResult => ({
  requestsPerSecond: median(results.map((r) => r.requestsPerSecond)),
  meanLatencyMs: median(results.map((r) => r.meanLatencyMs)),
});
