import { retryAfterMs as parseRetryAfter } from '../../src/domain/shared/retry-after';
import type { SendOutcome } from '../../src/ports';

type HeadersLike = { get?(name: string): string | undefined | null } & Record<string, unknown>;
type HttpFailure = {
  readonly statusCode?: unknown;
  readonly code?: unknown;
  readonly message?: unknown;
  readonly response?: { readonly status?: unknown; readonly headers?: HeadersLike };
};

/** Network faults that another try may mend. */
const TRANSIENT = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'EPIPE',
  'REQUEST_SEND_ERROR',
]);

/**
 * What a failed send means for the delivery worker: 429 and 5xx → retry (not before
 * Retry-After); 403/404 → the conversation is gone (app removed, user left); anything else
 * → failed, since the same request would fail again.
 */
export function outcomeOfError(error: unknown, now: Date): SendOutcome {
  const failure = (typeof error === 'object' && error !== null ? error : {}) as HttpFailure;
  const status = numberOf(failure.statusCode) ?? numberOf(failure.response?.status);
  const message = `${status ?? 'error'}: ${String(failure.message ?? error)}`.slice(0, 500);
  if (status === 429 || (status !== null && status >= 500)) {
    return {
      kind: 'retry',
      retryAfterMs: retryAfterMs(failure.response?.headers, now),
      error: message,
    };
  }
  if (status === 403 || status === 404) return { kind: 'gone', error: message };
  if (status === null && typeof failure.code === 'string' && TRANSIENT.has(failure.code)) {
    return { kind: 'retry', retryAfterMs: null, error: message };
  }
  return { kind: 'failed', error: message };
}

/** Retry-After is seconds or an HTTP date. */
export function retryAfterMs(headers: HeadersLike | undefined, now: Date): number | null {
  if (headers === undefined) return null;
  const raw =
    typeof headers.get === 'function' ? headers.get('retry-after') : headers['retry-after'];
  return typeof raw === 'string' ? parseRetryAfter(raw, now.getTime()) : null;
}

function numberOf(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
