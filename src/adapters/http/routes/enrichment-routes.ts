import type { FastifyInstance } from 'fastify';
import {
  answerEnrichment,
  assignEnrichment,
  closeEnrichment,
  getEnrichment,
  listEnrichments,
  requestEnrichment,
} from '../../../app';
import { unwrap } from '../api-problem';
import type { IdParams, RouteContext } from './route-context';

/** Enrichment requests to a service area: asking, answering, naming who answers, closing. */
export function registerEnrichmentRoutes(server: FastifyInstance, ctx: RouteContext): void {
  server.get('/api/enrichments', async (request) => {
    const actor = await ctx.signIn(request);
    return { items: unwrap(await listEnrichments(ctx.app, actor)) };
  });

  server.post('/api/enrichments', async (request, reply) => {
    const actor = await ctx.signIn(request);
    const enrichment = unwrap(await requestEnrichment(ctx.app, actor, null, request.body));
    return reply
      .code(201)
      .header('location', `/api/enrichments/${encodeURIComponent(enrichment.id)}`)
      .send(enrichment);
  });

  server.get<{ Params: IdParams }>('/api/enrichments/:id', async (request) => {
    const actor = await ctx.signIn(request);
    return unwrap(await getEnrichment(ctx.app, actor, request.params.id));
  });

  server.post<{ Params: IdParams }>('/api/enrichments/:id/answers', async (request, reply) => {
    const actor = await ctx.signIn(request);
    const enrichment = unwrap(
      await answerEnrichment(ctx.app, actor, request.params.id, request.body),
    );
    return reply.code(201).send(enrichment);
  });

  server.put<{ Params: IdParams }>('/api/enrichments/:id/assignees', async (request) => {
    const actor = await ctx.signIn(request);
    return unwrap(await assignEnrichment(ctx.app, actor, request.params.id, request.body));
  });

  server.post<{ Params: IdParams }>('/api/enrichments/:id/close', async (request) => {
    const actor = await ctx.signIn(request);
    return unwrap(await closeEnrichment(ctx.app, actor, request.params.id));
  });
}
