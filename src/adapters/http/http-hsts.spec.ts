import { STRICT_TRANSPORT_SECURITY } from './security-headers';
import { as, createTestServer, type TestServer } from './testing';

/**
 * Issue 9: Strict-Transport-Security on answers to HTTPS requests. App Service ends TLS in
 * its front end and says so in X-Forwarded-Proto, which is believed only from a trusted proxy.
 */
describe('HTTP: HSTS', () => {
  let t: TestServer;
  afterEach(async () => {
    expect(t.unexpected).toEqual([]);
    await t.close();
  });

  const urls = ['/api/health', '/api/me', '/api/nothing-here', '/api/observations/%E0%A4%A', '/'];
  const hstsOf = async (url: string, headers: Record<string, string>) =>
    (await t.inject({ url, headers: { ...as('reporter'), ...headers } })).headers[
      'strict-transport-security'
    ];

  it('behind a trusted proxy, a request the browser sent over HTTPS gets HSTS on every answer', async () => {
    t = await createTestServer({ trustedProxyHops: 1 });
    expect(STRICT_TRANSPORT_SECURITY).toBe('max-age=31536000; includeSubDomains');
    for (const url of urls) {
      expect([url, await hstsOf(url, { 'x-forwarded-proto': 'https' })]).toEqual([
        url,
        STRICT_TRANSPORT_SECURITY,
      ]);
    }
    // A 429 too: the limiter answers through the same pipeline.
    const limited = await createTestServer({
      trustedProxyHops: 1,
      rateLimits: { filingsPerMinute: 1, userPerMinute: 1, anonymousPerMinute: 1 },
    });
    try {
      await limited.inject({ url: '/api/config' });
      const res = await limited.inject({
        url: '/api/config',
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(res.statusCode).toBe(429);
      expect(res.headers['strict-transport-security']).toBe(STRICT_TRANSPORT_SECURITY);
    } finally {
      await limited.close();
    }
  });

  it('behind a trusted proxy, a plain HTTP request gets none', async () => {
    t = await createTestServer({ trustedProxyHops: 1 });
    for (const url of urls) {
      expect(await hstsOf(url, { 'x-forwarded-proto': 'http' })).toBeUndefined();
      expect(await hstsOf(url, {})).toBeUndefined();
    }
  });

  it('without a trusted proxy, X-Forwarded-Proto is anyone’s to send and changes nothing', async () => {
    t = await createTestServer();
    for (const url of urls) {
      expect(await hstsOf(url, { 'x-forwarded-proto': 'https' })).toBeUndefined();
    }
  });
});
