import type { ApiErrorBody, FieldError } from './types';

/** A failed call: an HTTP error with the server's body, or no answer at all (status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field: string | null;
  readonly fields: readonly FieldError[];
  /** The ETag the server sent with the error (412 carries the current one). */
  readonly etag: string | null;

  constructor(status: number, body: ApiErrorBody, etag: string | null = null) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.field = body.field ?? null;
    this.fields = body.fields ?? [];
    this.etag = etag;
  }

  get isNetwork(): boolean {
    return this.status === 0;
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
