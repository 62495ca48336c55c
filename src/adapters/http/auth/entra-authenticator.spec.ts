import { createHmac } from 'node:crypto';
import { exportSPKI } from 'jose';
import { createSqliteStore, type SqliteStore } from '../../sqlite';
import { STAFF } from '../../../app/testing';
import type { Authenticator } from './authenticator';
import { createEntraAuthenticator } from './entra-authenticator';
import { remoteKeys } from './remote-keys';
import {
  b64,
  CLIENT_ID,
  closedPortUrl,
  createSigner,
  mint,
  OTHER_TENANT,
  PUBLIC_HOST,
  startKeyServer,
  SUPERVISORS_GROUP,
  TENANT,
  testEntraOptions,
  USER_OID,
  userClaims,
  type KeyServer,
  type TestSigner,
} from './testing';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('createEntraAuthenticator', () => {
  let signer: TestSigner;
  let keyServer: KeyServer;
  let auth: Authenticator;

  beforeAll(async () => {
    signer = await createSigner();
  });
  beforeEach(async () => {
    keyServer = await startKeyServer(signer.jwks);
    auth = createEntraAuthenticator({
      ...testEntraOptions(),
      keys: remoteKeys({ url: keyServer.url }),
    });
  });
  afterEach(() => keyServer.close());

  describe('accepts', () => {
    it('a valid token: the oid is the user, every user a reporter, areas from configuration', async () => {
      expect(await auth.authenticate(bearer(await mint(signer)))).toEqual({
        kind: 'signed_in',
        actor: {
          id: USER_OID,
          name: 'Äijälä Testaaja',
          email: 'aijala@example.invalid',
          // The bootstrap's areas alone make nobody a supervisor.
          roles: ['reporter'],
          serviceAreas: ['child_welfare'],
          supervision: { assigned: ['child_welfare'], fromGroups: [] },
        },
      });
    });

    it('roles from app roles and configured groups, ignoring unknown ones', async () => {
      const token = await mint(
        signer,
        userClaims({
          roles: ['rake_member', 'Overlord', 'admin'],
          groups: [SUPERVISORS_GROUP.toUpperCase(), '00000000-0000-4000-8000-000000000000'],
        }),
      );
      const outcome = await auth.authenticate(bearer(token));
      expect(outcome).toMatchObject({
        kind: 'signed_in',
        actor: { roles: ['reporter', 'supervisor', 'rake_member', 'admin'] },
      });
    });

    it('a v1.0 token for api://<host>/<client id> from sts.windows.net', async () => {
      const token = await mint(
        signer,
        userClaims({
          iss: `https://sts.windows.net/${TENANT}/`,
          aud: `api://${PUBLIC_HOST}/${CLIENT_ID}`,
          ver: '1.0',
          preferred_username: undefined,
          upn: 'v1user@example.invalid',
        }),
      );
      expect(await auth.authenticate(bearer(token))).toMatchObject({
        kind: 'signed_in',
        actor: { email: 'v1user@example.invalid' },
      });
    });

    it('a clock a little behind: nbf within the tolerance', async () => {
      const token = await mint(signer, userClaims(), { now: Math.floor(Date.now() / 1000) + 30 });
      expect((await auth.authenticate(bearer(token))).kind).toBe('signed_in');
    });

    it('takes a supervisor’s service areas from the staff directory only when RAKE_SUPERVISOR_AREAS is not set', async () => {
      const store: SqliteStore = createSqliteStore({ file: ':memory:' });
      try {
        const oid = '5a5a5a5a-5a5a-4a5a-8a5a-5a5a5a5a5a5a';
        await store.staff.upsert([{ ...STAFF.supervisor, id: oid }]);
        const withStaff = (supervisorAreas: ReadonlyMap<string, readonly string[]>) =>
          createEntraAuthenticator({
            ...testEntraOptions(),
            supervisorAreas,
            keys: remoteKeys({ url: keyServer.url }),
            staff: store.staff,
          });
        const token = await mint(signer, userClaims({ oid }));
        expect(await withStaff(new Map()).authenticate(bearer(token))).toMatchObject({
          kind: 'signed_in',
          actor: { id: oid, serviceAreas: STAFF.supervisor.serviceAreas },
        });
        // Configured, the setting is the whole truth: taken out of it, the areas are gone.
        const others = new Map([['someone-else', ['child_welfare']]]);
        expect(await withStaff(others).authenticate(bearer(token))).toMatchObject({
          kind: 'signed_in',
          actor: { id: oid, serviceAreas: [] },
        });
      } finally {
        store.close();
      }
    });

    it('keeps what the admin saved for an area, RAKE_SUPERVISOR_AREAS being a bootstrap for the others', async () => {
      const store: SqliteStore = createSqliteStore({ file: ':memory:' });
      try {
        const oid = '5a5a5a5a-5a5a-4a5a-8a5a-5a5a5a5a5a5a';
        // The admin gave them family_services and took child_welfare away.
        await store.staff.upsert([
          { ...STAFF.supervisor, id: oid, serviceAreas: ['adult_social_work', 'family_services'] },
        ]);
        const supervision = {
          areas: { family_services: { groupIds: [] }, child_welfare: { groupIds: [] } },
        };
        const signIn = createEntraAuthenticator({
          ...testEntraOptions(),
          supervisorAreas: new Map([[oid, ['child_welfare', 'student_welfare']]]),
          supervision: () => supervision,
          keys: remoteKeys({ url: keyServer.url }),
          staff: store.staff,
        });
        const token = await mint(signer, userClaims({ oid }));
        // adult_social_work was the bootstrap's, which no longer names it. The admin made
        // them a supervisor: so they are, without the app role.
        expect(await signIn.authenticate(bearer(token))).toMatchObject({
          actor: {
            roles: ['reporter', 'supervisor'],
            serviceAreas: ['family_services', 'student_welfare'],
            supervision: { assigned: ['family_services', 'student_welfare'], fromGroups: [] },
          },
        });
      } finally {
        store.close();
      }
    });

    it('makes the members of a group mapped to an area its supervisors, for as long as they are', async () => {
      const group = 'abababab-abab-4bab-8bab-abababababab';
      const supervision = { areas: { family_services: { groupIds: [group] } } };
      const signIn = createEntraAuthenticator({
        ...testEntraOptions(),
        supervisorAreas: new Map(),
        supervision: () => supervision,
        keys: remoteKeys({ url: keyServer.url }),
      });
      const member = await mint(signer, userClaims({ groups: [group.toUpperCase()] }));
      expect(await signIn.authenticate(bearer(member))).toMatchObject({
        actor: {
          roles: ['reporter', 'supervisor'],
          serviceAreas: ['family_services'],
          supervision: { assigned: [], fromGroups: ['family_services'] },
        },
      });
      const left = await mint(signer, userClaims({ groups: [] }));
      expect(await signIn.authenticate(bearer(left))).toMatchObject({
        actor: { roles: ['reporter'], serviceAreas: [], supervision: { fromGroups: [] } },
      });
    });

    it('downloads the keys once and then uses them from memory', async () => {
      for (let i = 0; i < 3; i++) {
        expect((await auth.authenticate(bearer(await mint(signer)))).kind).toBe('signed_in');
      }
      expect(keyServer.hits()).toBe(1);
      await keyServer.close();
      expect((await auth.authenticate(bearer(await mint(signer)))).kind).toBe('signed_in');
    });
  });

  it('is anonymous without an Authorization header, and ignores X-Dev headers', async () => {
    expect(await auth.authenticate({})).toEqual({ kind: 'anonymous' });
    expect(await auth.authenticate({ 'x-dev-user-id': 'u-1', 'x-dev-roles': 'admin' })).toEqual({
      kind: 'anonymous',
    });
  });

  describe('refuses, before any key download,', () => {
    const now = () => Math.floor(Date.now() / 1000);
    const cases: [string, () => Promise<string>][] = [
      ['an expired token', () => mint(signer, userClaims(), { now: now() - 7200 })],
      ['a token not valid yet', () => mint(signer, userClaims(), { now: now() + 600 })],
      ['another audience', () => mint(signer, userClaims({ aud: 'api://someone-else' }))],
      [
        'another tenant',
        () =>
          mint(
            signer,
            userClaims({
              tid: OTHER_TENANT,
              iss: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0`,
            }),
          ),
      ],
      [
        'an allowed tid with another tenant’s issuer',
        () =>
          mint(
            signer,
            userClaims({ iss: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0` }),
          ),
      ],
      ['a foreign issuer', () => mint(signer, userClaims({ iss: 'https://evil.example/v2.0' }))],
      [
        'alg none',
        async () => `${b64({ alg: 'none', typ: 'JWT', kid: signer.kid })}.${b64(validClaims())}.`,
      ],
      [
        'alg none with a junk signature',
        async () => `${b64({ alg: 'none', kid: signer.kid })}.${b64(validClaims())}.AAAA`,
      ],
      [
        'HS256 signed with the public key as the secret',
        async () => {
          const input = `${b64({ alg: 'HS256', typ: 'JWT', kid: signer.kid })}.${b64(validClaims())}`;
          const secret = await exportSPKI(signer.publicKey);
          return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
        },
      ],
      ['a garbled token', async () => 'abc.def.ghi'],
      ['a token with no key id', async () => withHeader(await mint(signer), { alg: 'RS256' })],
    ];

    it.each(cases)('%s', async (_name, make) => {
      const outcome = await auth.authenticate(bearer(await make()));
      expect(outcome.kind).toBe('invalid_token');
      expect(keyServer.hits()).toBe(0);
    });

    it.each([
      ['Basic credentials', 'Basic dXNlcjpwYXNz'],
      ['Bearer without a token', 'Bearer'],
      ['Bearer with a non-JWT', 'Bearer not-a-jwt'],
      ['an over-long token', `Bearer ${'a'.repeat(20_000)}.b.c`],
    ])('the header: %s', async (_name, header) => {
      const outcome = await auth.authenticate({ authorization: header });
      expect(outcome.kind).toBe('invalid_token');
      expect(keyServer.hits()).toBe(0);
    });
  });

  describe('refuses after checking the signature', () => {
    it('a token signed with another key under a published kid', async () => {
      const other = await createSigner(signer.kid);
      const outcome = await auth.authenticate(bearer(await mint(other)));
      expect(outcome).toEqual({
        kind: 'invalid_token',
        reason: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
      });
    });

    it('a token with an unknown kid, downloading at most once per cooldown', async () => {
      const other = await createSigner('forged-kid');
      for (let i = 0; i < 3; i++) {
        expect((await auth.authenticate(bearer(await mint(other)))).kind).toBe('invalid_token');
      }
      expect(keyServer.hits()).toBe(1);
    });

    it('a tampered payload', async () => {
      const [header, , signature] = (await mint(signer)).split('.');
      const forged = `${header}.${b64(userClaims({ roles: ['admin'], exp: 4_000_000_000 }))}.${signature}`;
      expect((await auth.authenticate(bearer(forged))).kind).toBe('invalid_token');
    });

    it('an app-only token (no delegated scope)', async () => {
      const token = await mint(
        signer,
        userClaims({ scp: undefined, idtyp: 'app', roles: ['admin'] }),
      );
      expect(await auth.authenticate(bearer(token))).toEqual({
        kind: 'invalid_token',
        reason: 'not a user token',
      });
    });
  });

  describe('when the key endpoint cannot be reached', () => {
    it('refuses with invalid_token when nothing listens', async () => {
      const closed = createEntraAuthenticator({
        ...testEntraOptions(),
        keys: remoteKeys({ url: await closedPortUrl() }),
      });
      const outcome = await closed.authenticate(bearer(await mint(signer)));
      expect(outcome).toEqual({ kind: 'invalid_token', reason: 'KEYS_UNAVAILABLE' });
    });

    it('refuses, within the download timeout, when the endpoint never answers', async () => {
      const hanging = await startKeyServer('hang');
      try {
        const stuck = createEntraAuthenticator({
          ...testEntraOptions(),
          keys: remoteKeys({ url: hanging.url, timeoutMs: 200 }),
        });
        const [first, second] = await Promise.all([
          stuck.authenticate(bearer(await mint(signer))),
          stuck.authenticate(bearer(await mint(signer))),
        ]);
        expect([first.kind, second.kind]).toEqual(['invalid_token', 'invalid_token']);
        // Concurrent callers share one download; the next caller within the cooldown
        // is refused at once without another.
        expect(hanging.hits()).toBe(1);
        expect((await stuck.authenticate(bearer(await mint(signer)))).kind).toBe('invalid_token');
        expect(hanging.hits()).toBe(1);
      } finally {
        await hanging.close();
      }
    });
  });

  function validClaims() {
    const now = Math.floor(Date.now() / 1000);
    return { ...userClaims(), iat: now, nbf: now, exp: now + 3600 };
  }
});

/** Replaces a token's protected header (its signature no longer fits, which is the point). */
function withHeader(token: string, header: object): string {
  const [, payload, signature] = token.split('.');
  return `${b64(header)}.${payload}.${signature}`;
}
