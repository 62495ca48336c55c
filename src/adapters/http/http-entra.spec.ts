import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { createAppDeps, draftBody, testClock } from '../../app/testing';
import { createSqliteStore, type SqliteStore } from '../sqlite';
import { createEntraAuthenticator, remoteKeys } from './auth';
import {
  closedPortUrl,
  createSigner,
  mint,
  startKeyServer,
  testEntraOptions,
  USER_OID,
  userClaims,
  type KeyServer,
  type TestSigner,
} from './auth/testing';
import { createHttpServer } from './create-http-server';
import { as } from './testing';

/** The HTTP edge with Teams sign-in (RAKE_AUTH=entra), keys from a local key endpoint. */
describe('HTTP: Teams sign-in (Entra bearer tokens)', () => {
  let signer: TestSigner;
  let keyServer: KeyServer;
  let store: SqliteStore;
  let server: FastifyInstance;
  let base: string;

  const start = async (jwksUrl: string, timeoutMs?: number): Promise<void> => {
    store = createSqliteStore({ file: ':memory:' });
    const app = await createAppDeps(store, testClock());
    const keys = remoteKeys({ url: jwksUrl, ...(timeoutMs === undefined ? {} : { timeoutMs }) });
    const authenticator = createEntraAuthenticator({
      ...testEntraOptions(),
      keys,
      staff: store.staff,
    });
    server = createHttpServer({ app, authenticator }, { tabDir: null });
    await server.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  };
  const call = (path: string, init: RequestInit = {}) => fetch(base + path, init);
  const withToken = (token: string, headers: Record<string, string> = {}) => ({
    headers: { authorization: `Bearer ${token}`, ...headers },
  });

  beforeAll(async () => {
    signer = await createSigner();
  });
  beforeEach(async () => {
    keyServer = await startKeyServer(signer.jwks);
  });
  afterEach(async () => {
    await server.close();
    store.close();
    await keyServer.close();
  });

  describe('with the key endpoint up', () => {
    beforeEach(() => start(keyServer.url));

    it('answers /api/me for a valid token, with roles from the token', async () => {
      const token = await mint(signer, userClaims({ roles: ['rake_member'] }));
      const res = await call('/api/me', withToken(token));
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({
        id: USER_OID,
        name: 'Äijälä Testaaja',
        email: 'aijala@example.invalid',
        roles: ['reporter', 'rake_member'],
        serviceAreas: ['child_welfare'],
      });
    });

    it('lets a signed-in user submit a report as themselves', async () => {
      const res = await call('/api/observations', {
        method: 'POST',
        ...withToken(await mint(signer), { 'content-type': 'application/json' }),
        body: JSON.stringify(draftBody()),
      });
      expect(res.status).toBe(201);
      const mine = await call('/api/observations/mine', withToken(await mint(signer)));
      expect(((await mine.json()) as { items: unknown[] }).items).toHaveLength(1);
    });

    it('asks for a bearer token when there is none (401, WWW-Authenticate: Bearer)', async () => {
      const res = await call('/api/me', { headers: { 'accept-language': 'en' } });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer');
      expect(((await res.json()) as { error: unknown }).error).toEqual({
        code: 'unauthenticated',
        message: 'You are not signed in. Please sign in and try again.',
      });
    });

    it('refuses an expired token with 401 invalid_token', async () => {
      const token = await mint(signer, userClaims(), { now: Math.floor(Date.now() / 1000) - 7200 });
      const res = await call('/api/me', withToken(token));
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe(
        'unauthenticated',
      );
    });

    it('ignores the X-Dev headers: 401 with a full dev identity, and no identity list', async () => {
      const me = await call('/api/me', { headers: as('admin') });
      const post = await call('/api/observations', {
        method: 'POST',
        headers: { ...as('reporter'), 'content-type': 'application/json' },
        body: JSON.stringify(draftBody()),
      });
      expect([me.status, post.status]).toEqual([401, 401]);
      expect(await store.observations.isEmpty()).toBe(true);
      expect((await call('/api/dev/identities')).status).toBe(404);
    });

    it('takes the token, not X-Dev headers sent beside it', async () => {
      const res = await call('/api/me', withToken(await mint(signer), as('admin')));
      expect((await res.json()) as { id: string; roles: string[] }).toMatchObject({
        id: USER_OID,
        roles: ['reporter'],
      });
    });
  });

  it('answers 401 (not a hang or a 500) when the key endpoint is unreachable', async () => {
    await start(await closedPortUrl());
    const res = await call('/api/me', withToken(await mint(signer)));
    expect(res.status).toBe(401);
  });

  it('answers 401 when the key endpoint never answers', async () => {
    const hanging = await startKeyServer('hang');
    try {
      await start(hanging.url, 200);
      const res = await call('/api/me', withToken(await mint(signer)));
      expect(res.status).toBe(401);
    } finally {
      await hanging.close();
    }
  });
});
