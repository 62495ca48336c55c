import type { BearerTokens } from '../api/client';

/** Refresh this long before the token's own expiry. */
const EARLY_MS = 5 * 60_000;

/** The `exp` of a JWT, read without checking it (the server checks); null if unreadable. */
export function expiresAt(token: string): number | null {
  try {
    const payload = token.split('.')[1] ?? '';
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const exp = (JSON.parse(json) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp * 1000 : null;
  } catch {
    return null;
  }
}

/**
 * Teams single sign-on: `authentication.getAuthToken()` gives an Entra access token for this
 * app (its `webApplicationInfo`), which the API validates. The token is kept until shortly
 * before it expires; `refresh` (after a 401) asks Teams again. Requests made together share
 * one round trip to the Teams client.
 */
export function teamsTokens(
  getAuthToken: () => Promise<string> = async () => {
    const { authentication } = await import('@microsoft/teams-js');
    return authentication.getAuthToken();
  },
  now: () => number = Date.now,
): BearerTokens {
  let cached: { token: string; until: number } | null = null;
  let pending: Promise<string> | null = null;
  return {
    kind: 'bearer',
    getToken(refresh: boolean): Promise<string> {
      if (refresh) cached = null;
      if (cached && now() < cached.until) return Promise.resolve(cached.token);
      pending ??= getAuthToken()
        .then((token) => {
          const exp = expiresAt(token);
          cached = { token, until: exp === null ? 0 : exp - EARLY_MS };
          return token;
        })
        .finally(() => {
          pending = null;
        });
      return pending;
    },
  };
}
