/**
 * Why the store could not answer, in terms the user can act on. Only remote stores (SharePoint
 * through Graph) raise these; the embedded SQLite store never does.
 * - throttled: Microsoft asked us to slow down and the retries ran out (try again shortly)
 * - unavailable: the service answered 5xx or could not be reached
 * - timeout: no answer in time
 * - denied: the app's credentials or site permission (Sites.Selected) are missing or revoked
 * - not_provisioned: the lists are not on the site (run `npm run provision`)
 */
export const STORAGE_FAILURES = [
  'throttled',
  'unavailable',
  'timeout',
  'denied',
  'not_provisioned',
] as const;
export type StorageFailure = (typeof STORAGE_FAILURES)[number];

/**
 * The store could not do what was asked, and did none of it: the caller may retry the very
 * same request (with its idempotency key) later. The HTTP edge answers 503 (504 on timeout).
 */
export class StorageUnavailableError extends Error {
  readonly code = 'storage_unavailable';
  constructor(
    readonly reason: StorageFailure,
    /** From the service's Retry-After, when it gave one. */
    readonly retryAfterSeconds: number | null = null,
    options?: { cause?: unknown },
  ) {
    super(`The store is unavailable (${reason})`, options);
    this.name = 'StorageUnavailableError';
  }
}
