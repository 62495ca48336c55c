import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sendProblem } from './request-context';

export const MISSING_TAB_HINT =
  'RAKE is running, but the Teams tab has not been built yet. Run `npm run build:tab` and reload.\n';

/**
 * Serves the built tab at `/`. Paths that are no file and not under /api get index.html,
 * so the tab's own routes survive a reload; /api never falls back to HTML.
 */
export function registerTab(server: FastifyInstance, tabDir: string | null | undefined): void {
  const root = tabDir ?? null;
  const hasTab = root !== null && existsSync(join(root, 'index.html'));
  if (hasTab) {
    const assetsDir = join(resolve(root), 'assets', '');
    void server.register(fastifyStatic, {
      root,
      prefix: '/',
      wildcard: true,
      cacheControl: false,
      setHeaders: (res, path) => {
        // Vite fingerprints assets, so they may be kept; index.html must be revalidated.
        const immutable = path.startsWith(assetsDir) && !path.endsWith('.html');
        res.setHeader(
          'cache-control',
          immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }

  server.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    const isApi = path === '/api' || path.startsWith('/api/');
    const isPage =
      (request.method === 'GET' || request.method === 'HEAD') && !lastSegmentHasDot(path);
    if (isApi || !isPage) return sendProblem(request, reply, { code: 'not_found' });
    if (hasTab) return reply.header('cache-control', 'no-cache').sendFile('index.html');
    return reply
      .code(path === '/' ? 200 : 404)
      .type('text/plain; charset=utf-8')
      .send(MISSING_TAB_HINT);
  });
}

/** `/assets/x.js` or `/favicon.ico` is a file request: a miss is a 404, not the app. */
function lastSegmentHasDot(path: string): boolean {
  return (path.split('/').pop() ?? '').includes('.');
}
