import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { createTestServer, type TestServer } from './testing';

/** A built tab as `vite build` leaves it: each file with its .br and .gz, a map, the manifest. */
function builtTab(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rake-tab-compressed-'));
  mkdirSync(join(dir, 'assets'));
  mkdirSync(join(dir, '.vite'));
  const write = (path: string, text: string) => {
    writeFileSync(join(dir, path), text);
    writeFileSync(join(dir, `${path}.br`), brotliCompressSync(text));
    writeFileSync(join(dir, `${path}.gz`), gzipSync(text));
  };
  write('index.html', `<!doctype html><title>RAKE</title><div id="root"></div>${' '.repeat(500)}`);
  write('assets/main-abc123.js', `console.log(${JSON.stringify('tab '.repeat(500))});`);
  writeFileSync(join(dir, 'assets', 'main-abc123.js.map'), '{"version":3,"sources":[]}');
  writeFileSync(join(dir, '.vite', 'manifest.json'), '{}');
  return dir;
}

const JS = '/assets/main-abc123.js';

type Raw = {
  readonly statusCode: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** The body as sent, not decoded (fetch would decode it). */
  readonly rawPayload: Buffer;
};

function inject(
  t: TestServer,
  options: { url: string; headers?: Record<string, string> },
): Promise<Raw> {
  const address = t.server.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: options.url, headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            statusCode: res.statusCode ?? 0,
            headers: res.headers,
            rawPayload: Buffer.concat(chunks),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('HTTP: the tab, compressed and cached', () => {
  let dir: string;
  let t: TestServer;
  beforeAll(() => {
    dir = builtTab();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  afterEach(async () => {
    await t.close();
  });

  describe('in production', () => {
    beforeEach(async () => {
      t = await createTestServer({ tabDir: dir });
    });

    it('sends the brotli copy to a browser that accepts it, and says it varies', async () => {
      const res = await inject(t, {
        url: JS,
        headers: { 'accept-encoding': 'gzip, deflate, br, zstd' },
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-encoding']).toBe('br');
      expect(res.headers['content-type']).toContain('javascript');
      expect(res.headers.vary).toContain('Accept-Encoding');
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(brotliDecompressSync(res.rawPayload).toString()).toContain('console.log');
      // The security headers stay on compressed answers.
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    });

    it('sends gzip to a browser without brotli, and the plain file to one that asks for neither', async () => {
      const gz = await inject(t, { url: JS, headers: { 'accept-encoding': 'gzip' } });
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(gz.rawPayload).toString()).toContain('console.log');
      expect(gz.headers.vary).toContain('Accept-Encoding');

      const plain = await inject(t, { url: JS, headers: { 'accept-encoding': 'identity' } });
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.rawPayload.toString()).toContain('console.log');
      expect(plain.headers.vary).toContain('Accept-Encoding');
      expect(plain.headers['cache-control']).toContain('immutable');

      const refused = await inject(t, { url: JS, headers: { 'accept-encoding': 'br;q=0, gzip' } });
      expect(refused.headers['content-encoding']).toBe('gzip');
    });

    it('never lets index.html be cached unrevalidated, compressed or not, at / and as the fallback', async () => {
      for (const url of ['/', '/index.html', '/board/some-id']) {
        const res = await inject(t, { url, headers: { 'accept-encoding': 'br' } });
        expect(res.statusCode).toBe(200);
        expect(res.headers['cache-control']).toBe('no-cache');
        expect(res.headers.vary).toContain('Accept-Encoding');
        expect(res.headers['content-type']).toContain('text/html');
        expect(brotliDecompressSync(res.rawPayload).toString()).toContain('<div id="root">');
      }
    });

    it('does not serve source maps, the build manifest or the compressed copies by name', async () => {
      for (const url of [
        `${JS}.map`,
        '/.vite/manifest.json',
        '/%2Evite/manifest.json',
        `${JS}.br`,
        `${JS}.gz`,
      ]) {
        const res = await inject(t, { url });
        expect({ url, status: res.statusCode }).toEqual({ url, status: 404 });
      }
    });
  });

  describe('in development', () => {
    beforeEach(async () => {
      t = await createTestServer({ tabDir: dir, serveSourceMaps: true });
    });

    it('serves the source maps', async () => {
      const res = await inject(t, { url: `${JS}.map` });
      expect(res.statusCode).toBe(200);
      expect(res.rawPayload.toString()).toContain('"version":3');
    });
  });
});
