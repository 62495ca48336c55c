import type { FastifyInstance } from 'fastify';

/**
 * Teams shows the tab in an iframe on these origins, so framing is allowed for them and
 * for ourselves only (frame-ancestors; X-Frame-Options cannot express an allow-list and
 * would break the tab, so it is not sent).
 */
export const FRAME_ANCESTORS = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.office.com',
  'https://*.cloud.microsoft',
  'https://*.microsoft365.com',
  'https://*.skype.com',
];

/**
 * Scripts only from ourselves (teams-js is bundled). Fluent UI's Griffel injects style
 * elements at runtime, hence 'unsafe-inline' for styles only.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  `frame-ancestors ${FRAME_ANCESTORS.join(' ')}`,
].join('; ');

/** The headers every answer carries; API answers are personal, so they are never cached. */
export function securityHeadersFor(url: string): Record<string, string> {
  return {
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=()',
    ...(url === '/api' || url.startsWith('/api/') || url.startsWith('/api?')
      ? { 'cache-control': 'no-store' }
      : {}),
  };
}

export function addSecurityHeaders(server: FastifyInstance): void {
  server.addHook('onSend', async (request, reply, payload) => {
    reply.headers(securityHeadersFor(request.url));
    return payload;
  });
}
