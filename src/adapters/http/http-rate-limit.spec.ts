import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { draftBody } from '../../app/testing';
import type { Authenticator, RequestHeaders } from './auth';
import { DEFAULT_RATE_LIMITS, type RateLimits } from './rate-limit';
import { as, createTestServer, type TestServer } from './testing';

describe('rate limit defaults', () => {
  it('has generous defaults: 120 filings and 600 other calls a minute per user, 300 per address unsigned', () => {
    expect(DEFAULT_RATE_LIMITS).toEqual({
      filingsPerMinute: 120,
      userPerMinute: 600,
      anonymousPerMinute: 300,
    });
  });
});

/**
 * Issue 9: signed-in staff are limited per user (a county's staff share one NAT address, and
 * every request here comes from 127.0.0.1), callers without an identity per address.
 */
describe('HTTP: rate limits', () => {
  let t: TestServer;
  const start = async (rateLimits: Partial<RateLimits>, extra = {}) => {
    t = await createTestServer({ rateLimits: { ...DEFAULT_RATE_LIMITS, ...rateLimits }, ...extra });
  };
  afterEach(async () => {
    expect(t.unexpected).toEqual([]);
    await t.close();
  });

  const file = (who: 'reporter' | 'colleague' | 'supervisor', lang = 'fi') =>
    t.inject({
      method: 'POST',
      url: '/api/observations',
      headers: { ...as(who), 'accept-language': lang },
      payload: draftBody(),
    });
  const times = async <T>(n: number, call: () => Promise<T>): Promise<T[]> => {
    const answers: T[] = [];
    for (let i = 0; i < n; i++) answers.push(await call());
    return answers;
  };

  it('by default the 121st filing in a minute from one user gets 429', async () => {
    t = await createTestServer();
    const filed = await times(120, () => file('reporter'));
    expect(filed.map((r) => r.statusCode)).toEqual(Array(120).fill(201));
    const refused = await file('reporter');
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('rate_limited');
    expect((await file('colleague')).statusCode).toBe(201);
  }, 60_000);

  it.each([
    ['fi', /^Liian monta pyyntöä lyhyessä ajassa\. Yritä uudelleen (\d+) sekunnin kuluttua\.$/],
    ['sv', /^För många förfrågningar på kort tid\. Försök igen om (\d+) sekund(?:er)?\.$/],
    ['en', /^Too many requests in a short time\. Please try again in (\d+) seconds?\.$/],
  ])(
    'one filing over the limit → 429 rate_limited with Retry-After, in the caller’s language (%s)',
    async (lang, message) => {
      await start({ filingsPerMinute: 3 });
      await times(3, () => file('reporter'));
      const res = await file('reporter', lang);

      expect(res.statusCode).toBe(429);
      const retryAfter = Number(res.headers['retry-after']);
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(res.json()).toEqual({
        error: { code: 'rate_limited', message: expect.stringMatching(message) },
      });
      expect(message.exec(res.json().error.message)?.[1]).toBe(String(retryAfter));
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(res.headers['content-security-policy']).toContain('frame-ancestors');
      expect(res.headers['cache-control']).toBe('no-store');
    },
  );

  it('another user, from the same address, is unaffected; the limited user may still read', async () => {
    await start({ filingsPerMinute: 2 });
    await times(2, () => file('reporter'));
    expect((await file('reporter')).statusCode).toBe(429);

    expect((await file('colleague')).statusCode).toBe(201);
    expect((await file('supervisor')).statusCode).toBe(201);
    const mine = await t.inject({ url: '/api/observations/mine', headers: as('reporter') });
    expect(mine.statusCode).toBe(200);
  });

  it('counts a user’s messages with their filings: both send cards to others', async () => {
    await start({ filingsPerMinute: 2 });
    const filed = await file('reporter');
    const id = (filed.json() as { id: string }).id;
    const message = () =>
      t.inject({
        method: 'POST',
        url: `/api/observations/${id}/messages`,
        headers: { ...as('reporter'), 'content-type': 'application/json' },
        payload: { text: 'Koskee myös Kuhmoa.' },
      });
    expect((await message()).statusCode).toBe(201);
    expect((await message()).statusCode).toBe(429);
    expect((await file('reporter')).statusCode).toBe(429);
  });

  it('other calls of a signed-in user have their own, larger limit', async () => {
    await start({ userPerMinute: 5, anonymousPerMinute: 2 });
    const me = () => t.inject({ url: '/api/me', headers: as('supervisor') });
    expect((await times(5, me)).map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 200]);
    const refused = await me();
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toMatch(/^\d+$/);
    expect((await t.inject({ url: '/api/me', headers: as('reporter') })).statusCode).toBe(200);
  });

  it('an unauthenticated flood from one address gets 429; a signed-in user there does not', async () => {
    await start({ anonymousPerMinute: 5 });
    const anonymous = await times(5, () => t.inject({ url: '/api/config' }));
    expect(anonymous.every((r) => r.statusCode === 200)).toBe(true);

    const refused = await t.inject({ url: '/api/config', headers: { 'accept-language': 'en' } });
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('rate_limited');
    // Refused identities and wrong tokens count as unsigned too.
    const bad = await t.inject({ url: '/api/me', headers: { 'x-dev-user-id': 'x'.repeat(300) } });
    expect(bad.statusCode).toBe(429);

    expect((await t.inject({ url: '/api/config', headers: as('reporter') })).statusCode).toBe(200);
    expect((await file('reporter')).statusCode).toBe(201);
  });

  it('never limits /api/health, the tab’s files or the bot’s endpoint', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rake-tab-'));
    try {
      mkdirSync(join(dir, 'assets'));
      writeFileSync(join(dir, 'index.html'), '<!doctype html><title>RAKE</title>');
      writeFileSync(join(dir, 'assets', 'main-abc.js'), 'console.log(1)');
      const bot = { handle: async () => ({ status: 200, body: { ok: true } }) };
      await start({ anonymousPerMinute: 2, userPerMinute: 2 }, { tabDir: dir, bot });

      for (const url of ['/api/health', '/', '/assets/main-abc.js', '/board/x']) {
        const answers = await times(10, () => t.inject({ url, headers: as('reporter') }));
        expect(answers.map((r) => r.statusCode)).toEqual(Array(10).fill(200));
        expect(answers.every((r) => r.headers['x-ratelimit-limit'] === undefined)).toBe(true);
      }
      const messages = await times(10, () =>
        t.inject({ method: 'POST', url: '/api/messages', payload: { type: 'message' } }),
      );
      expect(messages.map((r) => r.statusCode)).toEqual(Array(10).fill(200));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('asks the authenticator once per request: the limiter and the route share the answer', async () => {
    let calls = 0;
    await start(
      {},
      {
        wrapAuthenticator: (made: Authenticator) => ({
          mode: made.mode,
          authenticate: (headers: RequestHeaders) => {
            calls += 1;
            return made.authenticate(headers);
          },
        }),
      },
    );
    expect((await file('reporter')).statusCode).toBe(201);
    expect((await t.inject({ url: '/api/me', headers: as('reporter') })).statusCode).toBe(200);
    expect(calls).toBe(2);
    // Exempt routes need no identity at all.
    await t.inject({ url: '/api/health', headers: as('reporter') });
    expect(calls).toBe(2);
  });

  it('counts by the address a trusted proxy saw, and ignores X-Forwarded-For from anyone else', async () => {
    const config = (forwardedFor: string) =>
      t.inject({ url: '/api/config', headers: { 'x-forwarded-for': forwardedFor } });

    await start({ anonymousPerMinute: 2 });
    // No proxy trusted: the header is the caller's own invention and changes nothing.
    const spoofed = [await config('198.51.100.1'), await config('198.51.100.2')];
    expect(spoofed.map((r) => r.statusCode)).toEqual([200, 200]);
    expect((await config('198.51.100.3')).statusCode).toBe(429);
    await t.close();

    // Behind App Service (one trusted hop): the entry its front end added, port and all.
    await start({ anonymousPerMinute: 2 }, { trustedProxyHops: 1 });
    await times(2, () => config('10.0.0.9, 203.0.113.7:50123'));
    expect((await config('10.0.0.8, 203.0.113.7:61000')).statusCode).toBe(429);
    expect((await config('10.0.0.9, 203.0.113.8:50123')).statusCode).toBe(200);
  });
});
