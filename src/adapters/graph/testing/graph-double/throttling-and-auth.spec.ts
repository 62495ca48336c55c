import { startGraphDouble, type GraphDouble } from './index';
import { client, createList, errorOf } from './test-client';

describe('graph double: throttling, authentication and error shape', () => {
  let double: GraphDouble;
  let api: ReturnType<typeof client>;
  beforeEach(async () => {
    double = await startGraphDouble();
    api = client(double);
  });
  afterEach(() => double.close());

  // "Microsoft Graph throttling guidance" (https://learn.microsoft.com/graph/throttling): a
  // throttled request fails with 429 Too Many Requests and a Retry-After header (seconds) saying
  // how long to wait; "Microsoft Graph error responses" (https://learn.microsoft.com/graph/errors):
  // 503 Service Unavailable may also carry Retry-After.
  it('answers the next n requests with 429 and Retry-After, then serves again', async () => {
    double.throttleNext(2, 3);
    for (let i = 0; i < 2; i++) {
      const reply = await api.get('/sites/s1/lists');
      expect(reply.status).toBe(429);
      expect(reply.headers.get('retry-after')).toBe('3');
      expect(errorOf(reply).code).toBe('TooManyRequests');
    }
    expect((await api.get('/sites/s1/lists')).status).toBe(200);
  });

  it('throttles with 503 and Retry-After on demand, and writes nothing while throttled', async () => {
    const listId = await createList(api, 's1', 'L', []);
    double.throttleNext(1, 1, 503);
    const reply = await api.post(`/sites/s1/lists/${listId}/items`, { fields: { Title: 'x' } });
    expect(reply.status).toBe(503);
    expect(reply.headers.get('retry-after')).toBe('1');
    expect(double.state.findList('s1', listId)?.items.size).toBe(0);
  });

  // "Microsoft Graph error responses" (https://learn.microsoft.com/graph/errors): 401 when
  // authentication information is missing; errors are a JSON object
  // { "error": { "code", "message", "innerError": { "date", "request-id", "client-request-id" } } }.
  it('answers 401 without a Bearer token, in Graph error shape', async () => {
    const cases: Record<string, string>[] = [
      {},
      { Authorization: 'Basic abc' },
      { Authorization: 'Bearer ' },
    ];
    for (const headers of cases) {
      const response = await fetch(`${double.url}/v1.0/sites/s1/lists`, { headers });
      expect(response.status).toBe(401);
      const body = (await response.json()) as { error: Record<string, unknown> };
      expect(body.error).toEqual({
        code: 'InvalidAuthenticationToken',
        message: expect.any(String),
        innerError: {
          date: expect.any(String),
          'request-id': expect.any(String),
          'client-request-id': expect.any(String),
        },
      });
    }
  });

  it('accepts any bearer token (it is a double)', async () => {
    const response = await fetch(`${double.url}/v1.0/sites/s1/lists`, {
      headers: { Authorization: 'Bearer whatever.really' },
    });
    expect(response.status).toBe(200);
  });

  it('answers 400 in Graph error shape for a malformed JSON body and an unknown path', async () => {
    const response = await fetch(`${double.url}/v1.0/sites/s1/lists`, {
      method: 'POST',
      headers: { Authorization: 'Bearer t', 'Content-Type': 'application/json' },
      body: '{nope',
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('BadRequest');
    expect((await api.get('/me')).status).toBe(400);
  });
});
