import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import type { CountyConfig } from '../src/domain/county/county-config';

export type LoadResult = { readonly meanLatencyMs: number; readonly requestsPerSecond: number };
export type SubmitBenchResult = {
  readonly app: LoadResult;
  readonly bare: LoadResult;
  readonly ratio: number;
  readonly errors: number;
};

const DURATION_S = 8;
/** Before each measurement: JIT, page cache and the WAL file are warm, as in a running server. */
const WARM_UP_S = 2;
const CONNECTIONS = 16;

/**
 * Starts a server in its own process, so that the load generator has the other core. `env`
 * is added to this process's environment (RAKE_SQLITE_SYNCHRONOUS for the app).
 */
export async function startChild(
  kind: 'app' | 'bare',
  dir: string,
  env: Readonly<Record<string, string>> = {},
): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [join(__dirname, 'submit-server.js'), kind, dir], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...env },
  });
  const lines = createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`${kind} server exited with ${code}`)));
  });
  return { url, child };
}

let requestCount = 0;

export async function load(
  url: string,
  headers: Record<string, string>,
  body: string,
  duration = DURATION_S,
  connections = CONNECTIONS,
): Promise<{ result: LoadResult; errors: number }> {
  const result = await autocannon({
    url,
    method: 'POST',
    connections,
    duration,
    headers: { 'content-type': 'application/json', ...headers },
    body,
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          headers: {
            ...request.headers,
            'idempotency-key': `bench-${process.pid}-${(requestCount += 1)}`,
          },
        }),
      },
    ],
  });
  return {
    result: { meanLatencyMs: result.latency.mean, requestsPerSecond: result.requests.average },
    errors: result.errors + result.non2xx,
  };
}

/** The filing every benchmark request posts. */
export const filingBody = (county: CountyConfig): string =>
  JSON.stringify({
    kind: 'negative',
    description: 'Vuokrarästit ja häädöt lisääntyvät pienituloisilla perheillä.',
    solutionProposal: 'Talous- ja velkaneuvonta lähemmäs asiakkaita.',
    topic: county.topics[0]?.id,
    serviceArea: county.serviceAreas[0]?.id,
    municipality: county.municipalities[0]?.id,
    targetGroup: county.targetGroups[0]?.id,
  });

/** The app's dev identity for the load (the app runs with RAKE_AUTH=dev). */
export const DEV_USER: Readonly<Record<string, string>> = {
  'x-dev-user-id': 'bench-reporter',
  'x-dev-user-name': 'Bench Reporter',
  'x-dev-roles': 'reporter',
};

/** POST /api/observations against a bare route of the same framework doing one insert. */
export async function runSubmitBench(county: CountyConfig): Promise<SubmitBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'rake-bench-'));
  const body = filingBody(county);
  const devUser = { ...DEV_USER };
  const servers: ChildProcess[] = [];
  try {
    const bareServer = await startChild('bare', dir);
    servers.push(bareServer.child);
    await load(`${bareServer.url}/bare`, {}, body, WARM_UP_S);
    const bare = await load(`${bareServer.url}/bare`, {}, body);
    bareServer.child.kill();
    const appServer = await startChild('app', dir);
    servers.push(appServer.child);
    await load(`${appServer.url}/api/observations`, devUser, body, WARM_UP_S);
    const app = await load(`${appServer.url}/api/observations`, devUser, body);
    return {
      app: app.result,
      bare: bare.result,
      ratio: app.result.meanLatencyMs / bare.result.meanLatencyMs,
      errors: app.errors + bare.errors,
    };
  } finally {
    for (const child of servers) child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}
