import { mkdtempSync, rmSync } from 'node:fs';
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
        `RAKE running at ${rake.url} (county kainuu, demo data, dev identity)`,
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
