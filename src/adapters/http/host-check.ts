import type { FastifyInstance } from 'fastify';
import { ApiError } from './api-problem';

/** The names a browser uses for this machine, with or without a port. */
const LOOPBACK_HOST = /^(?:localhost|127\.0\.0\.1|\[::1\])(?::\d{1,5})?$/i;

export function isLoopbackHost(host: string | undefined): boolean {
  return host !== undefined && LOOPBACK_HOST.test(host);
}

/**
 * Dev identity mode trusts whatever X-Dev-* headers say and listens on loopback only. A web
 * page can still reach loopback by DNS rebinding (its own name re-pointed at 127.0.0.1), but
 * its requests then carry its own name in Host; those are refused before anything runs. The
 * raw Host header is read, never X-Forwarded-Host.
 */
export function addLoopbackHostCheck(server: FastifyInstance): void {
  server.addHook('onRequest', async (request) => {
    if (!isLoopbackHost(request.headers.host)) throw new ApiError({ code: 'host_not_allowed' });
  });
}
