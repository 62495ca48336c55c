import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CLIENT_ID,
  createSigner,
  mint,
  startKeyServer,
  TENANT,
  USER_OID,
  userClaims,
} from './adapters/http/auth/testing';
import { DEFAULT_LIST_PREFIX } from './adapters/graph/list-schema';
import { provisionLists } from './adapters/graph/provision';
import { sharePointFixture } from './adapters/graph/testing/sharepoint-fixture';
import { draftBody } from './app/testing';
import { startRake } from './compose';
import { loadConfig, type RakeConfig } from './config';

describe('startRake', () => {
  let dir: string;
  let config: RakeConfig;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rake-compose-'));
    const loaded = loadConfig({
      PORT: '0',
      RAKE_DB: join(dir, 'rake.sqlite'),
      RAKE_DEMO: '1',
      RAKE_AUTH: 'dev',
      NODE_ENV: 'test',
      RAKE_TEXT_ANALYZER: 'ngram',
    });
    if (!loaded.ok) throw new Error(loaded.error.join('\n'));
    config = { ...loaded.value, tabDir: join(dir, 'no-tab') };
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('starts on a free port with demo data and dev identities, and closes cleanly', async () => {
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    const rake = await startRake(config);
    try {
      expect(rake.url).toBe(`http://localhost:${rake.port}/`);
      expect(log).toHaveBeenCalledWith(
        `RAKE running at ${rake.url} (county kainuu, demo data, dev identity, suggestions: n-grams)`,
      );
      const base = `http://127.0.0.1:${rake.port}`;
      const identities = (await (await fetch(`${base}/api/dev/identities`)).json()) as {
        items: { id: string; roles: string[] }[];
      };
      const supervisor = identities.items.find((m) => m.roles.includes('supervisor'));
      const board = await fetch(`${base}/api/observations?limit=100`, {
        headers: { 'x-dev-user-id': supervisor?.id ?? '' },
      });
      expect(board.status).toBe(200);
      expect(((await board.json()) as { items: unknown[] }).items.length).toBeGreaterThan(0);
    } finally {
      await rake.close();
      log.mockRestore();
    }
    await expect(fetch(`http://127.0.0.1:${rake.port}/api/health`)).rejects.toThrow();
  });

  it('does not seed a store that already holds observations', async () => {
    const first = await startRake(config, { quiet: true });
    await first.close();
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    const second = await startRake(config);
    await second.close();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('demo data already present'));
    log.mockRestore();
  });

  it('passes the configured rate limits and trusted proxies to the HTTP edge', async () => {
    const loaded = loadConfig({
      PORT: '0',
      RAKE_DB: config.dbFile,
      RAKE_AUTH: 'dev',
      NODE_ENV: 'test',
      RAKE_RATE_ANONYMOUS_PER_MINUTE: '2',
      RAKE_TRUST_PROXY: '1',
    });
    if (!loaded.ok) throw new Error(loaded.error.join('\n'));
    const rake = await startRake({ ...loaded.value, tabDir: config.tabDir }, { quiet: true });
    try {
      const url = `http://127.0.0.1:${rake.port}/api/config`;
      const https = { 'x-forwarded-proto': 'https' };
      const answers = [await fetch(url), await fetch(url), await fetch(url, { headers: https })];
      expect(answers.map((r) => r.status)).toEqual([200, 200, 429]);
      expect(answers[2]?.headers.get('strict-transport-security')).toContain('max-age=31536000');
      expect(answers[0]?.headers.get('strict-transport-security')).toBeNull();
    } finally {
      await rake.close();
    }
  });

  it('follows the county settings the admin saves: the form, validation, routing, identities', async () => {
    const rake = await startRake(config, { quiet: true, schedule: false });
    try {
      const base = `http://127.0.0.1:${rake.port}`;
      const identities = (
        (await (await fetch(`${base}/api/dev/identities`)).json()) as {
          items: { id: string; roles: string[]; serviceAreas: string[] }[];
        }
      ).items;
      const admin = {
        'x-dev-user-id': identities.find((m) => m.roles.includes('admin'))?.id ?? '',
      };
      const json = { 'content-type': 'application/json' };
      const current = (await (
        await fetch(`${base}/api/admin/county`, { headers: admin })
      ).json()) as {
        settings: { serviceAreas: { id: string }[] };
      };
      const area = {
        id: 'housing_services',
        label: { fi: 'Asumispalvelut', sv: 'Boendetjänster', en: 'Housing services' },
      };
      const saved = await fetch(`${base}/api/admin/county`, {
        method: 'PUT',
        headers: { ...admin, ...json, 'if-match': '"0"' },
        body: JSON.stringify({
          ...current.settings,
          serviceAreas: [...current.settings.serviceAreas, area],
        }),
      });
      expect(saved.status).toBe(200);
      const county = (await (await fetch(`${base}/api/config`)).json()) as {
        serviceAreas: { id: string }[];
      };
      expect(county.serviceAreas.map((a) => a.id)).toContain('housing_services');

      // The dev identity knows the new area; the admin makes a reporter its supervisor.
      const reporter = identities.find((m) => m.roles.length === 1 && m.roles[0] === 'reporter');
      const headers = { 'x-dev-user-id': reporter?.id ?? '', ...json };
      const me = await fetch(`${base}/api/me`, {
        headers: { ...headers, 'x-dev-service-areas': 'housing_services' },
      });
      expect(me.status).toBe(200);
      const supervisor = identities.find((m) => m.roles.includes('supervisor'));
      const set = await fetch(`${base}/api/admin/service-areas/housing_services/supervisors`, {
        method: 'PUT',
        headers: { ...admin, ...json },
        body: JSON.stringify({ staffIds: [supervisor?.id] }),
      });
      expect(set.status).toBe(200);
      const filed = await fetch(`${base}/api/observations`, {
        method: 'POST',
        headers,
        body: JSON.stringify(draftBody({ serviceArea: 'housing_services' })),
      });
      expect(filed.status).toBe(201);
      const { id } = (await filed.json()) as { id: string };
      const board = (await (
        await fetch(`${base}/api/observations?serviceArea=housing_services`, {
          headers: { 'x-dev-user-id': supervisor?.id ?? '' },
        })
      ).json()) as { items: { id: string }[]; unroutedIds: string[] };
      expect(board.items.map((o) => o.id)).toEqual([id]);
      expect(board.unroutedIds).toEqual([]);
    } finally {
      await rake.close();
    }
  });

  it('closes only once however often close is called', async () => {
    const rake = await startRake(config, { quiet: true });
    await Promise.all([rake.close(), rake.close()]);
    await rake.close();
  });
});

describe('startRake with Teams sign-in (RAKE_AUTH=entra)', () => {
  it('validates bearer tokens against the configured key set and ignores dev headers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rake-compose-'));
    const signer = await createSigner();
    const keys = await startKeyServer(signer.jwks);
    const loaded = loadConfig({
      PORT: '0',
      RAKE_DB: join(dir, 'rake.sqlite'),
      RAKE_AUTH: 'entra',
      AAD_APP_CLIENT_ID: CLIENT_ID,
      AAD_APP_TENANT_ID: TENANT,
      RAKE_JWKS_URL: keys.url,
      RAKE_SUPERVISOR_AREAS: `${USER_OID}=adult_social_work`,
    });
    if (!loaded.ok) throw new Error(loaded.error.join('\n'));
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    const rake = await startRake({ ...loaded.value, tabDir: join(dir, 'no-tab') });
    try {
      expect(log).toHaveBeenCalledWith(expect.stringContaining('Teams sign-in'));
      const base = `http://127.0.0.1:${rake.port}`;
      const token = await mint(signer, userClaims({ roles: ['supervisor'] }));
      const me = await fetch(`${base}/api/me`, { headers: { authorization: `Bearer ${token}` } });
      expect(await me.json()).toMatchObject({
        id: USER_OID,
        roles: ['reporter', 'supervisor'],
        serviceAreas: ['adult_social_work'],
      });
      const dev = await fetch(`${base}/api/me`, { headers: { 'x-dev-user-id': USER_OID } });
      expect(dev.status).toBe(401);
    } finally {
      await rake.close();
      await keys.close();
      log.mockRestore();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('startRake on SharePoint lists (the Graph double)', () => {
  it('files and reads an observation over HTTP, stored in the provisioned lists', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rake-compose-'));
    const sharePoint = sharePointFixture();
    const graph = await sharePoint.double();
    const client = await sharePoint.client(graph);
    const siteId = `contoso.sharepoint.com,${randomUUID()},${randomUUID()}`;
    expect((await provisionLists(client, siteId, DEFAULT_LIST_PREFIX)).problems).toEqual([]);
    const loaded = loadConfig({
      PORT: '0',
      RAKE_DB: join(dir, 'unused.sqlite'),
      RAKE_AUTH: 'dev',
      NODE_ENV: 'test',
      RAKE_SHAREPOINT_SITE_ID: siteId,
      AAD_APP_CLIENT_ID: CLIENT_ID,
      AAD_APP_TENANT_ID: TENANT,
      AAD_APP_CLIENT_SECRET: 'never-used-with-the-double',
    });
    if (!loaded.ok) throw new Error(loaded.error.join('\n'));
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    const rake = await startRake(
      { ...loaded.value, tabDir: join(dir, 'no-tab') },
      { graphClient: client, schedule: false },
    );
    try {
      expect(log).toHaveBeenCalledWith(expect.stringContaining('SharePoint lists'));
      const base = `http://127.0.0.1:${rake.port}`;
      const reporter = { 'x-dev-user-id': 'user-reporter', 'content-type': 'application/json' };
      const filed = await fetch(`${base}/api/observations`, {
        method: 'POST',
        headers: reporter,
        body: JSON.stringify(draftBody()),
      });
      expect(filed.status).toBe(201);
      const { id } = (await filed.json()) as { id: string };
      const read = await fetch(`${base}/api/observations/${id}`, { headers: reporter });
      expect(read.status).toBe(200);
      expect(await read.json()).toMatchObject({ id, status: 'received', version: 1 });
      const mine = await fetch(`${base}/api/observations/mine`, { headers: reporter });
      expect(((await mine.json()) as { items: { id: string }[] }).items.map((o) => o.id)).toEqual([
        id,
      ]);
      // It is in SharePoint, not in a SQLite file.
      const observations = [...(graph.state.sites.get(siteId)?.lists.values() ?? [])].find(
        (list) => list.displayName === `${DEFAULT_LIST_PREFIX}Observations`,
      );
      expect(
        [...(observations?.items.values() ?? [])].map((i) => i.fields['ObservationId']),
      ).toEqual([id]);
      expect(existsSync(join(dir, 'unused.sqlite'))).toBe(false);
    } finally {
      await rake.close();
      await sharePoint.close();
      log.mockRestore();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
