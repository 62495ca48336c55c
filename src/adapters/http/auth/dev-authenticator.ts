import type { CountyConfig } from '../../../domain/county/county-config';
import { ROLES, type Actor, type Role } from '../../../domain/policy/actor';
import { supervisedAreas, type StaffDirectory, type StaffMember } from '../../../ports';
import type { AuthOutcome, Authenticator, RequestHeaders } from './authenticator';

const MAX_HEADER_TEXT = 200;

/**
 * Development identity (RAKE_AUTH=dev): the caller says who they are in X-Dev-* headers.
 * A header left out is taken from the demo staff directory, so the tab's picker can send
 * just the id. Everyone signed in is a reporter.
 */
export function createDevAuthenticator(
  staff: StaffDirectory,
  /** A function when the county follows the admin's settings (compose.ts): read per request. */
  county: CountyConfig | (() => CountyConfig),
): Authenticator {
  const countyNow = typeof county === 'function' ? county : () => county;
  let areasOf: { readonly county: CountyConfig; readonly ids: ReadonlySet<string> } | null = null;
  const knownAreas = (): ReadonlySet<string> => {
    const current = countyNow();
    if (areasOf?.county !== current) {
      areasOf = { county: current, ids: new Set(current.serviceAreas.map((area) => area.id)) };
    }
    return areasOf.ids;
  };
  return {
    mode: 'dev',
    async authenticate(headers: RequestHeaders): Promise<AuthOutcome> {
      const id = headerText(headers, 'x-dev-user-id');
      if (id === undefined || id === '') return { kind: 'anonymous' };
      if (id === null || id.length > MAX_HEADER_TEXT) return rejected('X-Dev-User-Id');
      const name = headerText(headers, 'x-dev-user-name');
      if (name === null || (name?.length ?? 0) > MAX_HEADER_TEXT)
        return rejected('X-Dev-User-Name');
      const email = headerText(headers, 'x-dev-user-email');
      if (email === null || (email?.length ?? 0) > MAX_HEADER_TEXT) {
        return rejected('X-Dev-User-Email');
      }
      const roles = listOf(headerText(headers, 'x-dev-roles'));
      if (roles === null || (roles !== undefined && !roles.every(isRole)))
        return rejected('X-Dev-Roles');
      const areas = listOf(headerText(headers, 'x-dev-service-areas'));
      const areaIds = knownAreas();
      if (areas === null || (areas !== undefined && !areas.every((a) => areaIds.has(a)))) {
        return rejected('X-Dev-Service-Areas');
      }

      const known: StaffMember | null = await staff.get(id);
      // Without the header, the directory's areas: assigned by the admin and through groups.
      const knownAreasOfMember = known === null ? [] : [...supervisedAreas(known)];
      const actor: Actor = {
        id,
        name: name || known?.name || id,
        email: email || known?.email || null,
        roles: withReporter(roles ?? known?.roles ?? []),
        serviceAreas: areas ?? knownAreasOfMember,
      };
      return { kind: 'signed_in', actor };
    },
  };
}

const rejected = (header: string): AuthOutcome => ({ kind: 'rejected', header });

const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

function withReporter(roles: readonly Role[]): Role[] {
  return [...new Set<Role>(['reporter', ...roles])];
}

/** A comma list; undefined when the header is absent, null when it could not be decoded. */
function listOf(value: string | undefined | null): string[] | undefined | null {
  if (value === undefined || value === null) return value;
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/**
 * A header's text: undefined when absent, null when undecodable. Browsers can send only
 * ISO-8859-1 in headers, so names like "Äijälä" come percent-encoded UTF-8; a client that
 * sends raw UTF-8 bytes anyway arrives here as Latin-1 and is read back as UTF-8.
 */
function headerText(headers: RequestHeaders, name: string): string | undefined | null {
  const raw = headers[name];
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (value === undefined) return undefined;
  let text = value;
  if (/[^\x20-\x7e]/.test(text)) {
    const utf8 = Buffer.from(text, 'latin1').toString('utf8');
    if (!utf8.includes('\uFFFD')) text = utf8;
  }
  if (text.includes('%')) {
    try {
      text = decodeURIComponent(text);
    } catch {
      return null;
    }
  }
  return text.trim();
}
