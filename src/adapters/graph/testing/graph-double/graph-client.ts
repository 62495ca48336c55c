import type { Client, Context, Middleware } from '@microsoft/microsoft-graph-client';
import { createGraphClient } from '../../graph-client';
import type { GraphDouble } from './server';

export const GRAPH_ORIGIN = 'https://graph.microsoft.com';

/**
 * Sends requests meant for `https://graph.microsoft.com` to the double's loopback URL, just
 * before the HTTP call. The Graph client itself keeps seeing real Graph URLs, so its own rules
 * (token only for Graph hosts, parsing of absolute `@odata.nextLink`s) work unchanged.
 */
export class LoopbackMiddleware implements Middleware {
  private next: Middleware | undefined;

  constructor(private readonly loopbackUrl: string) {}

  async execute(context: Context): Promise<void> {
    const { request } = context;
    if (typeof request === 'string') {
      if (request.startsWith(GRAPH_ORIGIN)) {
        context.request = this.loopbackUrl + request.slice(GRAPH_ORIGIN.length);
      }
    } else if (request.url.startsWith(GRAPH_ORIGIN)) {
      context.request = new Request(
        this.loopbackUrl + request.url.slice(GRAPH_ORIGIN.length),
        request,
      );
    }
    if (!this.next) throw new Error('LoopbackMiddleware needs a next middleware');
    await this.next.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

/**
 * The app's own Graph client chain (token, RetryHandler for 429/503 with `Retry-After`,
 * per-attempt timeout) wired to the double. Start the double with
 * `publicBaseUrl: GRAPH_ORIGIN` so its nextLinks are Graph URLs too.
 */
export function graphClientForDouble(
  double: GraphDouble,
  retry: { readonly retryDelaySeconds?: number; readonly maxRetries?: number } = {},
): Client {
  return createGraphClient({
    getAccessToken: () => Promise.resolve('test-token'),
    ...retry,
    transport: new LoopbackMiddleware(double.url),
  });
}
