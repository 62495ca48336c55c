import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { createStaffRegistration, type AppDeps, type StaffRegistration } from '../../app';
import { createAppDeps, testClock } from '../../app/testing';
import { StorageUnavailableError, type StaffDirectory, type StaffMember } from '../../ports';
import { createSqliteStore, type SqliteStore } from '../sqlite';
import { createDevAuthenticator, createEntraAuthenticator, remoteKeys } from './auth';
import {
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
import type { HttpOptions } from './http-deps';

const REPORTER_OID = '5a5a5a5a-6b6b-47c7-8d8d-9e9e9e9e9e9e';

/** Teams sign-in keeps who signs in in the staff directory (least privilege: no Graph read). */
describe('HTTP: staff learnt from their own sign-ins', () => {
  let signer: TestSigner;
  let keyServer: KeyServer;
  let store: SqliteStore;
  let app: AppDeps;
  let registration: StaffRegistration;
  let server: FastifyInstance | null;
  let base: string;
  /** Members written to the SQLite directory, in order. */
  let writes: StaffMember[];
  let unexpected: unknown[];

  const start = async (
    options: {
      auth?: 'entra' | 'dev';
      directory?: (counted: StaffDirectory) => StaffDirectory;
    } & HttpOptions = {},
  ): Promise<void> => {
    const { auth = 'entra', directory = (d) => d, ...httpOptions } = options;
    const counted: StaffDirectory = {
      ...app.staff,
      upsert: (members) => {
        writes.push(...members);
        return store.staff.upsert(members);
      },
    };
    registration = createStaffRegistration({ staff: directory(counted), clock: app.clock });
    const authenticator =
      auth === 'dev'
        ? createDevAuthenticator(store.staff, app.county)
        : createEntraAuthenticator({
            ...testEntraOptions(),
            keys: remoteKeys({ url: keyServer.url }),
            staff: store.staff,
          });
    server = createHttpServer(
      { app, authenticator, staffRegistration: registration },
      { tabDir: null, ...httpOptions, onUnexpectedError: (error) => unexpected.push(error) },
    );
    await server.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  };
  const get = async (path: string, headers: Record<string, string> = {}) => {
    const res = await fetch(base + path, { headers });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const bearer = async (claims = userClaims()) => ({
    authorization: `Bearer ${await mint(signer, claims)}`,
  });
  const reporterClaims = () =>
    userClaims({
      oid: REPORTER_OID,
      name: 'Raimo Raportoija',
      preferred_username: 'raimo@example.invalid',
    });
  const supervisorPicker = async (serviceArea: string) => {
    const res = await get(
      `/api/staff?role=supervisor&serviceArea=${serviceArea}`,
      await bearer(reporterClaims()),
    );
    expect(res.status).toBe(200);
    return res.body['items'];
  };

  beforeAll(async () => {
    signer = await createSigner();
  });
  beforeEach(async () => {
    keyServer = await startKeyServer(signer.jwks);
    store = createSqliteStore({ file: ':memory:' });
    app = await createAppDeps(store, testClock());
    server = null;
    writes = [];
    unexpected = [];
  });
  afterEach(async () => {
    // Closing the server waits for registrations under way, before the store closes.
    await server?.close();
    store.close();
    await keyServer.close();
    expect(unexpected).toEqual([]);
  });

  it("lists a supervisor in a reporter's supervisor picker after the supervisor's first request", async () => {
    await start();
    const before = await supervisorPicker('child_welfare');
    expect(before).not.toContainEqual(expect.objectContaining({ id: USER_OID }));

    const me = await get('/api/me', await bearer(userClaims({ roles: ['supervisor'] })));
    expect(me.status).toBe(200);
    await registration.settled();

    expect(await supervisorPicker('child_welfare')).toContainEqual({
      id: USER_OID,
      name: 'Äijälä Testaaja',
      title: null,
    });
    expect(await store.staff.get(USER_OID)).toEqual({
      id: USER_OID,
      name: 'Äijälä Testaaja',
      email: 'aijala@example.invalid',
      title: null,
      roles: ['reporter', 'supervisor'],
      serviceAreas: ['child_welfare'],
    });
    await registration.settled();
    // The supervisor once and the reporter once; the reporter's second request wrote nothing.
    expect(writes.map((m) => m.id).sort()).toEqual([USER_OID, REPORTER_OID].sort());
  });

  it('updates the directory when the sign-in changes (a role taken away)', async () => {
    await start();
    await get('/api/me', await bearer(userClaims({ roles: ['supervisor'] })));
    await registration.settled();
    await get('/api/me', await bearer(userClaims()));
    await registration.settled();
    expect((await store.staff.get(USER_OID))?.roles).toEqual(['reporter']);
    expect(await supervisorPicker('child_welfare')).not.toContainEqual(
      expect.objectContaining({ id: USER_OID }),
    );
  });

  it('registers nobody for a request without a token or with a refused one', async () => {
    await start();
    const expired = await mint(signer, userClaims(), {
      now: Math.floor(Date.now() / 1000) - 7200,
    });
    expect((await get('/api/me')).status).toBe(401);
    expect((await get('/api/me', { authorization: `Bearer ${expired}` })).status).toBe(401);
    await registration.settled();
    expect(writes).toEqual([]);
    expect(await store.staff.get(USER_OID)).toBeNull();
  });

  it('registers nobody for a dev identity', async () => {
    await start({ auth: 'dev' });
    const res = await get('/api/me', {
      'x-dev-user-id': 'u-newcomer',
      'x-dev-user-name': 'Uusi Tulokas',
      'x-dev-roles': 'supervisor',
      'x-dev-service-areas': 'child_welfare',
    });
    expect(res.status).toBe(200);
    await registration.settled();
    expect(writes).toEqual([]);
    expect(await store.staff.get('u-newcomer')).toBeNull();
  });

  it('answers the request when the directory is down, with a warning in the log', async () => {
    const lines: string[] = [];
    await start({
      directory: (counted) => ({
        ...counted,
        get: () => Promise.reject(new StorageUnavailableError('throttled', 5)),
      }),
      logger: { level: 'warn', stream: { write: (line) => lines.push(line) } },
    });
    const me = await get('/api/me', await bearer(userClaims({ roles: ['supervisor'] })));
    expect(me.status).toBe(200);
    expect(me.body['id']).toBe(USER_OID);
    await registration.settled();
    expect(writes).toEqual([]);
    expect(lines.map((line) => JSON.parse(line) as Record<string, unknown>)).toContainEqual(
      expect.objectContaining({
        level: 40,
        msg: 'staff directory not updated: store unavailable',
        reason: 'throttled',
      }),
    );
  });
});
