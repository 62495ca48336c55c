import { decodeJwt, decodeProtectedHeader, jwtVerify, type JWTPayload } from 'jose';
import { ROLES, type Actor, type Role } from '../../../domain/policy/actor';
import {
  administeredAreas,
  areasOfGroups,
  assignedAreasAtSignIn,
  EMPTY_SUPERVISION,
  type Supervision,
} from '../../../domain/county/supervision';
import type { StaffDirectory } from '../../../ports';
import type { AuthOutcome, Authenticator, RequestHeaders } from './authenticator';
import type { KeySource } from './remote-keys';

export type EntraAuthOptions = {
  /** Accepted `aud` values: the client id and `api://<host>/<client id>`. */
  readonly audiences: readonly string[];
  /** Tenant ids (`tid`) whose users may sign in. */
  readonly allowedTenants: readonly string[];
  /** Entra group object id → roles its members get (matched against the `groups` claim). */
  readonly roleGroups: ReadonlyMap<string, readonly Role[]>;
  /**
   * RAKE_SUPERVISOR_AREAS, user object id → service areas they supervise: a bootstrap, applied
   * only to the areas whose supervisors the admin has not saved in the app. When empty (not
   * configured), the staff directory's entry says.
   */
  readonly supervisorAreas: ReadonlyMap<string, readonly string[]>;
  /**
   * What the admin saved (read per sign-in): the areas they set, the Entra groups mapped to
   * areas. Absent: nothing saved.
   */
  readonly supervision?: () => Supervision;
  /** The signing keys (remoteKeys over Entra's published key set). */
  readonly keys: KeySource;
  readonly staff?: StaffDirectory | null;
  /** Seconds of clock skew allowed on `exp` and `nbf` (default 60). */
  readonly clockToleranceSec?: number;
  readonly now?: () => Date;
};

/** Entra signs its tokens with RS256 only; anything else (none, HS256, …) is refused. */
const ALGORITHMS = ['RS256'];
const MAX_TOKEN_LENGTH = 16_000;
const MAX_CLAIM_TEXT = 200;
const BEARER = /^Bearer +([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/i;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The issuers Entra uses for a tenant: v2.0 tokens and v1.0 tokens. */
export const issuersOf = (tenant: string): string[] => [
  `https://login.microsoftonline.com/${tenant}/v2.0`,
  `https://sts.windows.net/${tenant}/`,
];

/**
 * Teams sign-in (RAKE_AUTH=entra): `Authorization: Bearer <token>` from the tab's
 * `authentication.getAuthToken()`, validated as an Entra access token for this app.
 *
 * Everything that can be checked without keys (shape, algorithm, tenant, issuer, audience,
 * expiry) is checked first, so a forged or foreign token never causes a key download; then
 * the signature, and jose checks the claims again on the verified payload. The user is the
 * token's `oid`; every user is a reporter, other roles come from app roles (`roles`) and
 * configured groups (`groups`), a supervisor's service areas from configuration or the
 * staff directory. X-Dev-* headers mean nothing here.
 */
export function createEntraAuthenticator(options: EntraAuthOptions): Authenticator {
  const tolerance = options.clockToleranceSec ?? 60;
  const now = options.now ?? (() => new Date());
  const tenants = new Set(options.allowedTenants.map((t) => t.toLowerCase()));
  const audiences = new Set(options.audiences);

  const precheck = (token: string): string | null => {
    let alg: unknown;
    let kid: unknown;
    let claims: JWTPayload;
    try {
      ({ alg, kid } = decodeProtectedHeader(token));
      claims = decodeJwt(token);
    } catch {
      return 'garbled token';
    }
    if (typeof alg !== 'string' || !ALGORITHMS.includes(alg)) return `algorithm ${String(alg)}`;
    if (typeof kid !== 'string' || kid === '') return 'no key id';
    const tenant = tenantOf(claims);
    if (tenant === null || !tenants.has(tenant)) return `tenant ${String(claims.tid)} not allowed`;
    if (!issuersOf(tenant).includes(String(claims.iss))) return `issuer ${String(claims.iss)}`;
    const aud = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    if (!aud.some((a) => typeof a === 'string' && audiences.has(a))) return 'audience';
    const seconds = now().getTime() / 1000;
    if (typeof claims.exp !== 'number' || claims.exp + tolerance <= seconds) return 'expired';
    if (typeof claims.nbf === 'number' && claims.nbf - tolerance > seconds) return 'not yet valid';
    return null;
  };

  const actorOf = async (claims: JWTPayload): Promise<Actor | string> => {
    const oid = typeof claims.oid === 'string' ? claims.oid.toLowerCase() : '';
    if (!GUID.test(oid)) return 'no user object id';
    // Delegated tokens carry scopes; an app-only token (client credentials) is not a user.
    if (typeof claims.scp !== 'string' || claims.scp.trim() === '' || claims.idtyp === 'app') {
      return 'not a user token';
    }
    const roles = new Set<Role>(['reporter']);
    for (const role of stringsOf(claims.roles)) if (isRole(role)) roles.add(role);
    for (const group of stringsOf(claims.groups)) {
      for (const role of options.roleGroups.get(group.toLowerCase()) ?? []) roles.add(role);
    }
    const email = [claims.preferred_username, claims.upn, claims.email]
      .map(textOf)
      .find((text) => text?.includes('@'));
    // The areas the admin saved in the app are the truth. For the others,
    // RAKE_SUPERVISOR_AREAS, when set, is: someone taken out of it loses those areas, whatever
    // the directory remembered from an earlier sign-in. A group mapped to an area gives it
    // for as long as the sign-in carries the group.
    const supervision = options.supervision?.() ?? EMPTY_SUPERVISION;
    const assigned = assignedAreasAtSignIn({
      stored: (await options.staff?.get(oid))?.serviceAreas ?? [],
      bootstrap: options.supervisorAreas.size > 0 ? (options.supervisorAreas.get(oid) ?? []) : null,
      administered: administeredAreas(supervision),
    });

    const fromGroups = areasOfGroups(supervision, stringsOf(claims.groups));
    const areas = [...new Set([...assigned, ...fromGroups])];
    // Whom the admin made an area's supervisor (by name or by group) is one, whatever their
    // app roles say. The bootstrap's areas count only with the supervisor role, as before.
    const administered = administeredAreas(supervision);
    if (fromGroups.length > 0 || assigned.some((area) => administered.has(area))) {
      roles.add('supervisor');
    }
    return {
      id: oid,
      name: textOf(claims.name) ?? email ?? oid,
      email: email ?? null,
      roles: ROLES.filter((role) => roles.has(role)),
      serviceAreas: areas,
      supervision: { assigned, fromGroups },
    };
  };

  return {
    mode: 'entra',
    async authenticate(headers: RequestHeaders): Promise<AuthOutcome> {
      const raw = headers.authorization;
      const header = (Array.isArray(raw) ? raw[0] : raw)?.trim();
      if (header === undefined || header === '') return { kind: 'anonymous' };
      const token = header.length <= MAX_TOKEN_LENGTH ? BEARER.exec(header)?.[1] : undefined;
      if (token === undefined) return invalid('not a bearer token');
      const problem = precheck(token);
      if (problem !== null) return invalid(problem);

      const tenant = tenantOf(decodeJwt(token)) ?? '';
      let claims: JWTPayload;
      try {
        ({ payload: claims } = await jwtVerify(token, options.keys, {
          algorithms: ALGORITHMS,
          issuer: issuersOf(tenant),
          audience: [...audiences],
          clockTolerance: tolerance,
          currentDate: now(),
          requiredClaims: ['exp', 'tid', 'oid'],
        }));
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        return invalid(typeof code === 'string' ? code : (error as Error).message);
      }
      if (tenantOf(claims) !== tenant) return invalid('tenant');
      const actor = await actorOf(claims);
      return typeof actor === 'string' ? invalid(actor) : { kind: 'signed_in', actor };
    },
  };
}

const invalid = (reason: string): AuthOutcome => ({ kind: 'invalid_token', reason });

const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

function tenantOf(claims: JWTPayload): string | null {
  const tid = typeof claims.tid === 'string' ? claims.tid.toLowerCase() : '';
  return GUID.test(tid) ? tid : null;
}

function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function textOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return text === '' || text.length > MAX_CLAIM_TEXT ? undefined : text;
}
