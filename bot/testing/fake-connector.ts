import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One activity the bot sent to the connector. */
export type CapturedActivity = {
  readonly conversationId: string;
  /** Set when the bot replied to an activity (POST …/activities/{id}). */
  readonly replyToId: string | null;
  readonly activity: Readonly<Record<string, unknown>>;
  readonly authorization: string | null;
  readonly at: number;
};

/** Teams' documented limits, used when the connector is asked to behave like Teams. */
export type RateLimit = {
  readonly perConversationPerSecond: number;
  readonly perConversationPer30Seconds: number;
  readonly perAppPerSecond: number;
};

export type FakeConnector = {
  /** The serviceUrl to put in activities, with a trailing slash. */
  readonly url: string;
  readonly sent: CapturedActivity[];
  /** Requests answered 429 (rate limit or failNext). */
  readonly throttled: number;
  /** The next `count` sends answer `status` (429 by default) with Retry-After in seconds. */
  failNext(count: number, status?: number, retryAfterSeconds?: number | null): void;
  /** Answers 429 with Retry-After above these rates; null turns the limit off. */
  limitTo(limit: RateLimit | null): void;
  /** Resolves once `count` activities have arrived in all. */
  waitFor(count: number, timeoutMs?: number): Promise<CapturedActivity[]>;
  close(): Promise<void>;
};

const ROUTE = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?\/?$/;

/**
 * A local Bot Connector: the REST endpoints a bot calls to send into a conversation
 * (POST /v3/conversations/{id}/activities) and to reply (…/activities/{id}). It captures
 * what arrives and can answer 429 with Retry-After, on demand or above Teams' rate.
 */
export async function startFakeConnector(): Promise<FakeConnector> {
  const sent: CapturedActivity[] = [];
  const failures: { status: number; retryAfter: number | null }[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  const history = new Map<string, number[]>();
  const appHistory: number[] = [];
  let limit: RateLimit | null = null;
  let throttled = 0;
  let nextId = 0;

  const server = createServer((request, response) => {
    void handle(request, response).catch(() => answer(response, 500, { error: 'fake connector' }));
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const match = ROUTE.exec((request.url ?? '').split('?')[0] ?? '');
    if (request.method !== 'POST' || match === null)
      return answer(response, 404, { error: 'no route' });
    const body = await readJson(request);
    const conversationId = decodeURIComponent(match[1] ?? '');
    const failure = failures.shift();
    if (failure !== undefined) {
      if (failure.status === 429) throttled++;
      return answer(response, failure.status, { error: { code: 'Throttled' } }, failure.retryAfter);
    }
    const now = Date.now();
    if (limit !== null && overLimit(limit, conversationId, now)) {
      throttled++;
      return answer(response, 429, { error: { code: 'Throttled' } }, 1);
    }
    sent.push({
      conversationId,
      replyToId: match[2] === undefined ? null : decodeURIComponent(match[2]),
      activity: body,
      authorization: request.headers.authorization ?? null,
      at: now,
    });
    for (const waiter of waiters.filter((w) => sent.length >= w.count)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
    answer(response, 201, { id: `activity-${++nextId}` });
  }

  /** Sliding windows, as Teams counts them; only accepted sends count. */
  function overLimit(rate: RateLimit, conversationId: string, now: number): boolean {
    const times = history.get(conversationId) ?? [];
    const inLast = (list: number[], ms: number): number => list.filter((t) => t > now - ms).length;
    while (appHistory.length > 0 && (appHistory[0] ?? now) <= now - 1000) appHistory.shift();
    if (
      inLast(times, 1000) >= rate.perConversationPerSecond ||
      inLast(times, 30_000) >= rate.perConversationPer30Seconds ||
      appHistory.length >= rate.perAppPerSecond
    ) {
      return true;
    }
    history.set(conversationId, [...times.filter((t) => t > now - 30_000), now]);
    appHistory.push(now);
    return false;
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    sent,
    get throttled() {
      return throttled;
    },
    failNext(count, status = 429, retryAfterSeconds = 1) {
      for (let i = 0; i < count; i++) failures.push({ status, retryAfter: retryAfterSeconds });
    },
    limitTo(rate) {
      limit = rate;
    },
    waitFor(count, timeoutMs = 5000) {
      if (sent.length >= count) return Promise.resolve(sent.slice());
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`fake connector: ${sent.length} of ${count} activities arrived`)),
          timeoutMs,
        );
        waiters.push({
          count,
          resolve: () => {
            clearTimeout(timer);
            resolve(sent.slice());
          },
        });
      });
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function answer(
  response: ServerResponse,
  status: number,
  body: unknown,
  retryAfter: number | null = null,
): void {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (retryAfter !== null) headers['retry-after'] = String(retryAfter);
  response.writeHead(status, headers).end(JSON.stringify(body));
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  const parsed: unknown = text === '' ? {} : JSON.parse(text);
  return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
}
