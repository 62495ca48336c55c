import type { FastifyInstance } from 'fastify';
import {
  createPhenomenon,
  createProposal,
  getPhenomenon,
  getProposal,
  linkObservation,
  listPhenomena,
  listPhenomenonTrends,
  listProposals,
  moveProposal,
  unlinkObservation,
  updatePhenomenon,
  updateProposal,
} from '../../../app';
import { unwrap } from '../api-problem';
import { etagOf } from '../etag';
import type { IdParams, RouteContext } from './route-context';
import { workspaceVersion } from './workspace-expected-version';

type LinkParams = IdParams & { readonly observationId: string };

/** The RAKE working group's workspace: phenomena, their links, action proposals. */
export function registerWorkspaceRoutes(server: FastifyInstance, ctx: RouteContext): void {
  server.get('/api/phenomena', async (request) => {
    const actor = await ctx.signIn(request);
    return { items: unwrap(await listPhenomena(ctx.app, actor)) };
  });

  server.get<{ Querystring: { period?: unknown } }>('/api/phenomena/trends', async (request) => {
    const actor = await ctx.signIn(request);
    const period = typeof request.query.period === 'string' ? request.query.period : undefined;
    return unwrap(await listPhenomenonTrends(ctx.app, actor, period === '' ? undefined : period));
  });

  server.post('/api/phenomena', async (request, reply) => {
    const actor = await ctx.signIn(request);
    const created = unwrap(await createPhenomenon(ctx.app, actor, request.body));
    return reply
      .code(201)
      .header('location', `/api/phenomena/${encodeURIComponent(created.id)}`)
      .header('etag', etagOf(created.version))
      .send(created);
  });

  server.get<{ Params: IdParams }>('/api/phenomena/:id', async (request, reply) => {
    const actor = await ctx.signIn(request);
    const details = unwrap(await getPhenomenon(ctx.app, actor, request.params.id));
    return reply.header('etag', etagOf(details.version)).send(details);
  });

  server.patch<{ Params: IdParams }>('/api/phenomena/:id', async (request, reply) => {
    const actor = await ctx.signIn(request);
    const { id } = request.params;
    const version = await workspaceVersion(request, true, async () => {
      return (await ctx.app.phenomena.get(id))?.version ?? null;
    });
    const edited = unwrap(await updatePhenomenon(ctx.app, actor, id, request.body, version ?? -1));
    return reply.header('etag', etagOf(edited.version)).send(edited);
  });

  server.put<{ Params: LinkParams }>(
    '/api/phenomena/:id/observations/:observationId',
    async (request, reply) => {
      const actor = await ctx.signIn(request);
      const { id, observationId } = request.params;
      unwrap(await linkObservation(ctx.app, actor, id, observationId));
      return reply.code(204).send();
    },
  );

  server.delete<{ Params: LinkParams }>(
    '/api/phenomena/:id/observations/:observationId',
    async (request, reply) => {
      const actor = await ctx.signIn(request);
      const { id, observationId } = request.params;
      unwrap(await unlinkObservation(ctx.app, actor, id, observationId));
      return reply.code(204).send();
    },
  );

  server.get('/api/proposals', async (request) => {
    const actor = await ctx.signIn(request);
    return { items: unwrap(await listProposals(ctx.app, actor)) };
  });

  server.post('/api/proposals', async (request, reply) => {
    const actor = await ctx.signIn(request);
    const created = unwrap(await createProposal(ctx.app, actor, request.body));
    return reply
      .code(201)
      .header('location', `/api/proposals/${encodeURIComponent(created.id)}`)
      .header('etag', etagOf(created.version))
      .send(created);
  });

  server.get<{ Params: IdParams }>('/api/proposals/:id', async (request, reply) => {
    const actor = await ctx.signIn(request);
    const details = unwrap(await getProposal(ctx.app, actor, request.params.id));
    return reply.header('etag', etagOf(details.version)).send(details);
  });

  const proposalVersion = (id: string) => async () =>
    (await ctx.app.proposals.get(id))?.version ?? null;

  server.patch<{ Params: IdParams }>('/api/proposals/:id', async (request, reply) => {
    const actor = await ctx.signIn(request);
    const { id } = request.params;
    const version = await workspaceVersion(request, true, proposalVersion(id));
    const edited = unwrap(await updateProposal(ctx.app, actor, id, request.body, version ?? -1));
    return reply.header('etag', etagOf(edited.version)).send(edited);
  });

  server.post<{ Params: IdParams }>('/api/proposals/:id/transitions', async (request, reply) => {
    const actor = await ctx.signIn(request);
    const { id } = request.params;
    const version = await workspaceVersion(request, false, proposalVersion(id));
    const moved = unwrap(await moveProposal(ctx.app, actor, id, request.body, version));
    return reply.header('etag', etagOf(moved.version)).send(moved);
  });
}
