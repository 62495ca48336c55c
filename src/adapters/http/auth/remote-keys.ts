import {
  createLocalJWKSet,
  errors,
  type CryptoKey,
  type FlattenedJWSInput,
  type JSONWebKeySet,
  type JWSHeaderParameters,
} from 'jose';

/** Finds the public key a token names (its `kid`), as jose's jwtVerify takes it. */
export type KeySource = (
  header: JWSHeaderParameters,
  token: FlattenedJWSInput,
) => Promise<CryptoKey>;

export type RemoteKeysOptions = {
  /** The published JSON Web Key Set, e.g. Entra's `…/discovery/v2.0/keys`. */
  readonly url: string;
  /** One download may take this long, headers and body together (default 2.5 s). */
  readonly timeoutMs?: number;
  /** Keys are looked up again after this long (default 1 h); until a lookup succeeds the old ones stay. */
  readonly maxAgeMs?: number;
  /** At most one download per this long (default 60 s), however many unknown `kid`s arrive. */
  readonly cooldownMs?: number;
  readonly now?: () => number;
};

export const KEY_DEFAULTS = { timeoutMs: 2500, maxAgeMs: 60 * 60_000, cooldownMs: 60_000 };

/** The key set could not be downloaded and none is cached. */
export class KeysUnavailableError extends Error {
  readonly code = 'KEYS_UNAVAILABLE';
}

/**
 * Keys from a remote key set, cached. Every download is bounded in time (an endpoint that
 * never answers costs one timeout, not a hung request), downloads are shared by concurrent
 * callers and spaced by the cooldown (forged `kid`s cannot make us hammer Entra), and a
 * cached set outlives a failed refresh, so an Entra outage does not sign everyone out.
 */
export function remoteKeys(options: RemoteKeysOptions): KeySource {
  const timeoutMs = options.timeoutMs ?? KEY_DEFAULTS.timeoutMs;
  const maxAgeMs = options.maxAgeMs ?? KEY_DEFAULTS.maxAgeMs;
  const cooldownMs = options.cooldownMs ?? KEY_DEFAULTS.cooldownMs;
  const now = options.now ?? Date.now;

  let local: ReturnType<typeof createLocalJWKSet> | null = null;
  let fetchedAt = -Infinity;
  let attemptedAt = -Infinity;
  let pending: Promise<void> | null = null;

  const download = async (): Promise<JSONWebKeySet> => {
    let response: Response;
    try {
      response = await fetch(options.url, {
        headers: { accept: 'application/json' },
        redirect: 'error',
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
      const body: unknown = await response.json();
      if (!isKeySet(body)) throw new Error('not a JSON Web Key Set');
      return body;
    } catch (error) {
      throw new KeysUnavailableError(
        `Cannot read the signing keys from ${options.url}: ${(error as Error).message}`,
      );
    }
  };

  const refresh = (): Promise<void> =>
    (pending ??= (async () => {
      attemptedAt = now();
      try {
        local = createLocalJWKSet(await download());
        fetchedAt = now();
      } finally {
        pending = null;
      }
    })());

  const mayDownload = (): boolean => pending !== null || now() - attemptedAt >= cooldownMs;

  return async (header, token) => {
    if ((local === null || now() - fetchedAt >= maxAgeMs) && mayDownload()) {
      try {
        await refresh();
      } catch (error) {
        if (local === null) throw error;
      }
    }
    if (local === null) {
      throw new KeysUnavailableError(`No signing keys yet from ${options.url}`);
    }
    try {
      return await local(header, token);
    } catch (error) {
      // A key we have not seen: Entra may have rolled its keys over since we looked.
      if (!(error instanceof errors.JWKSNoMatchingKey) || !mayDownload()) throw error;
      await refresh();
      return local(header, token);
    }
  };
}

function isKeySet(value: unknown): value is JSONWebKeySet {
  const keys = (value as { keys?: unknown } | null)?.keys;
  return Array.isArray(keys) && keys.every((key) => typeof key === 'object' && key !== null);
}
