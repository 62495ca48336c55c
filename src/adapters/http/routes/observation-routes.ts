import type { FastifyInstance, FastifyRequest } from 'fastify';
import { browseBoard, listMyObservations, openObservation, submitObservation } from '../../../app';
import { listPublicQueue } from '../../../app/public-form';
import { warningMessage } from '../../../i18n';
import { ApiError, unwrap } from '../api-problem';
import { etagOf } from '../etag';
import { localeOf } from '../request-context';
import { parseBoardQuery, parseMineQuery } from './query-params';
import type { IdParams, RouteContext } from './route-context';

export const MAX_IDEMPOTENCY_KEY = 200;
/**
 * An opaque token (the tab sends a UUID). The key is stored beside the observation, so free
 * text — which could carry a name or an identity code — is refused rather than kept.
 */
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9._:-]{1,200}$/;

/** Filing, "my reports", the board and one observation. */
export function registerObservationRoutes(server: FastifyInstance, ctx: RouteContext): void {
  server.post('/api/observations', async (request, reply) => {
    const actor = await ctx.signIn(request);
    const key = idempotencyKeyOf(request);
    const outcome = unwrap(await submitObservation(ctx.app, actor, request.body, key));
    const locale = localeOf(request);
    const { observation } = outcome;
    // A replay answers 201 as well: the client cannot tell, and need not.
    return reply
      .code(201)
      .header('location', `/api/observations/${encodeURIComponent(observation.id)}`)
      .header('etag', etagOf(observation.version))
      .send({
        ...observation,
        warnings: outcome.warnings.map((w) => ({ ...w, message: warningMessage(locale, w) })),
      });
  });

  server.get('/api/observations/mine', async (request) => {
    const actor = await ctx.signIn(request);
    const page = parseMineQuery(request.query);
    if (!page.ok) throw new ApiError({ code: 'validation', problems: page.error });
    return unwrap(await listMyObservations(ctx.app, actor, page.value));
  });

  server.get('/api/observations', async (request) => {
    const actor = await ctx.signIn(request);
    // The public form's queue (issue 13): the same answer as GET /api/public-submissions.
    if ((request.query as Record<string, unknown> | undefined)?.source === 'public') {
      return unwrap(await listPublicQueue(ctx.app, actor));
    }
    const filters = parseBoardQuery(request.query);
    if (!filters.ok) throw new ApiError({ code: 'validation', problems: filters.error });
    return unwrap(await browseBoard(ctx.app, actor, filters.value));
  });

  server.get<{ Params: IdParams }>('/api/observations/:id', async (request, reply) => {
    const actor = await ctx.signIn(request);
    // Opening another's observation is audited (openObservation).
    const view = unwrap(await openObservation(ctx.app, actor, request.params.id));
    return reply.header('etag', etagOf(view.version)).send(view);
  });
}

/** Optional; a key longer than 200 characters, or with other characters, is refused, never cut. */
function idempotencyKeyOf(request: FastifyRequest): string | null {
  const raw = request.headers['idempotency-key'];
  const key = Array.isArray(raw) ? raw.join(',') : raw;
  if (key === undefined) return null;
  if (key.trim() === '') {
    throw new ApiError({
      code: 'validation',
      problems: [{ field: 'idempotencyKey', code: 'too_short', limit: 1 }],
    });
  }
  if (key.length > MAX_IDEMPOTENCY_KEY) {
    throw new ApiError({
      code: 'validation',
      problems: [{ field: 'idempotencyKey', code: 'too_long', limit: MAX_IDEMPOTENCY_KEY }],
    });
  }
  if (!IDEMPOTENCY_KEY_PATTERN.test(key)) {
    throw new ApiError({
      code: 'validation',
      problems: [{ field: 'idempotencyKey', code: 'invalid_format' }],
    });
  }
  return key;
}
