/**
 * How the delivery worker paces and retries. The rate defaults are Teams' limits for bots,
 * from Microsoft's "Rate limiting for bots" (learn.microsoft.com/microsoftteams/platform/bots/
 * how-to/rate-limit): per bot per conversation ("thread") 7 messages in 1 s and 60 in 30 s
 * (also 8 in 2 s and 1,800 in an hour, looser than these two), and 50 requests per second
 * per app per tenant overall. Microsoft says the values may change and asks for back-off on
 * 429 with random jitter, which the retry settings give.
 */
export type DeliveryOptions = {
  /** Send attempts before a notification goes to the dead-letter list. */
  readonly maxAttempts: number;
  /** First retry waits about this long; each further one twice as long, with jitter. */
  readonly baseDelayMs: number;
  /** Longest wait between attempts (a Retry-After may still ask for longer). */
  readonly maxDelayMs: number;
  readonly perConversationPerSecond: number;
  readonly perConversationPer30Seconds: number;
  readonly perAppPerSecond: number;
  /** Sends waiting for Teams' answer at once, over all conversations. */
  readonly maxConcurrentSends: number;
  /** Entries claimed and not yet settled, at most. */
  readonly maxInFlight: number;
  /**
   * How long a claim holds an entry unless renewed. The worker renews the leases of what it
   * still holds every `renewEveryMs`, so a send may wait on Teams' rate limits for as long as
   * it takes; the lease only needs to outlast a late renewal. It is also how long a restart
   * after a crash waits before sending what the dead worker had claimed: seconds, not minutes.
   */
  readonly leaseMs: number;
  /**
   * How often the worker renews the leases it holds (to `now + leaseMs`). A third of the
   * lease: two renewals may come late, or fail, before another worker could take the entry.
   */
  readonly renewEveryMs: number;
  /** How often a started worker looks for due entries. */
  readonly pollIntervalMs: number;
  /** For the jitter; tests make it predictable. */
  readonly random: () => number;
  /** Faults the worker survives (the outbox unreachable …); the entry is tried again later. */
  readonly onError: (error: unknown) => void;
};

export const DEFAULT_DELIVERY_OPTIONS: DeliveryOptions = {
  maxAttempts: 8,
  baseDelayMs: 1000,
  maxDelayMs: 5 * 60_000,
  perConversationPerSecond: 7,
  perConversationPer30Seconds: 60,
  perAppPerSecond: 50,
  maxConcurrentSends: 16,
  maxInFlight: 250,
  leaseMs: 30_000,
  renewEveryMs: 10_000,
  pollIntervalMs: 1000,
  random: Math.random,
  onError: (error) => console.error('notification delivery:', error),
};

/**
 * The wait before the next attempt after `attempts` failed ones: exponential, with "equal
 * jitter" (half fixed, half random) so that retries of many messages spread out without ever
 * coming back at once; never sooner than the service's Retry-After.
 */
export function retryDelayMs(
  attempts: number,
  retryAfterMs: number | null,
  options: Pick<DeliveryOptions, 'baseDelayMs' | 'maxDelayMs' | 'random'>,
): number {
  const exponential = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempts - 1));
  const jittered = exponential / 2 + (options.random() * exponential) / 2;
  return Math.ceil(Math.max(jittered, retryAfterMs ?? 0));
}
