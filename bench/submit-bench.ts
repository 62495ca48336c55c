import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import type { CountyConfig } from '../src/domain/county/county-config';

export type LoadResult = { readonly meanLatencyMs: number; readonly requestsPerSecond: number };

/**
 * Starts a server in its own process, so that the load generator has the other core. `env`
 * is added to this process's environment (RAKE_SQLITE_SYNCHRONOUS for the app).
 */
export async function startChild(
  kind: 'app' | 'bare' | 'bare-sql' | 'bare-board',
  dir: string,
  env: Readonly<Record<string, string | undefined>> = {},
): Promise<{ url: string; child: ChildProcess }> {
  // Built (npm run bench): the compiled entry; under tsx (npx tsx bench/run.ts): the source.
  const compiled = __filename.endsWith('.js');
  const entry = join(__dirname, compiled ? 'submit-server.js' : 'submit-server.ts');
  const args = compiled ? [entry, kind, dir] : ['--import', 'tsx', entry, kind, dir];
  const child = spawn(process.execPath, args, {
    // The IPC channel carries the CPU probe (cpu-probe.ts).
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
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
  duration: number,
  connections: number,
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
