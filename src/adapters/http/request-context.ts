import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../domain/policy/actor';
import type { Locale } from '../../domain/shared/localized-text';
import { negotiateLocale } from '../../i18n';
import { ApiError, type ApiProblem } from './api-problem';
import type { Authenticator } from './auth';
import { renderProblem } from './error-body';
import { etagOf } from './etag';

export function localeOf(request: FastifyRequest): Locale {
  return negotiateLocale(request.headers['accept-language']);
}

/** The signed-in caller, or a 401 thrown for the error handler. */
export async function signIn(
  authenticator: Authenticator,
  request: FastifyRequest,
): Promise<Actor> {
  const outcome = await authenticator.authenticate(request.headers);
  switch (outcome.kind) {
    case 'signed_in':
      return outcome.actor;
    case 'anonymous':
      throw new ApiError(
        authenticator.mode === 'entra'
          ? { code: 'unauthenticated', challenge: 'Bearer' }
          : { code: 'unauthenticated' },
      );
    case 'rejected':
      throw new ApiError({ code: 'unauthenticated', invalidHeader: outcome.header });
    case 'invalid_token':
      // Why a token was refused helps whoever configures Entra; the caller learns only 401.
      request.log.info({ reason: outcome.reason }, 'bearer token refused');
      throw new ApiError({ code: 'unauthenticated', challenge: 'Bearer error="invalid_token"' });
  }
}

/**
 * Sends a refusal in the caller's language; a stale write also tells the current ETag, and
 * a store that is down says when to try again.
 */
export function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: ApiProblem) {
  const { status, body } = renderProblem(problem, localeOf(request));
  if (problem.code === 'precondition_failed') reply.header('etag', etagOf(problem.currentVersion));
  if (problem.code === 'unauthenticated' && problem.challenge !== undefined) {
    reply.header('www-authenticate', problem.challenge);
  }
  if (problem.code === 'storage_unavailable' && problem.retryAfterSeconds !== null) {
    reply.header('retry-after', String(problem.retryAfterSeconds));
  }
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}
