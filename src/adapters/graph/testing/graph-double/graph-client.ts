import {
  AuthenticationHandler,
  Client,
  HTTPMessageHandler,
  RetryHandler,
  RetryHandlerOptions,
  type Context,
  type Middleware,
} from '@microsoft/microsoft-graph-client';
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
 * A Graph client wired to the double: any bearer token, the SDK's RetryHandler (429/503 with
 * `Retry-After`), then the loopback. Start the double with `publicBaseUrl: GRAPH_ORIGIN` so its
 * nextLinks are Graph URLs too.
 */
export function graphClientForDouble(
  double: GraphDouble,
  retry: RetryHandlerOptions = new RetryHandlerOptions(),
): Client {
  const auth = new AuthenticationHandler({ getAccessToken: () => Promise.resolve('test-token') });
  const retryHandler = new RetryHandler(retry);
  const loopback = new LoopbackMiddleware(double.url);
  const http = new HTTPMessageHandler();
  auth.setNext(retryHandler);
  retryHandler.setNext(loopback);
  loopback.setNext(http);
  return Client.initWithMiddleware({ middleware: auth });
}
