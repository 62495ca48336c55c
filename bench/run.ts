import { resolveCountyConfig } from '../src/domain/county/county-presets';
import { runBoardBench } from './board-bench';
import { BOARD_SIDES, runBoardHttpBench } from './board-http-bench';
import { EXPORT_SIDES, runExportBench } from './export-bench';
import { runCompilationBench } from './compilation-bench';
import { FILING_SIDES, runFilingBench } from './filing-bench';
import { atMost, printGoals, type Goal } from './goals';
import { runNotifyBench } from './notify-bench';
import { runReportBench } from './report-bench';
import { suggestionPart } from './suggestion-bench';
import type { SideBySideOptions, SideBySideResult } from './side-by-side';
import { runSynchronousBench } from './synchronous-bench';
import { fmt } from './stats';

const PARTS = [
  'submit',
  'synchronous',
  'board',
  'board-sql',
  'notify',
  'export',
  'compilation',
  'suggestions',
  'report',
] as const;
type Part = (typeof PARTS)[number];

/** BENCH_PARTS=submit,board runs only those (default: all, in this order). */
function partsToRun(): ReadonlySet<Part> {
  const named = process.env.BENCH_PARTS?.split(',').map((p) => p.trim());
  if (named === undefined || named.join('') === '') return new Set(PARTS);
  const unknown = named.filter((p) => !(PARTS as readonly string[]).includes(p));
  if (unknown.length > 0) throw new Error(`BENCH_PARTS: unknown ${unknown.join(', ')}`);
  return new Set(named as Part[]);
}

/**
 * Side-by-side loads: BENCH_ROUNDS rounds per side (default 5, at least 3), BENCH_ROUND_S
 * seconds each (default 5), 20 connections, the sides alternating (side-by-side.ts).
 */
function sideBySideOptions(): SideBySideOptions {
  const rounds = Math.max(3, Number(process.env.BENCH_ROUNDS ?? 5));
  return {
    rounds,
    seconds: Number(process.env.BENCH_ROUND_S ?? 5),
    warmUpSeconds: 2,
    connections: 20,
  };
}

/**
 * `npm run bench`: prints the figures the README quotes and, last, each of issue 10's goals
 * with met / not met. Not part of the test run.
 */
async function main(): Promise<void> {
  const county = resolveCountyConfig('kainuu');
  const parts = partsToRun();
  const goals: Goal[] = [];
  if (parts.has('submit')) goals.push(...(await submitPart(county)));
  if (parts.has('synchronous')) await synchronousPart(county);
  if (parts.has('board')) goals.push(...(await boardPart(county)));
  if (parts.has('board-sql')) await boardSqlPart(county);
  if (parts.has('notify')) goals.push(...(await notifyPart(county)));
  if (parts.has('export')) goals.push(...(await exportPart(county)));
  if (parts.has('compilation')) goals.push(...(await compilationPart(county)));
  if (parts.has('suggestions')) goals.push(...(await suggestionPart(county)));
  if (parts.has('report')) goals.push(...(await reportPart(county)));
  printGoals(goals);
}

type County = ReturnType<typeof resolveCountyConfig>;

/** Issue 12: the annual report of 10,000 observations, drafted and as Word, ≤ 5 s. */
async function reportPart(county: County): Promise<Goal[]> {
  const result = await runReportBench(county, 10_000);
  console.log(
    `Annual report of ${result.observations} observations (50 phenomena), median of ` +
      `${result.runs} runs: drafted ${fmt(result.draftMedianMs)} ms, Word document ` +
      `${fmt(result.wordMedianMs)} ms (${fmt(result.wordBytes / 1024)} KiB), together ` +
      `${fmt(result.totalMedianMs)} ms (slowest ${fmt(result.totalMaxMs)} ms)`,
  );
  return [
    atMost(
      'annual report of 10 000 observations as Word (median)',
      result.totalMedianMs,
      5000,
      ' ms',
    ),
  ];
}

/** Issue 11: a compilation of 10,000 observations (the whole use case on SQLite) ≤ 1 s. */
async function compilationPart(county: County): Promise<Goal[]> {
  const result = await runCompilationBench(county, 10_000);
  console.log(
    `POST /api/compilations of one period (${result.compiled} observations, 50 phenomena), ` +
      `use case on SQLite, ${result.runs} runs after a warm-up (store built in ${fmt(result.buildSeconds, 1)} s)`,
  );
  console.log(`  median ${fmt(result.medianMs, 0)} ms, slowest ${fmt(result.maxMs, 0)} ms`);
  return [atMost('compilation of 10 000 observations (median)', result.medianMs, 1000, ' ms')];
}

/** Each side's medians over the rounds, one line per side. */
function printSides(run: SideBySideResult): void {
  const { rounds, seconds, connections } = run.options;
  console.log(
    `  medians of ${rounds} rounds of ${seconds} s per side, ${connections} connections, sides alternating`,
  );
  for (const side of run.sides) {
    const m = side.median;
    console.log(
      `  ${side.name.padEnd(23)} ${fmt(m.requestsPerSecond, 0).padStart(7)} req/s, ` +
        `CPU ${fmt(m.cpuMsPerRequest, 3)} ms/req (system ${fmt(m.systemMsPerRequest, 3)}), ` +
        `latency p50 ${fmt(m.p50Ms)} / p97,5 ${fmt(m.p97_5Ms)} / p99 ${fmt(m.p99Ms)} ms` +
        `${m.errors > 0 ? `, errors ${fmt(m.errors, 0)}` : ''}`,
    );
  }
}

async function submitPart(county: County): Promise<Goal[]> {
  const filing = await runFilingBench(county, sideBySideOptions());
  console.log(
    'POST /api/observations (demo county staff: notifications written and delivered) vs. ' +
      'a bare one-insert route and the same durable writes in bare SQL',
  );
  printSides(filing.run);
  const states = Object.entries(filing.notificationStates)
    .map(([state, n]) => `${state} ${fmt(n, 0)}`)
    .join(', ');
  console.log(
    `  the app stored ${fmt(filing.filings, 0)} observations and ${fmt(filing.notifications, 0)} ` +
      `notifications (${states})`,
  );
  console.log(
    `  CPU per request: app / ${FILING_SIDES.bare} ${fmt(filing.cpuVsBare)}×, ` +
      `app / ${FILING_SIDES.bareSql} ${fmt(filing.cpuVsBareSql)}×, ` +
      `app / ${FILING_SIDES.bareSqlEach} ${fmt(filing.cpuVsBareSqlEach)}× (medians of the rounds' ratios)`,
  );
  return [
    atMost('filing CPU / bare one-insert route', filing.cpuVsBare, 4, '×'),
    atMost('filing CPU / same writes in bare SQL (grouped)', filing.cpuVsBareSql, 1.2, '×'),
  ];
}

async function synchronousPart(county: County): Promise<void> {
  const rounds = Number(process.env.BENCH_SYNC_ROUNDS ?? 7);
  const sync = await runSynchronousBench(county, rounds);
  console.log(
    `SQLite synchronous FULL vs. NORMAL, medians of ${rounds} rounds, sides alternating (errors ${sync.errors})`,
  );
  for (const c of sync.cases) {
    const side = (r: { requestsPerSecond: number; meanLatencyMs: number }) =>
      `${fmt(r.requestsPerSecond, 0)} req/s, mean ${fmt(r.meanLatencyMs)} ms`;
    console.log(
      `  ${`${c.name}, ${c.connections} conn.`.padEnd(26)} NORMAL ${side(c.normal)} | FULL ${side(c.full)}` +
        ` | FULL/NORMAL throughput ${fmt(c.throughputRatio)}×, latency ${fmt(c.latencyRatio)}×`,
    );
  }
}

async function boardPart(county: County): Promise<Goal[]> {
  const rows = Number(process.env.BENCH_ROWS ?? 100_000);
  const board = await runBoardHttpBench(county, rows, sideBySideOptions());
  console.log(
    `GET /api/observations (first page of 50 and the period's median) at ${fmt(rows, 0)} ` +
      `observations (built in ${fmt(board.buildSeconds, 1)} s) vs. a bare route running the same page SQL`,
  );
  const goals: Goal[] = [];
  for (const view of board.views) {
    console.log(
      `  ${view.view.label}: ${view.items} items, median ${view.medianHours === null ? '–' : `${fmt(view.medianHours, 1)} h`}`,
    );
    printSides(view.run);
    console.log(
      `  app / ${BOARD_SIDES.bare}: CPU per request ${fmt(view.cpuRatio)}×, p50 ${fmt(view.p50Ratio)}×`,
    );
    const app = view.run.sides.find((side) => side.name === BOARD_SIDES.app);
    goals.push(
      atMost(`board ${view.view.name}: CPU / bare page SQL`, view.cpuRatio, 2, '×'),
      atMost(`board ${view.view.name}: p99`, app?.median.p99Ms ?? NaN, 50, ' ms'),
    );
  }
  return goals;
}

async function boardSqlPart(county: County): Promise<void> {
  const rows = Number(process.env.BENCH_ROWS ?? 100_000);
  const board = await runBoardBench(county, rows);
  console.log(
    `Board query at ${fmt(board.rows, 0)} observations (built in ${fmt(board.buildSeconds, 1)} s): store vs. its raw SQL, in one process`,
  );
  for (const c of board.cases) {
    console.log(
      `  ${c.name.padEnd(28)} p95 ${fmt(c.storeP95Ms)} ms (raw ${fmt(c.rawP95Ms)} ms), median ratio ${fmt(c.ratio)}×`,
    );
  }
}

async function notifyPart(county: County): Promise<Goal[]> {
  // BENCH_NOTIFY_SPEEDUP scales Teams' rates on both sides (1 = Teams' own: about 200 s).
  const speedup = Number(process.env.BENCH_NOTIFY_SPEEDUP ?? 1);
  const notify = await runNotifyBench(county, 10_000, 2_000, speedup);
  console.log(
    `Teams notifications: ${fmt(notify.notifications, 0)} to ${fmt(notify.conversations, 0)} conversations` +
      `${speedup === 1 ? '' : ` at ${fmt(speedup, 0)}× Teams' rate`}: ${fmt(notify.elapsedSeconds, 1)} s ` +
      `vs. rate-limit floor ${fmt(notify.floorSeconds, 1)} s, ratio ${fmt(notify.ratio)}× (goal ≤ 1,1×), ` +
      `duplicates ${notify.duplicates} (goal 0), delivered ${fmt(notify.delivered, 0)}, 429s ${notify.throttled}`,
  );
  return [
    atMost('notifications: time / rate-limit floor', notify.ratio, 1.1, '×'),
    atMost('notifications: duplicates', notify.duplicates, 0, ''),
  ];
}

async function exportPart(county: County): Promise<Goal[]> {
  const rows = Number(process.env.BENCH_ROWS ?? 100_000);
  const rounds = Math.max(3, Number(process.env.BENCH_EXPORT_ROUNDS ?? 5));
  const run = await runExportBench(county, rows, rounds);
  console.log(
    `Board export of ${fmt(rows, 0)} observations (built in ${fmt(run.buildSeconds, 1)} s) vs. ` +
      `csv-stringify writing the same rows; medians of ${rounds} rounds, sides alternating`,
  );
  for (const side of run.sides) {
    console.log(
      `  ${side.name.padEnd(30)} ${fmt(side.medianSeconds)} s, ` +
        `${fmt(side.medianBytes / 1024 / 1024, 1)} MB out; memory growth: live ` +
        `${fmt(side.liveGrowthMb, 1)} MB, resident set at most ${fmt(side.maxRssGrowthMb, 1)} MB`,
    );
  }
  console.log(
    `  time: export CSV / ${EXPORT_SIDES.stringify} ${fmt(run.ratioToStringify)}×, ` +
      `/ ${EXPORT_SIDES.memory} ${fmt(run.ratioToMemory)}× (medians of the rounds' ratios)`,
  );
  const growth = (name: string) => run.sides.find((s) => s.name === name)?.liveGrowthMb ?? NaN;
  return [
    // The issue's goal: against csv-stringify alone, writing rows already in memory. The
    // ratio to the same pages read from the store is printed above, for what the read costs.
    atMost(`export CSV: time / ${EXPORT_SIDES.memory}`, run.ratioToMemory, 2, '×'),
    atMost('export CSV: live memory growth', growth(EXPORT_SIDES.csv), 100, ' MB'),
    atMost('export Excel: live memory growth', growth(EXPORT_SIDES.xlsx), 100, ' MB'),
  ];
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
