import { graphError, type GraphResponse } from './errors';

export type ThrottleStatus = 429 | 503;

/**
 * Throttling on demand: the next `n` requests answer 429 (or 503) with `Retry-After` in
 * seconds, as Graph does when a client is throttled.
 */
export class Throttle {
  private remaining = 0;
  private retryAfterSeconds = 0;
  private status: ThrottleStatus = 429;

  arm(n: number, retryAfterSeconds: number, status: ThrottleStatus = 429): void {
    this.remaining = n;
    this.retryAfterSeconds = retryAfterSeconds;
    this.status = status;
  }

  /** The throttled response for this request, or null when it may go through. */
  take(): GraphResponse | null {
    if (this.remaining <= 0) return null;
    this.remaining -= 1;
    const headers = { 'Retry-After': String(this.retryAfterSeconds) };
    return this.status === 429
      ? graphError(429, 'TooManyRequests', 'Too many requests.', headers)
      : graphError(503, 'serviceNotAvailable', 'The service is temporarily unavailable.', headers);
  }
}
