import { join } from 'node:path';
import { startBareBoardServer } from './bare-board-server';
import { startBareServer } from './bare-server';
import { startBareSqlServer } from './bare-sql-server';
import { boardQueryOf, boardViews } from './board-views';
import { answerCpuProbe } from './cpu-probe';
import { benchIds } from './bench-ids';
import { isSqliteSynchronous } from '../src/adapters/sqlite';
import { loadConfig } from '../src/config';
import { startRake } from '../src/compose';
import { periodOf } from '../src/domain/county/periods';
import { resolveCountyConfig } from '../src/domain/county/county-presets';

/**
 * Child process entry: `node submit-server.js app|bare|bare-sql|bare-board <dir>`; prints the
 * base URL, then answers the parent's CPU probe (cpu-probe.ts) over IPC.
 *
 * Environment: RAKE_SQLITE_SYNCHRONOUS (every kind), RAKE_DEMO=1 (app: the demo county's
 * staff, so that filings notify supervisors), BENCH_DB (app, bare-board: an existing database
 * file instead of a new one in <dir>), BENCH_RECIPIENTS (bare-sql: comma list of who each
 * filing notifies), BENCH_COMMIT=each (bare-sql: a commit per request instead of per turn).
 */
async function main(): Promise<void> {
  const [kind, dir] = process.argv.slice(2);
  if (dir === undefined) throw new Error('usage: submit-server app|bare|bare-sql|bare-board <dir>');
  const synchronousText = process.env['RAKE_SQLITE_SYNCHRONOUS'];
  const synchronous =
    synchronousText !== undefined && isSqliteSynchronous(synchronousText)
      ? synchronousText
      : undefined;
  const county = resolveCountyConfig('kainuu');
  let url: string;
  if (kind === 'bare') {
    url = await startBareServer(join(dir, 'bare.sqlite'), synchronous);
  } else if (kind === 'bare-sql') {
    const recipients = (process.env['BENCH_RECIPIENTS'] ?? '').split(',').filter(Boolean);
    const period = periodOf(county.periodScheme, new Date(), county.timeZone).id;
    const commit = process.env['BENCH_COMMIT'] === 'each' ? 'each' : 'group';
    url = await startBareSqlServer(
      join(dir, `bare-sql-${commit}.sqlite`),
      recipients,
      benchIds,
      period,
      commit,
    );
  } else if (kind === 'bare-board') {
    const file = process.env['BENCH_DB'] ?? join(dir, 'board.sqlite');
    const views = Object.fromEntries(
      boardViews(county).map((view) => [view.name, boardQueryOf(view, county)]),
    );
    url = await startBareBoardServer(file, views);
  } else if (kind === 'app') {
    const config = loadConfig({
      PORT: '0',
      RAKE_DB: process.env['BENCH_DB'] ?? join(dir, 'app.sqlite'),
      RAKE_AUTH: 'dev',
      NODE_ENV: 'development',
      RAKE_DEMO: process.env['RAKE_DEMO'],
      // One bench user makes thousands of calls a second; the per-user limits would measure
      // only 429s.
      RAKE_RATE_FILINGS_PER_MINUTE: '1000000',
      RAKE_RATE_USER_PER_MINUTE: '1000000',
      // The synchronous benchmark runs one app per setting; unset: the app's default.
      RAKE_SQLITE_SYNCHRONOUS: synchronousText,
    });
    if (!config.ok) throw new Error(config.error.join('\n'));
    // As `npm run demo` runs it: the dev bot's delivery worker takes the notifications out of
    // the outbox (the demo supervisors have no Teams conversation: marked not installed).
    url = (await startRake(config.value, { quiet: true, schedule: false })).url;
  } else {
    throw new Error(`unknown server kind ${kind}`);
  }
  answerCpuProbe();
  process.stdout.write(`${url.replace('localhost', '127.0.0.1').replace(/\/$/, '')}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
