import type { FastifyInstance } from 'fastify';
import type { DigestDeps } from '../../../app/digest';
import {
  chooseRakeChannel,
  getRakeChannel,
  previewDigest,
  rememberLocale,
  sendDigestNow,
} from '../../../app/digest';
import { ApiError, unwrap } from '../api-problem';
import { localeOf } from '../request-context';
import type { RouteContext } from './route-context';

/** The digest deps, or 404: without the Teams side there is no channel to post to. */
export function digestDepsOf(ctx: RouteContext): DigestDeps {
  if (ctx.digest === null) throw new ApiError({ code: 'not_found' });
  return ctx.digest;
}

/** The coordinator's digest and choice of RAKE channel. */
export function registerDigestRoutes(server: FastifyInstance, ctx: RouteContext): void {
  // 202: the digest is in the outbox; the delivery worker posts it.
  server.post('/api/digest', async (request, reply) => {
    const actor = await ctx.signIn(request);
    const sent = unwrap(await sendDigestNow(digestDepsOf(ctx), actor));
    return reply.code(202).send(sent);
  });

  // Nothing is sent: the coordinator sees the card in their own language before sending.
  server.get('/api/digest/preview', async (request) => {
    const actor = await ctx.signIn(request);
    const { data, channel } = unwrap(await previewDigest(digestDepsOf(ctx), actor));
    const { meetingDate, since, total } = data;
    const card = ctx.digestCard === null ? null : ctx.digestCard(data, localeOf(request));
    return { meetingDate, since, total, channel, card };
  });

  server.get('/api/rake-channel', async (request) => {
    const actor = await ctx.signIn(request);
    return unwrap(await getRakeChannel(digestDepsOf(ctx), actor));
  });

  // The language cards are sent in; without the Teams side there is nothing to remember.
  server.put('/api/me/locale', async (request) => {
    const actor = await ctx.signIn(request);
    return unwrap(await rememberLocale(digestDepsOf(ctx), actor, request.body));
  });

  server.put('/api/rake-channel', async (request) => {
    const actor = await ctx.signIn(request);
    return unwrap(await chooseRakeChannel(digestDepsOf(ctx), actor, request.body));
  });
}
