/** Who a request acts as, in Graph's identitySet terms (`createdBy.user`). */
export type CallerIdentity = {
  readonly delegated: boolean;
  readonly displayName: string;
  readonly email: string | null;
};

/** What SharePoint shows as the author of what an app-only token wrote. */
export const APP_ONLY_AUTHOR = 'SharePoint App';

function payloadOf(token: string): Record<string, unknown> | null {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[1] === undefined) return null;
  try {
    const json: unknown = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    return json !== null && typeof json === 'object' ? (json as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * Reads (without verifying: it is a double) the bearer token's claims. A delegated token
 * carries `scp` and names its user; anything else acts as the app itself, which SharePoint
 * records as "SharePoint App". Real Graph accepts both on the pages API (Sites.ReadWrite.All);
 * the difference is whose name the page carries, which is what the publisher's tests check.
 */
export function callerOf(authorization: string | undefined): CallerIdentity {
  const token = /^Bearer\s+(\S+)/i.exec(authorization ?? '')?.[1] ?? '';
  const claims = payloadOf(token);
  const text = (key: string) => {
    const value = claims?.[key];
    return typeof value === 'string' && value !== '' ? value : null;
  };
  if (claims === null || text('scp') === null) {
    return { delegated: false, displayName: APP_ONLY_AUTHOR, email: null };
  }
  const email = text('upn') ?? text('preferred_username');
  return { delegated: true, displayName: text('name') ?? email ?? 'unknown', email };
}

/** An unsigned token of the shape Entra issues on-behalf-of a user, for tests. */
export function delegatedTestToken(user: {
  readonly name: string;
  readonly upn: string;
  readonly scp?: string;
}): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const claims = { name: user.name, upn: user.upn, scp: user.scp ?? 'Sites.ReadWrite.All' };
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.signature`;
}
