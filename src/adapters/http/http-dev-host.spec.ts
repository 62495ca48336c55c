import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { as, createTestServer, type TestServer } from './testing';

type Answer = { status: number; headers: Record<string, unknown>; body: string };

/** A request with a Host header of our choosing (fetch does not let one set it). */
function get(port: number, path: string, headers: Record<string, string>): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * Issue 9: in dev identity mode anyone may claim to be anyone, so a page that reaches the
 * loopback server through DNS rebinding (Host: its own name) must be turned away.
 */
describe('HTTP: the Host check in dev identity mode', () => {
  let t: TestServer;
  let port: number;
  afterEach(async () => {
    expect(t.unexpected).toEqual([]);
    await t.close();
  });
  const startWith = async (auth: 'dev' | 'none') => {
    t = await createTestServer({ auth, tabDir: null });
    port = (t.server.server.address() as AddressInfo).port;
  };

  it.each([
    [
      'fi',
      'Tämä kehityspalvelin vastaa vain osoitteissa localhost, 127.0.0.1 ja [::1]. Avaa se jostakin niistä.',
    ],
    [
      'sv',
      'Den här utvecklingsservern svarar bara på localhost, 127.0.0.1 och [::1]. Öppna den på någon av dem.',
    ],
    [
      'en',
      'This development server answers only at localhost, 127.0.0.1 or [::1]. Please open it at one of those.',
    ],
  ])('another Host → 421 host_not_allowed before anything runs (%s)', async (lang, message) => {
    await startWith('dev');
    const res = await get(port, '/api/dev/identities', {
      host: `rebound.example:${port}`,
      'accept-language': lang,
    });
    expect(res.status).toBe(421);
    expect(JSON.parse(res.body)).toEqual({ error: { code: 'host_not_allowed', message } });
    expect(res.headers['content-security-policy']).toContain('frame-ancestors');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it.each([
    'rebound.example',
    '127.0.0.2',
    '10.0.0.5:3978',
    'localhost.rebound.example',
    'localhost:3978@rebound.example',
    '[::2]:3978',
  ])('refuses Host %p, for the API, a file and the tab alike', async (host) => {
    await startWith('dev');
    for (const path of ['/api/me', '/', '/assets/x.js']) {
      const res = await get(port, path, { ...as('admin'), host });
      expect(res.status).toBe(421);
    }
  });

  it('refuses a filing from a rebound page, and nothing is stored', async () => {
    await startWith('dev');
    const res = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/api/observations',
          headers: {
            ...as('reporter'),
            host: 'rebound.example',
            'content-type': 'application/json',
          },
        },
        (r) => {
          r.resume();
          r.on('end', () => resolve(r.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      req.end('{}');
    });
    expect(res).toBe(421);
    expect(await t.store.observations.isEmpty()).toBe(true);
  });

  it.each([
    'localhost',
    'LocalHost',
    'localhost:3978',
    '127.0.0.1',
    '127.0.0.1:3978',
    '[::1]',
    '[::1]:3978',
  ])('accepts the loopback name %p', async (host) => {
    await startWith('dev');
    const res = await get(port, '/api/me', { ...as('reporter'), host });
    expect(res.status).toBe(200);
  });

  it('does not check Host outside dev identity mode (the platform routes by name there)', async () => {
    await startWith('none');
    const res = await get(port, '/api/health', { host: 'rake.example.invalid' });
    expect(res.status).toBe(200);
  });
});
