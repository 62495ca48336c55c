import type { FastifyInstance } from 'fastify';
import { ApiError } from '../api-problem';
import type { LocalIntranetPages } from '../http-deps';

/**
 * The local intranet subpage (no tenant): `/intranet/` lists the publications, newest first,
 * `/intranet/<slug>` is one. No sign-in: the intranet is open to all the county's staff, and
 * only what an editor published (small counts suppressed) is there.
 */
export function registerIntranetRoutes(
  server: FastifyInstance,
  pages: LocalIntranetPages | undefined,
): void {
  if (pages === undefined) return;
  const send = async (slug: string | null) => {
    const html = await pages.read(slug);
    if (html === null) throw new ApiError({ code: 'not_found' });
    return html;
  };
  server.get('/intranet', async (_request, reply) => reply.redirect('/intranet/', 301));
  server.get('/intranet/', async (_request, reply) =>
    reply
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .send(await send(null)),
  );
  server.get<{ Params: { slug: string } }>('/intranet/:slug', async (request, reply) =>
    reply
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .send(await send(request.params.slug)),
  );
}
