import type { FastifyReply, FastifyRequest } from 'fastify';
import type { StaffRegistration } from '../../app';
import type { Actor } from '../../domain/policy/actor';
import type { Locale } from '../../domain/shared/localized-text';
import { negotiateLocale } from '../../i18n';
import { StorageUnavailableError } from '../../ports';
import { ApiError, type ApiProblem } from './api-problem';
import type { AuthOutcome, Authenticator } from './auth';
import { renderProblem } from './error-body';
import { etagOf } from './etag';

export function localeOf(request: FastifyRequest): Locale {
  return negotiateLocale(request.headers['accept-language']);
}

const outcomes = new WeakMap<FastifyRequest, Promise<AuthOutcome>>();

/**
 * Who the request says it is, asked of the authenticator once per request: the rate limiter
 * keys on it before the route runs, and the route signs in with the same answer, so a bearer
 * token is verified once.
 */
export function authenticationOf(
  authenticator: Authenticator,
  request: FastifyRequest,
): Promise<AuthOutcome> {
  let outcome = outcomes.get(request);
  if (outcome === undefined) {
    outcome = authenticator.authenticate(request.headers);
    outcomes.set(request, outcome);
  }
  return outcome;
}

/** The signed-in caller, or a 401 thrown for the error handler. */
export async function signIn(
  authenticator: Authenticator,
  request: FastifyRequest,
): Promise<Actor> {
  const outcome = await authenticationOf(authenticator, request);
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
 * Keeps a Teams-signed-in caller in the staff directory without holding up their request:
 * the registration runs beside it and never fails it. A store that is down is a warning (the
 * next request tries again); anything else is reported as unexpected.
 */
export function registerInBackground(
  registration: StaffRegistration,
  actor: Actor,
  request: FastifyRequest,
  report: (error: unknown) => void,
): void {
  void registration
    .register(actor)
    .then((outcome) => {
      if (outcome.kind === 'added' || outcome.kind === 'updated') {
        request.log.info({ staffId: actor.id, change: outcome.kind }, 'staff directory updated');
      } else if (outcome.kind === 'failed') {
        if (outcome.error instanceof StorageUnavailableError) {
          request.log.warn(
            { reason: outcome.error.reason, staffId: actor.id },
            'staff directory not updated: store unavailable',
          );
        } else report(outcome.error);
      }
    })
    // Only a throwing logger lands here; it must not become an unhandled rejection.
    .catch(() => undefined);
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
  if (problem.code === 'rate_limited') {
    reply.header('retry-after', String(problem.retryAfterSeconds));
  }
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}
