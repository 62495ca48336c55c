import { resolveCountyConfig } from '../src/domain/county/county-presets';
import { runBoardBench } from './board-bench';
import { runNotifyBench } from './notify-bench';
import { runSubmitBench } from './submit-bench';
import { fmt } from './stats';

/** `npm run bench`: prints the figures the README quotes. Not part of the test run. */
async function main(): Promise<void> {
  const county = resolveCountyConfig('kainuu');

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
