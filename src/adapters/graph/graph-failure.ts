import { GraphError } from '@microsoft/microsoft-graph-client';
import { retryAfterMs } from '../../domain/shared/retry-after';
import { StorageUnavailableError, type StorageFailure } from '../../ports/storage-unavailable';

/** Whole seconds from a Retry-After header (delta-seconds or an HTTP date), or null. */
export function retryAfterSeconds(
  value: string | null | undefined,
  now = Date.now(),
): number | null {
  const ms = retryAfterMs(value, now);
  return ms === null ? null : Math.ceil(ms / 1000);
}

/** What a Graph status means for the user; null for statuses the caller must handle itself. */
export function failureOfStatus(status: number): StorageFailure | null {
  if (status === 401 || status === 403) return 'denied';
  if (status === 429) return 'throttled';
  if (status === 504) return 'timeout';
  if (status >= 500) return 'unavailable';
  return null;
}

const TIMEOUT_NAMES = new Set(['TimeoutError', 'AbortError']);

/**
 * The abort of our own per-attempt deadline. The SDK wraps it in a GraphError (status -1)
 * whose `code` or `body` carries the original; the abort may come from another realm (Node's
 * own DOMException), so this goes by names, not by class.
 */
function isTimeout(error: unknown): boolean {
  const record = error as { name?: unknown; code?: unknown; body?: unknown } | null;
  if (record === null || typeof record !== 'object') return false;
  if (TIMEOUT_NAMES.has(String(record.name)) || TIMEOUT_NAMES.has(String(record.code))) {
    return true;
  }
  const body = record.body as { name?: unknown } | null | undefined;
  return body !== null && typeof body === 'object' && TIMEOUT_NAMES.has(String(body.name));
}

/**
 * A failed Graph call as the store's StorageUnavailableError, when it is one the user can
 * wait out or an admin can mend; anything else (a 400 is our bug) is returned unchanged.
 * `notFound` says what a 404 means at the call site: the list is gone (not provisioned).
 */
export function asStorageFailure(error: unknown): unknown {
  if (error instanceof StorageUnavailableError) return error;
  if (isTimeout(error)) return new StorageUnavailableError('timeout', null, { cause: error });
  if (error instanceof GraphError) {
    if (error.statusCode === 404) {
      return new StorageUnavailableError('not_provisioned', null, { cause: error });
    }
    const failure = failureOfStatus(error.statusCode);
    if (failure !== null) {
      const after = retryAfterSeconds(error.headers?.get('Retry-After'));
      return new StorageUnavailableError(failure, after, { cause: error });
    }
    // The SDK wraps a network failure (no status) the same way.
    if (error.statusCode === -1 || error.statusCode === 0) {
      return new StorageUnavailableError('unavailable', null, { cause: error });
    }
    return error;
  }
  if (error instanceof TypeError && /fetch failed/i.test(error.message)) {
    return new StorageUnavailableError('unavailable', null, { cause: error });
  }
  return error;
}

/** Runs a Graph call, throwing its failure as a StorageUnavailableError where it is one. */
export async function graphCall<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw asStorageFailure(error);
  }
}
