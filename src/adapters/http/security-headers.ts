import type { FastifyInstance, FastifyRequest } from 'fastify';

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
 * The one address outside ourselves the tab may call: @microsoft/teams-js fetches Microsoft's
 * list of valid Teams host origins from here when it loads (validOriginsCdnEndpoint in its
 * internal constants). The whole URL, so the allowance is this file and nothing else.
 */
export const TEAMS_JS_ORIGIN_LIST =
  'https://res.cdn.office.net/teams-js/validDomains/json/validDomains.json';

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
  `connect-src 'self' ${TEAMS_JS_ORIGIN_LIST}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  `frame-ancestors ${FRAME_ANCESTORS.join(' ')}`,
].join('; ');

/**
 * The public form's pages (`/public`, issue 13): plain HTML and one style sheet of our own, no
 * script at all, posting only to ourselves, and framed by nobody (a county links to the page).
 */
export const PUBLIC_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "style-src 'self'",
  "img-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Whether a URL is one of the public form's pages (not the staff tab, not the API). */
export const isPublicPage = (url: string): boolean =>
  url === '/public' || url.startsWith('/public/') || url.startsWith('/public?');

/**
 * Sent only on answers to HTTPS requests (RFC 6797: a browser ignores it over plain HTTP).
 * A year, and the subdomains too: the app has none that should ever be reached by HTTP.
 */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains';

/**
 * The headers every answer carries; API answers are personal, so they are never cached.
 * `https`: the request came over TLS, directly or through a trusted proxy (trustProxy).
 */
export function securityHeadersFor(url: string, https = false): Record<string, string> {
  return {
    ...(https ? { 'strict-transport-security': STRICT_TRANSPORT_SECURITY } : {}),
    'content-security-policy': isPublicPage(url)
      ? PUBLIC_CONTENT_SECURITY_POLICY
      : CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=()',
    ...(url === '/api' || url.startsWith('/api/') || url.startsWith('/api?')
      ? { 'cache-control': 'no-store' }
      : {}),
  };
}

export function addSecurityHeaders(server: FastifyInstance, trustedProxyHops: number): void {
  server.addHook('onSend', async (request, reply, payload) => {
    reply.headers(securityHeadersFor(request.url, cameOverHttps(request, trustedProxyHops)));
    return payload;
  });
}

/**
 * Whether the browser used HTTPS: our own TLS, or the nearest proxy's X-Forwarded-Proto when
 * proxies are trusted (its last entry is the one that proxy wrote). Read here rather than from
 * request.protocol, which Fastify's early error paths (frameworkErrors) do not resolve.
 */
export function cameOverHttps(request: FastifyRequest, trustedProxyHops: number): boolean {
  if ((request.raw.socket as { encrypted?: boolean } | undefined)?.encrypted === true) return true;
  if (trustedProxyHops <= 0) return false;
  const raw = request.headers['x-forwarded-proto'];
  const value = Array.isArray(raw) ? raw.join(',') : (raw ?? '');
  return value.split(',').pop()?.trim().toLowerCase() === 'https';
}
