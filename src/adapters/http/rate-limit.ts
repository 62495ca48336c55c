import { createHmac, randomBytes } from 'node:crypto';
import fastifyRateLimit, { normalizeIP } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from './api-problem';
import type { Authenticator } from './auth';
import {
  DEFAULT_PUBLIC_FILINGS_PER_MINUTE,
  DEFAULT_RATE_LIMITS,
  type RateLimits,
} from './rate-limits';
import { authenticationOf } from './request-context';

export { DEFAULT_RATE_LIMITS, type RateLimits };

const WINDOW_MS = 60_000;
const EXEMPT = 'exempt';

/**
 * Not limited here: the liveness probe (App Service pings it), the tab's static files, and the
 * bot's endpoint, whose caller is Microsoft's Bot Connector on a few shared addresses carrying
 * every user's activities (an address limit would silence the whole county at once); the bot
 * checks its Bot Framework token before doing anything, and Teams limits its own traffic.
 */
function isExempt(route: string): boolean {
  return route === '/api/health' || route === '/api/messages' || !route.startsWith('/api/');
}

/** The public form's pages and API (issue 13): no sign-in, so counted per client. */
function isPublicRoute(route: string): boolean {
  return route === '/public' || route.startsWith('/public/') || route.startsWith('/api/public/');
}

/**
 * Limits API calls with @fastify/rate-limit (in memory: RAKE runs as one instance). Signed-in
 * staff are counted per user, never per address — a county's staff share one NAT address —
 * and filings apart from other calls; only callers without a valid identity are counted per
 * address. The identity is the one the route signs in with (asked once per request).
 *
 * Only routes registered after this plugin are limited, so the API routes go in a later plugin.
 */
/** The writes that notify other people at once. */
const NOTIFYING_WRITES = new Set(['/api/observations', '/api/observations/:id/messages']);

export function registerRateLimit(
  server: FastifyInstance,
  authenticator: Authenticator,
  limits: RateLimits,
): void {
  // The public form's callers are counted by a keyed hash of their address: the salt is made
  // here, kept in memory only, so the counters never hold an address, nor anything that can be
  // turned back into one by trying the 2^32 IPv4 addresses.
  const salt = randomBytes(32);
  const publicKeyOf = (request: FastifyRequest): string =>
    createHmac('sha256', salt).update(clientAddress(request.ip)).digest('base64url').slice(0, 22);
  const keyOf = async (request: FastifyRequest): Promise<string> => {
    const route = request.routeOptions.url ?? '';
    if (isPublicRoute(route)) {
      // Nobody signs in there; submissions apart from page views and status look-ups.
      return `${request.method === 'POST' ? 'public-filing' : 'public'}:${publicKeyOf(request)}`;
    }
    if (isExempt(route)) return EXEMPT;
    let userId: string | null = null;
    try {
      const outcome = await authenticationOf(authenticator, request);
      if (outcome.kind === 'signed_in') userId = outcome.actor.id;
    } catch {
      // A staff directory that is down: counted by address; the route reports the failure.
    }
    if (userId === null) return `address:${clientAddress(request.ip)}`;
    // Filings and messages share the smaller window: each one sends Teams cards to others.
    const filing = request.method === 'POST' && NOTIFYING_WRITES.has(route);
    return `${filing ? 'filing' : 'user'}:${userId}`;
  };

  void server.register(fastifyRateLimit, {
    global: true,
    hook: 'onRequest',
    timeWindow: WINDOW_MS,
    cache: 10_000,
    keyGenerator: keyOf,
    allowList: (_request, key) => key === EXEMPT,
    max: (_request, key) =>
      key.startsWith('public-filing:')
        ? (limits.publicFilingsPerMinute ?? DEFAULT_PUBLIC_FILINGS_PER_MINUTE)
        : key.startsWith('filing:')
          ? limits.filingsPerMinute
          : key.startsWith('user:')
            ? limits.userPerMinute
            : limits.anonymousPerMinute,
    errorResponseBuilder: (_request, context) =>
      new ApiError({
        code: 'rate_limited',
        retryAfterSeconds: Math.max(1, Math.ceil(context.ttl / 1000)),
      }),
  });
}

/**
 * The caller's address as a key: without the port App Service's front end appends to
 * X-Forwarded-For (`203.0.113.7:51234`), and IPv6 by its /64, which one household or
 * attacker holds whole.
 */
export function clientAddress(ip: string): string {
  const v4 = /^(\d{1,3}(?:\.\d{1,3}){3}):\d{1,5}$/.exec(ip);
  const v6 = /^\[([0-9A-Fa-f:.]+)\]:\d{1,5}$/.exec(ip);
  const bare = v4?.[1] ?? v6?.[1] ?? ip;
  try {
    return normalizeIP(bare);
  } catch {
    return bare;
  }
}
