import { join } from 'node:path';
import { startBareServer } from './bare-server';
import { isSqliteSynchronous } from '../src/adapters/sqlite';
import { loadConfig } from '../src/config';
import { startRake } from '../src/compose';

/** Child process entry: `node submit-server.js app|bare <dir>`; prints the base URL. */
async function main(): Promise<void> {
  const [kind, dir] = process.argv.slice(2);
  if (dir === undefined) throw new Error('usage: submit-server app|bare <dir>');
  let url: string;
  if (kind === 'bare') {
    const synchronous = process.env['RAKE_SQLITE_SYNCHRONOUS'];
    url = await startBareServer(
      join(dir, 'bare.sqlite'),
      synchronous !== undefined && isSqliteSynchronous(synchronous) ? synchronous : undefined,
    );
  } else {
    const config = loadConfig({
      PORT: '0',
      RAKE_DB: join(dir, 'app.sqlite'),
      RAKE_AUTH: 'dev',
      NODE_ENV: 'development',
      // One bench user files thousands a second; the per-user limit would measure only 429s.
      RAKE_RATE_FILINGS_PER_MINUTE: '1000000',
      // The synchronous benchmark runs one app per setting; unset: the app's default.
      RAKE_SQLITE_SYNCHRONOUS: process.env['RAKE_SQLITE_SYNCHRONOUS'],
    });
    if (!config.ok) throw new Error(config.error.join('\n'));
    url = (await startRake(config.value, { quiet: true })).url;
  }
  process.stdout.write(`${url.replace('localhost', '127.0.0.1').replace(/\/$/, '')}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
