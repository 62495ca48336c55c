import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  exportJWK,
  type CryptoKey,
  generateKeyPair,
  SignJWT,
  type JSONWebKeySet,
  type JWTPayload,
} from 'jose';
import type { EntraAuthOptions } from '../entra-authenticator';

/** Invented ids: a home tenant, another tenant, the app's client id and its host. */
export const TENANT = '11111111-2222-4333-8444-555555555555';
export const OTHER_TENANT = '99999999-8888-4777-8666-555555555555';
export const CLIENT_ID = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
export const PUBLIC_HOST = 'rake.example.invalid';
export const USER_OID = '0f0e0d0c-0b0a-4908-8706-050403020100';
export const SUPERVISORS_GROUP = '12121212-3434-4565-8787-909090909090';

export type TestSigner = {
  readonly kid: string;
  readonly privateKey: CryptoKey;
  readonly publicKey: CryptoKey;
  /** The public half as published in a key set. */
  readonly jwks: JSONWebKeySet;
};

/** An RS256 key pair minted here, standing in for one of Entra's signing keys. */
export async function createSigner(kid = 'test-key-1'): Promise<TestSigner> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid, use: 'sig', alg: 'RS256' };
  return { kid, privateKey, publicKey, jwks: { keys: [jwk] } };
}

/** The claims of a Teams SSO access token (v2.0) for USER_OID in TENANT. */
export function userClaims(overrides: JWTPayload = {}): JWTPayload {
  return {
    iss: `https://login.microsoftonline.com/${TENANT}/v2.0`,
    aud: CLIENT_ID,
    tid: TENANT,
    oid: USER_OID,
    name: 'Äijälä Testaaja',
    preferred_username: 'aijala@example.invalid',
    scp: 'access_as_user',
    ver: '2.0',
    ...overrides,
  };
}

/** Signs claims like Entra would: RS256, `kid` in the header, issued now, valid for an hour. */
export async function mint(
  signer: TestSigner,
  claims: JWTPayload = userClaims(),
  options: { kid?: string; now?: number; lifetimeSec?: number } = {},
): Promise<string> {
  const now = options.now ?? Math.floor(Date.now() / 1000);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: options.kid ?? signer.kid })
    .setIssuedAt(now)
    .setNotBefore(now)
    .setExpirationTime(now + (options.lifetimeSec ?? 3600))
    .sign(signer.privateKey);
}

/** base64url of JSON, for hand-made tokens (alg none, HS256 tricks). */
export const b64 = (value: unknown): string =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

export type KeyServer = {
  readonly url: string;
  /** How many times the key set was asked for. */
  readonly hits: () => number;
  close(): Promise<void>;
};

/**
 * A local stand-in for Entra's key endpoint on loopback. `hang`: accepts the connection and
 * never answers, like an endpoint behind a dropping firewall.
 */
export async function startKeyServer(jwks: JSONWebKeySet | 'hang'): Promise<KeyServer> {
  let hits = 0;
  const server: Server = createServer((_request, response) => {
    hits += 1;
    if (jwks === 'hang') return;
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(jwks));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/common/discovery/v2.0/keys`,
    hits: () => hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A loopback URL where nothing listens (the port was free a moment ago). */
export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/keys`;
}

/** What an Entra authenticator for the test app needs, keys aside. */
export const testEntraOptions = (): Omit<EntraAuthOptions, 'keys'> => ({
  audiences: [CLIENT_ID, `api://${PUBLIC_HOST}/${CLIENT_ID}`],
  allowedTenants: [TENANT],
  roleGroups: new Map([[SUPERVISORS_GROUP, ['supervisor']]]),
  supervisorAreas: new Map([[USER_OID, ['child_welfare']]]),
});
