import { resolveCountyConfig } from '../src/domain/county/county-presets';
import { runBoardBench } from './board-bench';
import { runNotifyBench } from './notify-bench';
import { runSubmitBench } from './submit-bench';
import { runSynchronousBench } from './synchronous-bench';
import { fmt } from './stats';

const PARTS = ['submit', 'synchronous', 'board', 'notify'] as const;
type Part = (typeof PARTS)[number];

/** BENCH_PARTS=synchronous,board runs only those (default: all, in this order). */
function partsToRun(): ReadonlySet<Part> {
  const named = process.env.BENCH_PARTS?.split(',').map((p) => p.trim());
  if (named === undefined || named.join('') === '') return new Set(PARTS);
  const unknown = named.filter((p) => !(PARTS as readonly string[]).includes(p));
  if (unknown.length > 0) throw new Error(`BENCH_PARTS: unknown ${unknown.join(', ')}`);
  return new Set(named as Part[]);
}

/** `npm run bench`: prints the figures the README quotes. Not part of the test run. */
async function main(): Promise<void> {
  const county = resolveCountyConfig('kainuu');
  const parts = partsToRun();
  if (parts.has('submit')) await submitPart(county);
  if (parts.has('synchronous')) await synchronousPart(county);
  if (parts.has('board')) await boardPart(county);
  if (parts.has('notify')) await notifyPart(county);
}

type County = ReturnType<typeof resolveCountyConfig>;

async function submitPart(county: County): Promise<void> {
  const submit = await runSubmitBench(county);
  console.log('POST /api/observations vs. bare Fastify route with one SQLite insert');
  console.log(
    `  app:   ${fmt(submit.app.requestsPerSecond, 0)} req/s, mean ${fmt(submit.app.meanLatencyMs)} ms`,
  );
  console.log(
    `  bare:  ${fmt(submit.bare.requestsPerSecond, 0)} req/s, mean ${fmt(submit.bare.meanLatencyMs)} ms`,
  );
  console.log(
    `  latency ratio ${fmt(submit.ratio)}× (goal ≤ 1,5×), ${fmt(submit.app.requestsPerSecond, 0)} submissions/s (goal ≥ 1 000), errors ${submit.errors}`,
  );
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

async function boardPart(county: County): Promise<void> {
  const rows = Number(process.env.BENCH_ROWS ?? 100_000);
  const board = await runBoardBench(county, rows);
  console.log(
    `Board query at ${fmt(board.rows, 0)} observations (built in ${fmt(board.buildSeconds, 1)} s): store vs. its raw SQL`,
  );
  for (const c of board.cases) {
    console.log(
      `  ${c.name.padEnd(28)} p95 ${fmt(c.storeP95Ms)} ms (raw ${fmt(c.rawP95Ms)} ms), median ratio ${fmt(c.ratio)}×`,
    );
  }
  console.log('  goal: ratio ≤ 2×, p95 ≤ 50 ms');
}

async function notifyPart(county: County): Promise<void> {
  // BENCH_NOTIFY_SPEEDUP scales Teams' rates on both sides (1 = Teams' own: about 200 s).
  const speedup = Number(process.env.BENCH_NOTIFY_SPEEDUP ?? 1);
  const notify = await runNotifyBench(county, 10_000, 2_000, speedup);
  console.log(
    `Teams notifications: ${fmt(notify.notifications, 0)} to ${fmt(notify.conversations, 0)} conversations` +
      `${speedup === 1 ? '' : ` at ${fmt(speedup, 0)}× Teams' rate`}: ${fmt(notify.elapsedSeconds, 1)} s ` +
      `vs. rate-limit floor ${fmt(notify.floorSeconds, 1)} s, ratio ${fmt(notify.ratio)}× (goal ≤ 1,1×), ` +
      `duplicates ${notify.duplicates} (goal 0), delivered ${fmt(notify.delivered, 0)}, 429s ${notify.throttled}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
