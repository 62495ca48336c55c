import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { demoStaff } from '../src/demo/demo-staff';
import type { CountyConfig } from '../src/domain/county/county-config';
import {
  ratioOf,
  runSideBySide,
  type SideBySideOptions,
  type SideBySideResult,
} from './side-by-side';
import { DEV_USER, filingBody, startChild } from './submit-bench';

export type FilingBenchResult = {
  readonly run: SideBySideResult;
  /** Medians over the rounds of the app's CPU per filing over each baseline's per request. */
  readonly cpuVsBare: number;
  readonly cpuVsBareSql: number;
  /** The same against bare SQL that commits each request alone (for comparison only). */
  readonly cpuVsBareSqlEach: number;
  /** What the app's database held after the run: proof that notifications were written. */
  readonly filings: number;
  readonly notifications: number;
  readonly notificationStates: Readonly<Record<string, number>>;
};

export const FILING_SIDES = {
  app: 'app',
  bare: 'bare insert',
  bareSql: 'bare SQL',
  bareSqlEach: 'bare SQL, a commit each',
} as const;

/**
 * `POST /api/observations` of the app run as `npm run demo` runs it (the demo county's staff,
 * so each filing notifies its area's supervisor through the outbox, and the dev bot's
 * delivery worker settles each notification), against two baselines in their own processes:
 * a bare route that inserts one row, and a bare route doing the filing's durable writes in
 * bare SQL (bare-sql-server.ts), grouped into a commit per turn as the app's are (the goal's
 * baseline) and, for comparison, with a commit per request. All on the same connection
 * settings (synchronous=FULL by default), loaded in turn, round after round (side-by-side.ts).
 */
export async function runFilingBench(
  county: CountyConfig,
  options: SideBySideOptions,
): Promise<FilingBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'rake-filing-'));
  const body = filingBody(county);
  const area = county.serviceAreas[0]?.id ?? '';
  const recipients = demoStaff(county)
    .filter((member) => member.roles.includes('supervisor') && member.serviceAreas.includes(area))
    .map((member) => member.id);
  const children: ChildProcess[] = [];
  const start = async (kind: 'app' | 'bare' | 'bare-sql', env: Record<string, string> = {}) => {
    const server = await startChild(kind, dir, env);
    children.push(server.child);
    return server;
  };
  try {
    const app = await start('app', { RAKE_DEMO: '1' });
    const bare = await start('bare');
    const bareSql = await start('bare-sql', { BENCH_RECIPIENTS: recipients.join(',') });
    const bareSqlEach = await start('bare-sql', {
      BENCH_RECIPIENTS: recipients.join(','),
      BENCH_COMMIT: 'each',
    });
    const run = await runSideBySide(
      [
        {
          name: FILING_SIDES.app,
          child: app.child,
          url: `${app.url}/api/observations`,
          method: 'POST',
          headers: DEV_USER,
          body,
          idempotencyKeys: true,
        },
        {
          name: FILING_SIDES.bare,
          child: bare.child,
          url: `${bare.url}/bare`,
          method: 'POST',
          body,
        },
        {
          name: FILING_SIDES.bareSql,
          child: bareSql.child,
          url: `${bareSql.url}/bare-sql`,
          method: 'POST',
          body,
          idempotencyKeys: true,
        },
        {
          name: FILING_SIDES.bareSqlEach,
          child: bareSqlEach.child,
          url: `${bareSqlEach.url}/bare-sql`,
          method: 'POST',
          body,
          idempotencyKeys: true,
        },
      ],
      options,
    );
    for (const child of children) await stop(child);
    const db = new Database(join(dir, 'app.sqlite'));
    try {
      const count = (sql: string): number => (db.prepare(sql).get() as { n: number }).n;
      const states = db.prepare('SELECT state, count(*) AS n FROM outbox GROUP BY state').all() as {
        state: string;
        n: number;
      }[];
      return {
        run,
        cpuVsBare: ratioOf(run, FILING_SIDES.app, FILING_SIDES.bare, 'cpuMsPerRequest'),
        cpuVsBareSql: ratioOf(run, FILING_SIDES.app, FILING_SIDES.bareSql, 'cpuMsPerRequest'),
        cpuVsBareSqlEach: ratioOf(
          run,
          FILING_SIDES.app,
          FILING_SIDES.bareSqlEach,
          'cpuMsPerRequest',
        ),
        filings: count('SELECT count(*) AS n FROM observations'),
        notifications: count('SELECT count(*) AS n FROM outbox'),
        notificationStates: Object.fromEntries(states.map((s) => [s.state, s.n])),
      };
    } finally {
      db.close();
    }
  } finally {
    for (const child of children) if (child.exitCode === null) child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Ends a server and waits until it is gone (its database is then closed). */
function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
