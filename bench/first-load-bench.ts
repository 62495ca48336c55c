import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Request } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../test/browser/support/chromium';
import { loadConfig } from '../src/config';
import { startRake } from '../src/compose';
import { FIRST_LOAD_GOAL_BYTES, firstLoadFiles } from './first-load-budget';
import { fmt, median } from './stats';

/**
 * `npm run bench:first-load` (also part of `npm run bench`): a reporter's first load of the
 * form (`#new`) in headless Chromium, cold (a new browser context each time, so an empty
 * HTTP cache and storage), median of 5 runs: the bytes that went over the wire for the tab's
 * JavaScript and CSS (as served: brotli where the browser asks for it) and the time from
 * navigation start until the form's description field is enabled. Needs `npm run build:tab`.
 */

type Fetched = {
  readonly url: string;
  readonly kind: 'script' | 'stylesheet' | 'api' | 'other';
  readonly encoding: string | null;
  /** Body bytes as transferred (compressed when encoded). */
  readonly bodyBytes: number;
  readonly headerBytes: number;
  readonly method: string;
  readonly startMs: number;
  readonly endMs: number;
};

export type FirstLoadRun = {
  /** navigation start → `#description` enabled, ms */
  readonly interactiveMs: number;
  /** JS + CSS bodies as transferred */
  readonly assetBytes: number;
  /** every response, bodies and headers */
  readonly totalBytes: number;
  readonly fetched: readonly Fetched[];
};

export type FirstLoadResult = {
  readonly runs: readonly FirstLoadRun[];
  readonly medianInteractiveMs: number;
  /** The same on SLOW_NETWORK. */
  readonly slowInteractiveMs: readonly number[];
  readonly medianSlowInteractiveMs: number;
  readonly medianAssetBytes: number;
  readonly medianTotalBytes: number;
  /** What the build's manifest says index.html loads, brotli bytes (the budget test's sum). */
  readonly manifestBrotliBytes: number;
};

function kindOf(request: Request): Fetched['kind'] {
  const path = new URL(request.url()).pathname;
  if (path.startsWith('/api/')) return 'api';
  if (request.resourceType() === 'script' || path.endsWith('.js')) return 'script';
  if (request.resourceType() === 'stylesheet' || path.endsWith('.css')) return 'stylesheet';
  return 'other';
}

/** Records, in the page, when the form's description field first is there and enabled. */
const MARK_INTERACTIVE = `(() => {
  const check = () => {
    const el = document.getElementById('description');
    if (el && !el.disabled && window.__rakeInteractive === undefined) {
      window.__rakeInteractive = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true });
})();`;

/**
 * A county's network as Chromium's DevTools emulate it (added to loopback): the time to an
 * interactive form there shows what the bytes cost, which loopback hides.
 */
export const SLOW_NETWORK = { latencyMs: 40, megabitsPerSecond: 10 } as const;

async function oneRun(
  browser: Browser,
  url: string,
  network: typeof SLOW_NETWORK | null = null,
): Promise<FirstLoadRun> {
  const context = await browser.newContext({
    locale: 'fi-FI',
    timezoneId: 'Europe/Helsinki',
    serviceWorkers: 'block',
  });
  try {
    await context.addInitScript(MARK_INTERACTIVE);
    const page = await context.newPage();
    if (network !== null) {
      const cdp = await context.newCDPSession(page);
      const bytesPerSecond = (network.megabitsPerSecond * 1_000_000) / 8;
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: network.latencyMs,
        downloadThroughput: bytesPerSecond,
        uploadThroughput: bytesPerSecond,
      });
    }
    const pending: Promise<Fetched | null>[] = [];
    page.on('requestfinished', (request) => {
      pending.push(
        (async () => {
          const response = await request.response();
          if (!response) return null;
          const sizes = await request.sizes();
          const timing = request.timing();
          return {
            url: new URL(request.url()).pathname,
            kind: kindOf(request),
            encoding: (await response.headerValue('content-encoding')) ?? null,
            bodyBytes: sizes.responseBodySize,
            headerBytes: sizes.responseHeadersSize,
            method: request.method(),
            startMs: timing.startTime,
            endMs: timing.startTime + timing.responseEnd,
          };
        })(),
      );
    });
    await page.goto(url);
    // Run in the page, where globalThis is the window.
    const mark = () => (globalThis as { __rakeInteractive?: number }).__rakeInteractive ?? 0;
    await page.waitForFunction(mark, undefined, { timeout: 30_000 });
    const interactiveMs = await page.evaluate(mark);
    // What the form starts right after it is shown (e.g. the staff list) counts too.
    await page.waitForLoadState('networkidle');
    const fetched = (await Promise.all(pending)).filter((f): f is Fetched => f !== null);
    const origin = Math.min(...fetched.map((f) => f.startMs));
    const relative = fetched
      .map((f) => ({ ...f, startMs: f.startMs - origin, endMs: f.endMs - origin }))
      .sort((a, b) => a.startMs - b.startMs);
    const assets = relative.filter((f) => f.kind === 'script' || f.kind === 'stylesheet');
    return {
      interactiveMs,
      assetBytes: assets.reduce((sum, f) => sum + f.bodyBytes, 0),
      totalBytes: relative.reduce((sum, f) => sum + f.bodyBytes + f.headerBytes, 0),
      fetched: relative,
    };
  } finally {
    await context.close();
  }
}

/** The first load's brotli bytes by the build's manifest; NaN for a build without one. */
function manifestBrotli(tabDir: string): number {
  try {
    return firstLoadFiles(tabDir).reduce((n, f) => n + f.brotli, 0);
  } catch {
    return Number.NaN;
  }
}

/** Starts RAKE (temp SQLite, demo data, dev identities) and loads the form `runs` times. */
export async function runFirstLoadBench(runs = 5): Promise<FirstLoadResult> {
  const dir = mkdtempSync(join(tmpdir(), 'rake-first-load-'));
  const config = loadConfig({
    PORT: '0',
    RAKE_DB: join(dir, 'rake.sqlite'),
    RAKE_AUTH: 'dev',
    RAKE_DEMO: '1',
    NODE_ENV: 'test',
    RAKE_COUNTY: 'kainuu',
  });
  if (!config.ok) throw new Error(config.error.join('\n'));
  const server = await startRake(config.value, { quiet: true });
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
    });
    const base = server.url.replace('//localhost:', '//127.0.0.1:').replace(/\/$/, '');
    const identities = (await (await fetch(`${base}/api/dev/identities`)).json()) as {
      items: { id: string; roles: string[] }[];
    };
    const reporter = identities.items.find((i) => i.roles.every((r) => r === 'reporter'));
    if (!reporter) throw new Error('demo data has no plain reporter');
    const url = `${base}/?as=${encodeURIComponent(reporter.id)}&lang=fi#new`;
    await oneRun(browser, url); // warm-up: the server's and Chromium's own first time
    const results: FirstLoadRun[] = [];
    for (let i = 0; i < runs; i += 1) results.push(await oneRun(browser, url));
    const slow: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      slow.push((await oneRun(browser, url, SLOW_NETWORK)).interactiveMs);
    }
    return {
      manifestBrotliBytes: manifestBrotli(config.value.tabDir),
      runs: results,
      medianInteractiveMs: median(results.map((r) => r.interactiveMs)),
      slowInteractiveMs: slow,
      medianSlowInteractiveMs: median(slow),
      medianAssetBytes: median(results.map((r) => r.assetBytes)),
      medianTotalBytes: median(results.map((r) => r.totalBytes)),
    };
  } finally {
    await browser?.close().catch(() => undefined);
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const kb = (bytes: number) => `${fmt(bytes / 1000, 1)} KB`;

export function printFirstLoad(result: FirstLoadResult): void {
  const runs = result.runs.length;
  console.log(`Tab first load (the form, #new), headless Chromium, cold, median of ${runs}`);
  const example = result.runs[Math.floor(runs / 2)] ?? result.runs[0];
  for (const f of example?.fetched ?? []) {
    console.log(
      `  ${fmt(f.startMs, 0).padStart(5)}–${fmt(f.endMs, 0).padEnd(5)} ms  ${f.method.padEnd(4)} ${f.url.padEnd(40)} ${kb(f.bodyBytes).padStart(9)} ${f.encoding ?? ''}`,
    );
  }
  const met = result.medianAssetBytes <= FIRST_LOAD_GOAL_BYTES;
  console.log(
    `  JS + CSS transferred ${kb(result.medianAssetBytes)} (goal ≤ ${kb(FIRST_LOAD_GOAL_BYTES)}: ${met ? 'met' : 'not met'}); all responses ${kb(result.medianTotalBytes)}`,
  );
  console.log(
    Number.isNaN(result.manifestBrotliBytes)
      ? '  the build has no manifest (built before the first-load budget)'
      : `  the build's manifest: index.html loads ${kb(result.manifestBrotliBytes)} of JS + CSS as brotli`,
  );
  console.log(
    `  navigation → form interactive ${fmt(result.medianInteractiveMs, 0)} ms (runs: ${result.runs.map((r) => fmt(r.interactiveMs, 0)).join(', ')})`,
  );
  console.log(
    `  the same at ${SLOW_NETWORK.megabitsPerSecond} Mbit/s and ${SLOW_NETWORK.latencyMs} ms latency: ${fmt(result.medianSlowInteractiveMs, 0)} ms (runs: ${result.slowInteractiveMs.map((ms) => fmt(ms, 0)).join(', ')})`,
  );
}

if (require.main === module) {
  runFirstLoadBench(Number(process.env.BENCH_FIRST_LOAD_RUNS ?? 5))
    .then(printFirstLoad)
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
