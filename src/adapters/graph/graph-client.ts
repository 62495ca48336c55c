import {
  AuthenticationHandler,
  Client,
  HTTPMessageHandler,
  RetryHandler,
  RetryHandlerOptions,
  type Context,
  type Middleware,
} from '@microsoft/microsoft-graph-client';
import { retryAfterSeconds } from './graph-failure';

export type GraphClientOptions = {
  /** An app-only token for Microsoft Graph (see app-only-token.ts). */
  readonly getAccessToken: () => Promise<string>;
  /** How long one attempt may take before it is abandoned (not retried). Default 15 s. */
  readonly timeoutMs?: number;
  /** Retries of a 429, 503 or 504 (Retry-After honoured). Default 3; the SDK allows 10. */
  readonly maxRetries?: number;
  /** Seconds to wait before a retry when Graph sends no Retry-After (then 1, 3, 5 s). Default 1. */
  readonly retryDelaySeconds?: number;
  /**
   * The longest Retry-After waited out within one request. A user is waiting for the answer:
   * a longer wait fails at once as throttled (the tab says "try again shortly"), rather than
   * retrying early, which Graph answers with more throttling. Default 10 s.
   */
  readonly maxRetryAfterSeconds?: number;
  /** Runs just before the HTTP call: the tests' loopback to the Graph double. */
  readonly transport?: Middleware;
};

/**
 * For the command-line tools (provisioning, the real-tenant check): an admin runs them and
 * nobody waits for a page, so Graph's Retry-After is waited out (up to the SDK's 180 s cap),
 * and creating a list with its columns may take its time.
 */
export const PATIENT = { timeoutMs: 120_000, maxRetryAfterSeconds: 180 } as const;

/**
 * Gives each attempt its own deadline. It sits after the RetryHandler, so a retry gets a fresh
 * one; an attempt that runs out rejects with a `TimeoutError`.
 */
class TimeoutHandler implements Middleware {
  private next: Middleware | undefined;

  constructor(private readonly timeoutMs: number) {}

  async execute(context: Context): Promise<void> {
    context.options = { ...context.options, signal: AbortSignal.timeout(this.timeoutMs) };
    if (this.next === undefined) throw new Error('TimeoutHandler needs a next middleware');
    await this.next.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

/**
 * The Graph client the SharePoint stores use: token, then the SDK's RetryHandler (429/503/504
 * with Retry-After, exponential back-off without it), then a per-attempt timeout, then HTTP.
 */
export function createGraphClient(options: GraphClientOptions): Client {
  const chain: Middleware[] = [
    new AuthenticationHandler({ getAccessToken: options.getAccessToken }),
    new RetryHandler(
      new RetryHandlerOptions(
        options.retryDelaySeconds ?? 1,
        options.maxRetries ?? 3,
        (_delay, _attempt, _request, _options, response) =>
          (retryAfterSeconds(response.headers.get('Retry-After')) ?? 0) <=
          (options.maxRetryAfterSeconds ?? 10),
      ),
    ),
    new TimeoutHandler(options.timeoutMs ?? 15_000),
    ...(options.transport === undefined ? [] : [options.transport]),
    new HTTPMessageHandler(),
  ];
  chain.reduce((previous, next) => {
    previous.setNext?.(next);
    return next;
  });
  const [first] = chain;
  return Client.initWithMiddleware({ middleware: first });
}
