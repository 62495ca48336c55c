import type { FastifyInstance } from 'fastify';
import { listDeliveries, retryDelivery } from '../../../app/digest';
import type { FieldProblem } from '../../../domain/shared/field-problem';
import { ApiError, unwrap } from '../api-problem';
import { digestDepsOf } from './digest-routes';
import type { RouteContext } from './route-context';

type KeyParams = { readonly key: string };

/** `?state=` once, nothing else: a typo must not quietly list the default state. */
function stateOf(query: unknown): string | undefined {
  const problems: FieldProblem[] = [];
  let state: string | undefined;
  for (const [name, value] of Object.entries((query ?? {}) as Record<string, unknown>)) {
    if (name !== 'state') problems.push({ field: name, code: 'unknown_field' });
    else if (typeof value !== 'string') problems.push({ field: name, code: 'invalid_type' });
    else if (value !== '') state = value;
  }
  if (problems.length > 0) throw new ApiError({ code: 'validation', problems });
  return state;
}

/** Deliveries that never arrived, for admins: the dead-letter and not-installed lists. */
export function registerAdminRoutes(server: FastifyInstance, ctx: RouteContext): void {
  server.get('/api/admin/deliveries', async (request) => {
    const actor = await ctx.signIn(request);
    const state = stateOf(request.query);
    return { items: unwrap(await listDeliveries(digestDepsOf(ctx), actor, state)) };
  });

  // 202: pending again; the delivery worker takes it on its next round.
  server.post<{ Params: KeyParams }>('/api/admin/deliveries/:key/retry', async (request, reply) => {
    const actor = await ctx.signIn(request);
    const retried = unwrap(await retryDelivery(digestDepsOf(ctx), actor, request.params.key));
    return reply.code(202).send(retried);
  });
}
