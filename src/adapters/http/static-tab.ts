import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sendProblem } from './request-context';

export const MISSING_TAB_HINT =
  'RAKE is running, but the Teams tab has not been built yet. Run `npm run build:tab` and reload.\n';

/** Hashed file names: the content under a name never changes, so a browser may keep it. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html names the current hashed files: always revalidated. */
export const REVALIDATE = 'no-cache';

export type TabServing = {
  /** Serve `*.map` (source maps); only in development. Otherwise they answer 404. */
  readonly sourceMaps?: boolean;
};

/**
 * Serves the built tab at `/`. Paths that are no file and not under /api get index.html,
 * so the tab's own routes survive a reload; /api never falls back to HTML.
 *
 * The build leaves a brotli (`.br`) and a gzip (`.gz`) copy beside each file
 * (tab/vite.config.mts); a browser that accepts one gets it, with `Content-Encoding`, and
 * every answer says `Vary: Accept-Encoding` so that caches keep the variants apart. Those
 * copies, dot folders (the build's `.vite/manifest.json`) and, outside development, source
 * maps are not served by their own names.
 */
export function registerTab(
  server: FastifyInstance,
  tabDir: string | null | undefined,
  serving: TabServing = {},
): void {
  const root = tabDir ?? null;
  const hasTab = root !== null && existsSync(join(root, 'index.html'));
  if (hasTab) {
    const assetsDir = join(resolve(root), 'assets', '');
    void server.register(fastifyStatic, {
      root,
      prefix: '/',
      wildcard: true,
      preCompressed: true,
      cacheControl: false,
      allowedPath: (pathname) => servable(pathname, serving),
      setHeaders: (res, path) => {
        // Vite fingerprints assets, so they may be kept; index.html must be revalidated.
        const immutable = path.startsWith(assetsDir) && !/\.html(\.br|\.gz)?$/.test(path);
        res.setHeader('cache-control', immutable ? IMMUTABLE : REVALIDATE);
        res.setHeader('vary', 'Accept-Encoding');
      },
    });
  }

  server.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    const isApi = path === '/api' || path.startsWith('/api/');
    const isPage =
      (request.method === 'GET' || request.method === 'HEAD') && !lastSegmentHasDot(path);
    if (isApi || !isPage) return sendProblem(request, reply, { code: 'not_found' });
    if (hasTab) return reply.header('cache-control', REVALIDATE).sendFile('index.html');
    return reply
      .code(path === '/' ? 200 : 404)
      .type('text/plain; charset=utf-8')
      .send(MISSING_TAB_HINT);
  });
}

/** Whether a request path may be answered with the file of that name. */
export function servable(pathname: string, serving: TabServing): boolean {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return false;
  }
  if (path.split('/').some((segment) => segment.startsWith('.'))) return false;
  if (/\.(br|gz)$/i.test(path)) return false;
  if (/\.map$/i.test(path)) return serving.sourceMaps === true;
  return true;
}

/** `/assets/x.js` or `/favicon.ico` is a file request: a miss is a 404, not the app. */
function lastSegmentHasDot(path: string): boolean {
  return (path.split('/').pop() ?? '').includes('.');
}
