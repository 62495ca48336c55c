import { GraphError } from '@microsoft/microsoft-graph-client';

export type ConflictRetryOptions = {
  /** Attempts in all, the first included. Default 5. */
  readonly attempts?: number;
  /** The wait before attempt `n + 1` (n from 1). Default 0.5, 1, 2, 4 s. */
  readonly delayMs?: (attempt: number) => number;
  /** Injected by tests so they need not wait. */
  readonly sleep?: (ms: number) => Promise<void>;
};

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * SharePoint's answer when a page changed under the request: the documented trap of publish
 * right after create ("The resource has changed since the caller last read it; usually an
 * eTag mismatch", sp-dev-docs#8806), or a stale If-Match. Graph documents neither status, so
 * both 409 and 412 count when the code or message says so.
 */
export function isEtagMismatch(error: unknown): boolean {
  if (!(error instanceof GraphError)) return false;
  if (error.statusCode !== 409 && error.statusCode !== 412) return false;
  return error.code === 'resourceModified' || /etag/i.test(error.message);
}

/** Runs `operation` again, with back-off, while it fails with an eTag mismatch. */
export async function retryOnEtagMismatch<T>(
  operation: () => Promise<T>,
  options: ConflictRetryOptions = {},
): Promise<T> {
  const attempts = options.attempts ?? 5;
  const delayMs = options.delayMs ?? ((n: number) => 500 * 2 ** (n - 1));
  const sleep = options.sleep ?? sleepFor;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await operation();
    } catch (error) {
      if (attempt >= attempts || !isEtagMismatch(error)) throw error;
      await sleep(delayMs(attempt));
    }
  }
}
