import type { FastifyInstance, FastifyRequest } from 'fastify';
import { listMessages, postMessage, resubmitObservation, withdrawObservation } from '../../../app';
import type { PersonalDataWarning } from '../../../domain/personal-data/personal-data-finding';
import { warningMessage } from '../../../i18n';
import { unwrap } from '../api-problem';
import { etagOf } from '../etag';
import { localeOf } from '../request-context';
import { expectedVersion } from './expected-version';
import type { IdParams, RouteContext } from './route-context';

/** Warnings as the filing answers them: with a message in the caller's language. */
const worded = (request: FastifyRequest, warnings: readonly PersonalDataWarning[]) => {
  const locale = localeOf(request);
  return warnings.map((w) => ({ ...w, message: warningMessage(locale, w) }));
};

/** Reporters' follow-up (issue 13): withdraw, answer a return, the message thread. */
export function registerFollowUpRoutes(server: FastifyInstance, ctx: RouteContext): void {
  server.post<{ Params: IdParams }>('/api/observations/:id/withdraw', async (request, reply) => {
    const actor = await ctx.signIn(request);
    const { id } = request.params;
    const version = await expectedVersion(ctx, actor, id, request, false);
    const view = unwrap(await withdrawObservation(ctx.app, actor, id, version));
    return reply.header('etag', etagOf(view.version)).send(view);
  });

  server.post<{ Params: IdParams }>('/api/observations/:id/resubmit', async (request, reply) => {
    const actor = await ctx.signIn(request);
    const { id } = request.params;
    // Required: the amended text must answer the return the reporter saw.
    const version = (await expectedVersion(ctx, actor, id, request, true)) ?? -1;
    const outcome = unwrap(await resubmitObservation(ctx.app, actor, id, request.body, version));
    return reply
      .header('etag', etagOf(outcome.observation.version))
      .send({ ...outcome.observation, warnings: worded(request, outcome.warnings) });
  });

  server.get<{ Params: IdParams }>('/api/observations/:id/messages', async (request) => {
    const actor = await ctx.signIn(request);
    return { items: unwrap(await listMessages(ctx.app, actor, request.params.id)) };
  });

  server.post<{ Params: IdParams }>('/api/observations/:id/messages', async (request, reply) => {
    const actor = await ctx.signIn(request);
    const posted = unwrap(await postMessage(ctx.app, actor, request.params.id, request.body));
    return reply.code(201).send({ ...posted.message, warnings: worded(request, posted.warnings) });
  });
}
