import { retryAfterMs } from '../../../src/domain/shared/retry-after';
import { STORAGE_REASONS, type ApiErrorBody, type FieldError, type StorageReason } from './types';

/** Waiting mends these; a missing permission or list needs an administrator instead. */
const PASSING: ReadonlySet<StorageReason> = new Set(['throttled', 'unavailable', 'timeout']);

/** A failed call: an HTTP error with the server's body, or no answer at all (status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field: string | null;
  readonly fields: readonly FieldError[];
  /** The ETag the server sent with the error (412 carries the current one). */
  readonly etag: string | null;
  /** storage_unavailable: why; an unknown reason reads as `unavailable`. */
  readonly storageReason: StorageReason | null;
  /** From `Retry-After` (seconds), when the server said when to come back. */
  readonly retryAfterSeconds: number | null;
  /** idempotency_key_reused: the observation the key already filed. */
  readonly filedObservationId: string | null;

  constructor(
    status: number,
    body: ApiErrorBody,
    etag: string | null = null,
    retryAfterSeconds: number | null = null,
  ) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.field = body.field ?? null;
    this.fields = body.fields ?? [];
    this.etag = etag;
    this.storageReason =
      body.code !== 'storage_unavailable'
        ? null
        : (STORAGE_REASONS as readonly string[]).includes(body.reason ?? '')
          ? (body.reason as StorageReason)
          : 'unavailable';
    this.retryAfterSeconds = retryAfterSeconds;
    this.filedObservationId =
      body.code === 'idempotency_key_reused' && typeof body.observationId === 'string'
        ? body.observationId
        : null;
  }

  get isNetwork(): boolean {
    return this.status === 0;
  }

  /** Sending the same request again later may well succeed (nothing was done this time). */
  get isPassing(): boolean {
    return this.isNetwork || (this.storageReason !== null && PASSING.has(this.storageReason));
  }

  /** Per-field messages: the `fields` list, or the single `field` of e.g. personal_data. */
  fieldMessages(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const f of this.fields) {
      out[f.field] ??= f.message;
    }
    if (this.field && !out[this.field]) out[this.field] = this.message;
    return out;
  }
}

export const networkError = (message: string): ApiError =>
  new ApiError(0, { code: 'network', message });

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

/** Seconds from a Retry-After header (delta-seconds or an HTTP date), or null. */
export function retryAfterOf(value: string | null, now = Date.now()): number | null {
  const ms = retryAfterMs(value, now);
  return ms === null ? null : ms / 1000;
}
