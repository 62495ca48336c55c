import type { FastifyInstance } from 'fastify';
import {
  createCompilation,
  getCompilation,
  listCompilations,
  requestEnrichment,
} from '../../../app';
import { unwrap } from '../api-problem';
import type { IdParams, RouteContext } from './route-context';

/** Compilations (koosteet) of a period, and enrichment requests made from one. */
export function registerCompilationRoutes(server: FastifyInstance, ctx: RouteContext): void {
  server.get('/api/compilations', async (request) => {
    const actor = await ctx.signIn(request);
    return { items: unwrap(await listCompilations(ctx.app, actor)) };
  });

  server.post('/api/compilations', async (request, reply) => {
    const actor = await ctx.signIn(request);
    const compilation = unwrap(await createCompilation(ctx.app, actor, request.body));
    return reply
      .code(201)
      .header('location', `/api/compilations/${encodeURIComponent(compilation.id)}`)
      .send(compilation);
  });

  server.get<{ Params: IdParams }>('/api/compilations/:id', async (request) => {
    const actor = await ctx.signIn(request);
    return unwrap(await getCompilation(ctx.app, actor, request.params.id));
  });

  server.post<{ Params: IdParams }>('/api/compilations/:id/enrichments', async (request, reply) => {
    const actor = await ctx.signIn(request);
    const enrichment = unwrap(
      await requestEnrichment(ctx.app, actor, request.params.id, request.body),
    );
    return reply
      .code(201)
      .header('location', `/api/enrichments/${encodeURIComponent(enrichment.id)}`)
      .send(enrichment);
  });
}
