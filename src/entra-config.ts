import type { CountyConfig } from './domain/county/county-config';
import { ROLES, type Role } from './domain/policy/actor';

/** Teams sign-in (RAKE_AUTH=entra): what a bearer token must be, and what it grants. */
export type EntraConfig = {
  /** AAD_APP_CLIENT_ID: the Entra app registration of the tab (Agents Toolkit's name). */
  readonly clientId: string;
  /** Accepted `aud`: the client id, and `api://<host>/<client id>` when the host is known. */
  readonly audiences: readonly string[];
  /** RAKE_ALLOWED_TENANTS, else AAD_APP_TENANT_ID; lower-case tenant ids. */
  readonly allowedTenants: readonly string[];
  /** RAKE_JWKS_URL, else Entra's published keys for the one tenant (or `common`). */
  readonly jwksUrl: string;
  /** RAKE_ROLE_GROUPS: Entra group object id → the roles its members get. */
  readonly roleGroups: ReadonlyMap<string, readonly Role[]>;
  /** RAKE_SUPERVISOR_AREAS: user object id (`oid`) → service areas they supervise. */
  readonly supervisorAreas: ReadonlyMap<string, readonly string[]>;
};

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isGuid = (text: string): boolean => GUID.test(text);

export const entraKeysUrl = (tenant: string): string =>
  `https://login.microsoftonline.com/${tenant}/discovery/v2.0/keys`;

type Value = (name: string) => string | undefined;

/**
 * Reads the Entra variables (only when RAKE_AUTH=entra). Problems are pushed, each naming
 * its variable; the supervisors' service areas are checked against the county afterwards
 * (checkSupervisorAreas), once the county is known.
 */
export function readEntraConfig(value: Value, problems: string[]): EntraConfig {
  const clientId = value('AAD_APP_CLIENT_ID')?.toLowerCase();
  if (clientId === undefined) {
    problems.push(
      'RAKE_AUTH=entra needs AAD_APP_CLIENT_ID, the client id of the Entra app registration.',
    );
  } else if (!isGuid(clientId)) {
    problems.push(`AAD_APP_CLIENT_ID must be a GUID (the app's client id), not "${clientId}".`);
  }

  const tenantId = value('AAD_APP_TENANT_ID')?.toLowerCase();
  if (tenantId !== undefined && !isGuid(tenantId)) {
    problems.push(`AAD_APP_TENANT_ID must be a GUID (the directory id), not "${tenantId}".`);
  }
  const tenantsText = value('RAKE_ALLOWED_TENANTS');
  const allowedTenants =
    tenantsText === undefined
      ? tenantId === undefined
        ? []
        : [tenantId]
      : commaList(tenantsText).map((t) => t.toLowerCase());
  const badTenants = allowedTenants.filter((t) => !isGuid(t));
  if (badTenants.length > 0) {
    problems.push(
      `RAKE_ALLOWED_TENANTS must be a comma list of tenant ids (GUIDs), not "${badTenants.join(', ')}".`,
    );
  }
  if (allowedTenants.length === 0) {
    problems.push(
      'RAKE_AUTH=entra needs the tenants whose users may sign in: AAD_APP_TENANT_ID or ' +
        'RAKE_ALLOWED_TENANTS (comma list of tenant ids).',
    );
  }

  const host = publicHost(value, problems);
  const audiences =
    clientId === undefined
      ? []
      : host === undefined
        ? [clientId]
        : [clientId, `api://${host}/${clientId}`];

  const jwksText = value('RAKE_JWKS_URL');
  const jwksUrl =
    jwksText ?? entraKeysUrl(allowedTenants.length === 1 ? allowedTenants[0]! : 'common');
  if (jwksText !== undefined && !isKeysUrl(jwksText)) {
    problems.push(
      `RAKE_JWKS_URL must be an https URL (http only on loopback, for tests), not "${jwksText}".`,
    );
  }

  return {
    clientId: clientId ?? '',
    audiences,
    allowedTenants,
    jwksUrl,
    roleGroups: readRoleGroups(value('RAKE_ROLE_GROUPS'), problems),
    supervisorAreas: readSupervisorAreas(value('RAKE_SUPERVISOR_AREAS'), problems),
  };
}

/** Every configured service area must be one of the county's. */
export function checkSupervisorAreas(entra: EntraConfig, county: CountyConfig): string[] {
  const known = new Set(county.serviceAreas.map((a) => a.id));
  const unknown = [...entra.supervisorAreas.values()].flat().filter((a) => !known.has(a));
  if (unknown.length === 0) return [];
  return [
    `RAKE_SUPERVISOR_AREAS names service areas that ${county.id} does not have: ` +
      `${[...new Set(unknown)].join(', ')} (known: ${[...known].join(', ')}).`,
  ];
}

/**
 * The `<host>` of `api://<host>/<client id>`: RAKE_PUBLIC_HOST, else TAB_DOMAIN (the Agents
 * Toolkit's name, also used by the app package's webApplicationInfo), else RAKE_PUBLIC_URL's.
 */
function publicHost(value: Value, problems: string[]): string | undefined {
  for (const name of ['RAKE_PUBLIC_HOST', 'TAB_DOMAIN']) {
    const host = value(name);
    if (host === undefined) continue;
    if (/^[a-z0-9.-]+(:\d{1,5})?$/i.test(host)) return host.toLowerCase();
    problems.push(
      `${name} must be a host name such as rake.example.fi (no scheme or path), not "${host}".`,
    );
    return undefined;
  }
  const url = value('RAKE_PUBLIC_URL');
  if (url === undefined) return undefined;
  try {
    return new URL(url).host;
  } catch {
    problems.push(`RAKE_PUBLIC_URL must be a URL such as https://rake.example.fi/, not "${url}".`);
    return undefined;
  }
}

function isKeysUrl(text: string): boolean {
  try {
    const url = new URL(text);
    if (url.protocol === 'https:') return true;
    return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  } catch {
    return false;
  }
}

/** `supervisor=<group id>,rake_member=<group id>`; a group may be named for several roles. */
function readRoleGroups(
  text: string | undefined,
  problems: string[],
): ReadonlyMap<string, readonly Role[]> {
  const groups = new Map<string, Role[]>();
  if (text === undefined) return groups;
  for (const pair of commaList(text)) {
    const [role = '', group = '', ...rest] = pair.split('=').map((s) => s.trim());
    if (!(ROLES as readonly string[]).includes(role) || !isGuid(group) || rest.length > 0) {
      problems.push(
        `RAKE_ROLE_GROUPS must be a comma list of <role>=<group object id> with a role from ` +
          `${ROLES.join(', ')}; "${pair}" is not.`,
      );
      continue;
    }
    const id = group.toLowerCase();
    groups.set(id, [...new Set([...(groups.get(id) ?? []), role as Role])]);
  }
  return groups;
}

/** `<user oid>=adult_social_work|child_welfare;<oid2>=…` */
function readSupervisorAreas(
  text: string | undefined,
  problems: string[],
): ReadonlyMap<string, readonly string[]> {
  const areas = new Map<string, string[]>();
  if (text === undefined) return areas;
  for (const entry of text
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '')) {
    const [user = '', list = '', ...rest] = entry.split('=').map((s) => s.trim());
    const ids = list
      .split('|')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    if (!isGuid(user) || ids.length === 0 || rest.length > 0) {
      problems.push(
        'RAKE_SUPERVISOR_AREAS must be <user object id>=<area>|<area>;<user object id>=…; ' +
          `"${entry}" is not.`,
      );
      continue;
    }
    areas.set(user.toLowerCase(), ids);
  }
  return areas;
}

function commaList(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
