import type { FastifyInstance } from 'fastify';
import {
  observationHistory,
  transitionObservation,
  triageHistory,
  updateTriage,
} from '../../../app';
import { unwrap } from '../api-problem';
import { etagOf } from '../etag';
import { expectedVersion } from './expected-version';
import type { IdParams, RouteContext } from './route-context';

/** Triage and its edit history, transitions and the timeline of one observation. */
export function registerLifecycleRoutes(server: FastifyInstance, ctx: RouteContext): void {
  server.patch<{ Params: IdParams }>('/api/observations/:id/triage', async (request, reply) => {
    const actor = await ctx.signIn(request);
    const { id } = request.params;
    // Required: two supervisors' notes must never silently overwrite each other.
    const version = (await expectedVersion(ctx, actor, id, request, true)) ?? -1;
    const view = unwrap(await updateTriage(ctx.app, actor, id, request.body, version));
    return reply.header('etag', etagOf(view.version)).send(view);
  });

  server.get<{ Params: IdParams }>('/api/observations/:id/triage/history', async (request) => {
    const actor = await ctx.signIn(request);
    return { items: unwrap(await triageHistory(ctx.app, actor, request.params.id)) };
  });

  server.post<{ Params: IdParams }>('/api/observations/:id/transitions', async (request, reply) => {
    const actor = await ctx.signIn(request);
    const { id } = request.params;
    const version = await expectedVersion(ctx, actor, id, request, false);
    const view = unwrap(await transitionObservation(ctx.app, actor, id, request.body, version));
    return reply.header('etag', etagOf(view.version)).send(view);
  });

  server.get<{ Params: IdParams }>('/api/observations/:id/history', async (request) => {
    const actor = await ctx.signIn(request);
    return { items: unwrap(await observationHistory(ctx.app, actor, request.params.id)) };
  });
}
