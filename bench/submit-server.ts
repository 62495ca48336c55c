import { join } from 'node:path';
import { startBareServer } from './bare-server';
import { loadConfig } from '../src/config';
import { startRake } from '../src/compose';

/** Child process entry: `node submit-server.js app|bare <dir>`; prints the base URL. */
async function main(): Promise<void> {
  const [kind, dir] = process.argv.slice(2);
  if (dir === undefined) throw new Error('usage: submit-server app|bare <dir>');
  let url: string;
  if (kind === 'bare') {
    url = await startBareServer(join(dir, 'bare.sqlite'));
  } else {
    const config = loadConfig({
      PORT: '0',
      RAKE_DB: join(dir, 'app.sqlite'),
      RAKE_AUTH: 'dev',
      NODE_ENV: 'development',
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
