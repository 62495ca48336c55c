import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium, type Browser } from 'playwright-core';
import { startRake, type RunningRake } from '../../src/compose';
import { loadConfig } from '../../src/config';
import { CHROMIUM } from './support/chromium';

const PLAYGROUND_DIR = resolve(__dirname, '../../bot/playground');

/**
 * `npm run playground` headless: RAKE in dev mode with demo data, the Microsoft 365 Agents
 * Playground against it (its web UI on loopback), and Chromium typing into the chat.
 */
describe('the bot in the Agents Playground', () => {
  let dir: string;
  let rake: RunningRake;
  let playground: ChildProcess;
  let browser: Browser;
  let url: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rake-playground-'));
    const config = loadConfig({
      RAKE_DEMO: '1',
      RAKE_AUTH: 'dev',
      NODE_ENV: 'test',
      PORT: '0',
      RAKE_DB: join(dir, 'rake.sqlite'),
    });
    if (!config.ok) throw new Error(config.error.join('\n'));
    rake = await startRake(config.value, { quiet: true, schedule: false });
    const cli = require.resolve('@microsoft/m365agentsplayground/cli.js');
    const port = String(40_000 + Math.floor(Math.random() * 20_000));
    playground = spawn(
      process.execPath,
      [cli, '-e', `${rake.url}api/messages`, '-c', 'msteams', '-p', port, '--dt'],
      { cwd: PLAYGROUND_DIR, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const lines = createInterface({ input: playground.stdout! });
    const listening = await new Promise<string>((done, fail) => {
      lines.on('line', (line) => {
        const match = /Listening on (\d+)/.exec(line);
        if (match?.[1] !== undefined) done(match[1]);
      });
      playground.once('exit', (code) => fail(new Error(`playground exited with ${code}`)));
    });
    url = `http://127.0.0.1:${listening}/`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    playground?.kill('SIGTERM');
    await rake?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('welcomes on install and answers help and my reports with cards', async () => {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.getByText('Welcome to RAKE').first().waitFor({ timeout: 20_000 });
    const box = page.locator('textarea, [contenteditable="true"], input[type="text"]').first();
    await box.fill('help');
    await page.keyboard.press('Enter');
    await page.getByText('You can send me these commands:').last().waitFor({ timeout: 20_000 });
    await box.fill('my reports');
    await page.keyboard.press('Enter');
    await page.getByText('Your observations').last().waitFor({ timeout: 20_000 });
  }, 60_000);
});
