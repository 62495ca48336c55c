import type { FastifyInstance } from 'fastify';
import {
  addStaffMember,
  getCountySettings,
  listServiceAreaSupervision,
  putCountySettings,
  setServiceAreaSupervisors,
} from '../../../app/admin';
import { listDeliveries, retryDelivery } from '../../../app/digest';
import type { FieldProblem } from '../../../domain/shared/field-problem';
import { ApiError, unwrap } from '../api-problem';
import { etagOf, parseIfMatch } from '../etag';
import { digestDepsOf } from './digest-routes';
import type { RouteContext } from './route-context';

type KeyParams = { readonly key: string };
type IdParams = { readonly id: string };

/**
 * The settings version an If-Match names: required (428 without); `*` is the version in
 * force; a tag that is not one of ours matches nothing (412).
 */
function expectedSettingsVersion(header: string | undefined, current: number): number {
  const ifMatch = parseIfMatch(header);
  if (ifMatch.kind === 'missing') throw new ApiError({ code: 'precondition_required' });
  if (ifMatch.kind === 'any') return current;
  if (ifMatch.versions.includes(current)) return current;
  throw new ApiError({ code: 'precondition_failed', currentVersion: current });
}

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

/**
 * The admin's routes: deliveries that never arrived (the dead-letter and not-installed
 * lists), the county settings stored in the app, supervisors per service area, and adding a
 * person to the staff directory before their first sign-in.
 */
export function registerAdminRoutes(server: FastifyInstance, ctx: RouteContext): void {
  server.get('/api/admin/county', async (request, reply) => {
    const actor = await ctx.signIn(request);
    const current = unwrap(getCountySettings(ctx.app, actor));
    return reply
      .header('etag', etagOf(current.version))
      .header('cache-control', 'no-store')
      .send({ version: current.version, settings: current.value });
  });

  server.put('/api/admin/county', async (request, reply) => {
    const actor = await ctx.signIn(request);
    const current = unwrap(getCountySettings(ctx.app, actor));
    const expected = expectedSettingsVersion(request.headers['if-match'], current.version);
    const saved = unwrap(await putCountySettings(ctx.app, actor, request.body, expected));
    return reply
      .header('etag', etagOf(saved.version))
      .send({ version: saved.version, settings: saved.value });
  });

  server.get('/api/admin/service-areas', async (request, reply) => {
    const actor = await ctx.signIn(request);
    const conversations = ctx.digest?.conversations ?? null;
    const items = unwrap(await listServiceAreaSupervision(ctx.app, conversations, actor));
    return reply.header('cache-control', 'no-store').send({ items });
  });

  server.put<{ Params: IdParams }>('/api/admin/service-areas/:id/supervisors', async (request) => {
    const actor = await ctx.signIn(request);
    const conversations = ctx.digest?.conversations ?? null;
    return unwrap(
      await setServiceAreaSupervisors(
        ctx.app,
        conversations,
        actor,
        request.params.id,
        request.body,
      ),
    );
  });

  // 201 with the new member; 200 with the one already there (nothing is overwritten).
  server.post('/api/admin/staff', async (request, reply) => {
    const actor = await ctx.signIn(request);
    const added = unwrap(await addStaffMember(ctx.app, actor, request.body));
    return reply.code(added.created ? 201 : 200).send(added.member);
  });

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
