import {
  DEFAULT_PUBLIC_FILINGS_PER_MINUTE,
  DEFAULT_RATE_LIMITS,
  type RateLimits,
} from './adapters/http/rate-limits';

/** The HTTP edge's protections that a deployment may tune (README, "Configuration"). */
export type HttpConfig = {
  /** RAKE_RATE_*_PER_MINUTE: requests per minute per user (filings apart) and per address. */
  readonly rateLimits: RateLimits;
  /**
   * RAKE_TRUST_PROXY: how many proxies in front of RAKE are believed about the browser's
   * protocol and address (X-Forwarded-Proto, X-Forwarded-For). App Service: 1. Unset: 0.
   */
  readonly trustedProxyHops: number;
};

type Value = (name: string) => string | undefined;

export const RATE_VARIABLES = {
  filingsPerMinute: 'RAKE_RATE_FILINGS_PER_MINUTE',
  userPerMinute: 'RAKE_RATE_USER_PER_MINUTE',
  anonymousPerMinute: 'RAKE_RATE_ANONYMOUS_PER_MINUTE',
  publicFilingsPerMinute: 'RAKE_RATE_PUBLIC_PER_MINUTE',
} as const satisfies Record<keyof RateLimits, string>;

const MAX_PER_MINUTE = 1_000_000;
const MAX_PROXY_HOPS = 5;

/** Reads the rate limits and the trusted proxies; problems are pushed, each naming its variable. */
export function readHttpConfig(value: Value, problems: string[]): HttpConfig {
  const whole = (name: string, fallback: number, min: number, max: number, what: string) => {
    const text = value(name);
    if (text === undefined) return fallback;
    const n = /^\d{1,7}$/.test(text) ? Number(text) : NaN;
    if (!(n >= min && n <= max)) {
      problems.push(
        `${name} must be a whole number from ${min} to ${max} (${what}), not "${text}".`,
      );
    }
    return n;
  };
  const perMinute = (key: keyof RateLimits, what: string) =>
    whole(
      RATE_VARIABLES[key],
      DEFAULT_RATE_LIMITS[key] ?? DEFAULT_PUBLIC_FILINGS_PER_MINUTE,
      1,
      MAX_PER_MINUTE,
      what,
    );
  // Only when set: the default lives with the rate limiter.
  const publicFilings =
    value(RATE_VARIABLES.publicFilingsPerMinute) === undefined
      ? {}
      : {
          publicFilingsPerMinute: perMinute(
            'publicFilingsPerMinute',
            'public form submissions per client per minute',
          ),
        };
  return {
    rateLimits: {
      filingsPerMinute: perMinute('filingsPerMinute', 'filings per user per minute'),
      userPerMinute: perMinute('userPerMinute', 'other API calls per user per minute'),
      anonymousPerMinute: perMinute('anonymousPerMinute', 'unsigned calls per address per minute'),
      ...publicFilings,
    },
    trustedProxyHops: whole(
      'RAKE_TRUST_PROXY',
      0,
      0,
      MAX_PROXY_HOPS,
      'proxies in front of RAKE; 1 on App Service',
    ),
  };
}
