import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { startRake } from '../../src/compose';
import { loadConfig } from '../../src/config';

/**
 * `npm run playground`: RAKE in dev mode with demo data (bot without tokens), then the
 * Microsoft 365 Agents Playground pointed at it. The Playground reads its mock Teams
 * context (who "you" are: a demo supervisor) from .m365agentsplayground.yml in its cwd.
 */
async function main(): Promise<void> {
  const env = {
    RAKE_DEMO: '1',
    RAKE_AUTH: 'dev',
    NODE_ENV: 'development',
    RAKE_DB: './data/playground.sqlite',
    ...process.env,
  };
  const config = loadConfig(env);
  if (!config.ok) throw new Error(config.error.join('\n'));
  const rake = await startRake(config.value);
  const root = packageRoot(__dirname);
  const cli = require.resolve('@microsoft/m365agentsplayground/cli.js');
  const playground = spawn(
    process.execPath,
    [cli, '-e', `${rake.url}api/messages`, '-c', 'msteams', ...process.argv.slice(2)],
    { cwd: join(root, 'bot', 'playground'), stdio: 'inherit' },
  );
  const stop = (): void => {
    playground.kill('SIGTERM');
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  playground.once('exit', (code) => {
    void rake.close().then(() => process.exit(code ?? 0));
  });
}

function packageRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return process.cwd();
  }
}

main().catch((error: unknown) => {
  console.error('playground failed to start:', error);
  process.exit(1);
});
