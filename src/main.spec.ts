import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What .ci/run's unit run on Node 22 gives its children (see .ci/node22-better-sqlite3.cjs). */
const FOR_NODE_22 = Object.fromEntries(
  ['NODE_OPTIONS', 'RAKE_TEST_BETTER_SQLITE3'].flatMap((name) => {
    const value = process.env[name];
    return value === undefined ? [] : [[name, value]];
  }),
);

/** main.ts as a process: the real start line, a clean stop on SIGTERM, a clear refusal. */
function run(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'main.ts')], {
    env: { PATH: process.env.PATH ?? '', ...FOR_NODE_22, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const started = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const match = /RAKE running at (\S+)/.exec(stdout);
      if (match?.[1]) resolve(match[1]);
    });
    void exited.then(() => reject(new Error(`exited early: ${stderr}`)));
  });
  return { child, exited, started, output: () => ({ stdout, stderr }) };
}

describe('main', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rake-main-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('prints one line with the URL and stops cleanly on SIGTERM', async () => {
    const proc = run({
      PORT: '0',
      RAKE_DB: join(dir, 'rake.sqlite'),
      RAKE_DEMO: '1',
      RAKE_AUTH: 'dev',
      NODE_ENV: 'development',
    });
    const url = await proc.started;
    expect(proc.output().stdout).toMatch(
      /^RAKE running at http:\/\/localhost:\d+\/ \(county kainuu, demo data, dev identity, suggestions: (Voikko|n-grams)\)\n$/,
    );
    const health = await fetch(`${url.replace('localhost', '127.0.0.1')}api/health`);
    expect(health.status).toBe(200);

    proc.child.kill('SIGTERM');
    expect(await proc.exited).toBe(0);
  }, 30_000);

  it('refuses dev identities in production with a clear message', async () => {
    const proc = run({ RAKE_AUTH: 'dev', NODE_ENV: 'production', RAKE_DB: join(dir, 'x.sqlite') });
    proc.started.catch(() => undefined);
    expect(await proc.exited).toBe(1);
    expect(proc.output().stderr).toContain('RAKE_AUTH=dev');
    expect(proc.output().stderr).toContain('NODE_ENV=development');
  }, 30_000);
});
