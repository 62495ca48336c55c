import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MISSING_TAB_HINT } from './static-tab';
import { as, createTestServer, type TestServer } from './testing';

describe('HTTP: the tab and the headers', () => {
  describe('with a built tab', () => {
    let t: TestServer;
    let dir: string;

    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'rake-tab-'));
      mkdirSync(join(dir, 'assets'));
      writeFileSync(
        join(dir, 'index.html'),
        '<!doctype html><title>RAKE</title><div id="root"></div>',
      );
      writeFileSync(join(dir, 'assets', 'main-abc123.js'), 'console.log("tab")');
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    beforeEach(async () => {
      t = await createTestServer({ tabDir: dir });
    });
    afterEach(async () => {
      await t.close();
    });

    it('serves index.html at / with headers that let Teams frame it', async () => {
      const res = await t.inject({ url: '/' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.body).toContain('<div id="root">');
      const csp = res.headers['content-security-policy'] ?? '';
      expect(csp).toContain(
        "frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.office.com https://*.cloud.microsoft https://*.microsoft365.com https://*.skype.com",
      );
      expect(csp).toContain("script-src 'self'");
      // teams-js reads Microsoft's list of Teams origins on load; that one file, nothing more.
      expect(csp).toContain(
        "connect-src 'self' https://res.cdn.office.net/teams-js/validDomains/json/validDomains.json;",
      );
      expect(res.headers['x-frame-options']).toBeUndefined();
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['cache-control']).toBe('no-cache');
    });

    it('serves fingerprinted assets for a long time', async () => {
      const res = await t.inject({ url: '/assets/main-abc123.js' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toContain('immutable');
    });

    it('falls back to index.html for the tab’s own paths, not for /api or missing files', async () => {
      const page = await t.inject({ url: '/board/some-id?x=1' });
      const api = await t.inject({ url: '/api/nope' });
      const file = await t.inject({ url: '/assets/missing.js' });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('<div id="root">');
      expect(api.statusCode).toBe(404);
      expect(api.json().error.code).toBe('not_found');
      expect(file.statusCode).toBe(404);
    });
  });

  describe('without a built tab', () => {
    let t: TestServer;
    beforeEach(async () => {
      t = await createTestServer({ tabDir: join(tmpdir(), 'rake-no-such-tab') });
    });
    afterEach(async () => {
      await t.close();
    });

    it('says at / how to build it', async () => {
      const res = await t.inject({ url: '/' });
      expect(res.statusCode).toBe(200);
      expect(res.body).toBe(MISSING_TAB_HINT);
      expect(res.body).toContain('npm run build:tab');
    });

    it('never caches API answers', async () => {
      for (const url of ['/api/health', '/api/observations/mine', '/api/nope']) {
        const res = await t.inject({ url, headers: as('reporter') });
        expect(res.headers['cache-control']).toBe('no-store');
        expect(res.headers['content-security-policy']).toContain('frame-ancestors');
      }
    });
  });
});
