/** Kept apart from rate-limit.ts so that configuration can read them without the plugin. */

/** Requests per minute; each kind of caller has its own window (docs/api.md, "Rate limits"). */
export type RateLimits = {
  /**
   * Filings (`POST /api/observations`) and messages (`POST /api/observations/{id}/messages`)
   * together, per signed-in user: each notifies others at once.
   */
  readonly filingsPerMinute: number;
  /** Every other API call per signed-in user. */
  readonly userPerMinute: number;
  /** API calls without a valid identity, per client address. */
  readonly anonymousPerMinute: number;
  /**
   * Public form submissions (`POST /public`, `POST /api/public/observations`) per client,
   * counted by a salted hash of the address. Absent: DEFAULT_PUBLIC_FILINGS_PER_MINUTE.
   */
  readonly publicFilingsPerMinute?: number;
};

/** A person sends a form or two; a household behind one address a few more. */
export const DEFAULT_PUBLIC_FILINGS_PER_MINUTE = 10;

/**
 * Generous: a reporter files a few observations a day, and a supervisor's busiest minute on
 * the board is a few dozen calls. The limits stop a script or a stuck client, not people.
 */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  filingsPerMinute: 120,
  userPerMinute: 600,
  anonymousPerMinute: 300,
};
