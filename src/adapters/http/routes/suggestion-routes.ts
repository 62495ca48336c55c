import type { FastifyInstance } from 'fastify';
import { findSimilarObservations, suggestPhenomena } from '../../../app/suggestions';
import { unwrap } from '../api-problem';
import type { IdParams, RouteContext } from './route-context';

/** Phenomenon suggestions and near-duplicates for one observation (issue 11). */
export function registerSuggestionRoutes(server: FastifyInstance, ctx: RouteContext): void {
  server.get<{ Params: IdParams }>(
    '/api/observations/:id/phenomenon-suggestions',
    async (request) => {
      const actor = await ctx.signIn(request);
      return unwrap(await suggestPhenomena(ctx.app, actor, request.params.id));
    },
  );

  server.get<{ Params: IdParams }>('/api/observations/:id/similar', async (request) => {
    const actor = await ctx.signIn(request);
    return unwrap(await findSimilarObservations(ctx.app, actor, request.params.id));
  });
}
