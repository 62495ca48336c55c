import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { StorageUnavailableError } from '../../ports/storage-unavailable';
import { createGraphClient } from './graph-client';
import { graphCall, retryAfterSeconds } from './graph-failure';
import { LoopbackMiddleware } from './testing/graph-double';

describe('retryAfterSeconds', () => {
  // Retry-After is delta-seconds or an HTTP date — https://www.rfc-editor.org/rfc/rfc9110#field.retry-after
  it('reads seconds and HTTP dates, and nothing else', () => {
    expect(retryAfterSeconds('7')).toBe(7);
    const now = Date.parse('2026-11-24T08:00:00Z');
    expect(retryAfterSeconds('Tue, 24 Nov 2026 08:00:30 GMT', now)).toBe(30);
    expect(retryAfterSeconds('soon')).toBeNull();
    expect(retryAfterSeconds(null)).toBeNull();
  });
});

describe('a Graph call that gets no answer', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    // Accepts the request and never answers: a hung connection to Graph.
    server = createServer(() => undefined);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('is abandoned after the timeout and reported as a timeout', async () => {
    const client = createGraphClient({
      getAccessToken: () => Promise.resolve('token'),
      timeoutMs: 200,
      maxRetries: 0,
      transport: new LoopbackMiddleware(url),
    });
    const failure = graphCall(() => client.api('/sites/s/lists').get() as Promise<unknown>);
    await expect(failure).rejects.toBeInstanceOf(StorageUnavailableError);
    await expect(failure).rejects.toMatchObject({ reason: 'timeout' });
  });

  it('reports a refused connection as unavailable', async () => {
    const client = createGraphClient({
      getAccessToken: () => Promise.resolve('token'),
      maxRetries: 0,
      transport: new LoopbackMiddleware('http://127.0.0.1:9'),
    });
    await expect(
      graphCall(() => client.api('/sites/s/lists').get() as Promise<unknown>),
    ).rejects.toMatchObject({ reason: 'unavailable' });
  });
});
