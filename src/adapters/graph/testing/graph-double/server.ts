import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runBatch } from './batch';
import type { GraphDoubleLimits, GraphRequest, HandlerContext } from './context';
import { graphError, type GraphResponse } from './errors';
import { route } from './router';
import { GraphDoubleState } from './state';
import { Throttle, type ThrottleStatus } from './throttle';
import { Faults, type FaultRule } from './faults';

export type GraphDoubleOptions = Partial<GraphDoubleLimits> & {
  /** Site ids that exist; others answer 404. Absent: any site id exists (created on use). */
  readonly sites?: readonly string[];
  /**
   * The service root the double writes into `@odata.nextLink` (without `/v1.0`). Default: its
   * own loopback URL. `https://graph.microsoft.com` suits `@microsoft/microsoft-graph-client`,
   * which only attaches tokens to and parses https Graph URLs; `graphClientForDouble` then
   * sends those URLs to the loopback.
   */
  readonly publicBaseUrl?: string;
};

export type GraphDouble = {
  /** `http://127.0.0.1:<port>`; Graph's paths hang under it (`/v1.0/sites/…`). */
  readonly url: string;
  readonly close: () => Promise<void>;
  /** The next `n` requests answer `status` (429 by default) with `Retry-After: seconds`. */
  readonly throttleNext: (n: number, retryAfterSeconds: number, status?: ThrottleStatus) => void;
  /** Matching requests (also inside `$batch`) fail with the rule's status. */
  readonly failRequests: (rule: FaultRule) => void;
  readonly state: GraphDoubleState;
};

export const DEFAULT_LIMITS: GraphDoubleLimits = {
  defaultPageSize: 200,
  maxPageSize: 5000,
  listViewThreshold: 5000,
  strictNonIndexedQueries: false,
};

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A file's content (an upload to a drive) stays bytes; every other body is JSON. */
const BINARY = /^(image\/|application\/octet-stream)/i;

function lowerHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) {
    if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}

function send(res: ServerResponse, response: GraphResponse): void {
  const headers: Record<string, string> = { ...response.headers };
  if (response.body === null) {
    res.writeHead(response.status, headers).end();
    return;
  }
  headers['Content-Type'] = 'application/json; odata.metadata=minimal';
  res.writeHead(response.status, headers).end(JSON.stringify(response.body));
}

/** Starts the in-memory Microsoft Graph double on loopback, on a free port. */
export async function startGraphDouble(options: GraphDoubleOptions = {}): Promise<GraphDouble> {
  const state = new GraphDoubleState(options.sites ?? null);
  const throttle = new Throttle();
  const faults = new Faults();
  const limits: GraphDoubleLimits = {
    defaultPageSize: options.defaultPageSize ?? DEFAULT_LIMITS.defaultPageSize,
    maxPageSize: options.maxPageSize ?? DEFAULT_LIMITS.maxPageSize,
    listViewThreshold: options.listViewThreshold ?? DEFAULT_LIMITS.listViewThreshold,
    strictNonIndexedQueries:
      options.strictNonIndexedQueries ?? DEFAULT_LIMITS.strictNonIndexedQueries,
  };
  let ctx: HandlerContext | null = null;
  const log = (method: string, url: string, status: number) =>
    state.requestLog.push({ method, url, status });

  async function handle(req: IncomingMessage): Promise<GraphResponse> {
    if (!ctx) throw new Error('Graph double is not listening');
    const headers = lowerHeaders(req);
    if (!/^Bearer\s+\S+/i.test(headers['authorization'] ?? '')) {
      return graphError(401, 'InvalidAuthenticationToken', 'Access token is empty.');
    }
    const throttled = throttle.take();
    if (throttled) return throttled;

    const url = new URL(req.url ?? '/', 'http://graph.invalid');
    if (!url.pathname.startsWith('/v1.0/')) {
      return graphError(400, 'BadRequest', 'Only the v1.0 endpoint is served by this double.');
    }
    const raw = await readBody(req);
    const binary = BINARY.test(headers['content-type'] ?? '');
    const text = binary ? '' : raw.toString('utf8');
    let body: unknown = binary ? raw : null;
    if (text !== '') {
      try {
        body = JSON.parse(text);
      } catch {
        return graphError(400, 'BadRequest', 'Unable to read JSON request payload.');
      }
    }
    const path = url.pathname.slice('/v1.0'.length);
    const method = (req.method ?? 'GET').toUpperCase();
    if (path === '/$batch') {
      return method === 'POST'
        ? runBatch(body, ctx, log)
        : graphError(405, 'BadRequest', 'Use POST for $batch.');
    }
    const graphRequest: GraphRequest = { method, path, query: url.searchParams, headers, body };
    return route(graphRequest, ctx);
  }

  const server = createServer((req, res) => {
    handle(req).then(
      (response) => {
        log(req.method ?? 'GET', req.url ?? '/', response.status);
        send(res, response);
      },
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        log(req.method ?? 'GET', req.url ?? '/', 500);
        send(res, graphError(500, 'generalException', message));
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  ctx = { state, serviceRoot: `${options.publicBaseUrl ?? url}/v1.0`, limits, faults };

  return {
    url,
    state,
    throttleNext: (n, seconds, status) => throttle.arm(n, seconds, status),
    failRequests: (rule) => faults.add(rule),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
