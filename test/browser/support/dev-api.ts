import type { Rake, StaffMember } from './rake';

/** The first demo person with `role` (and not `without`); the demo county has one of each. */
export function withRole(rake: Rake, role: string, without?: string): StaffMember {
  const found = rake.identities.find(
    (i) => i.roles.includes(role) && (without === undefined || !i.roles.includes(without)),
  );
  if (!found) throw new Error(`demo data needs a ${role}`);
  return found;
}

/** The API as someone (dev headers), for what another person does meanwhile. */
export async function devApi<T>(
  rake: Rake,
  who: StaffMember,
  method: string,
  path: string,
  body?: unknown,
  ifMatch?: string,
): Promise<{ status: number; etag: string | null; body: T }> {
  const res = await fetch(`${rake.url}/api${path}`, {
    method,
    headers: {
      'X-Dev-User-Id': who.id,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(ifMatch === undefined ? {} : { 'if-match': ifMatch }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return {
    status: res.status,
    etag: res.headers.get('etag'),
    body: (text ? JSON.parse(text) : null) as T,
  };
}
