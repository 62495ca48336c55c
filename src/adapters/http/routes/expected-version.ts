import type { FastifyRequest } from 'fastify';
import { getObservation } from '../../../app';
import type { Actor } from '../../../domain/policy/actor';
import { ApiError, unwrap } from '../api-problem';
import { parseIfMatch } from '../etag';
import type { RouteContext } from './route-context';

/**
 * The version the caller's If-Match names. Missing: 428 when required, else null (no
 * precondition). `*` or a list is resolved against the observation as the caller sees it,
 * so a 412 never reveals the version of something they may not see.
 */
export async function expectedVersion(
  ctx: RouteContext,
  actor: Actor,
  id: string,
  request: FastifyRequest,
  required: boolean,
): Promise<number | null> {
  const ifMatch = parseIfMatch(request.headers['if-match']);
  if (ifMatch.kind === 'missing') {
    if (required) throw new ApiError({ code: 'precondition_required' });
    return null;
  }
  const single = ifMatch.kind === 'versions' && ifMatch.versions.length === 1;
  if (single && ifMatch.versions[0] !== undefined) return ifMatch.versions[0];
  const current = unwrap(await getObservation(ctx.app, actor, id));
  if (ifMatch.kind === 'any' || ifMatch.versions.includes(current.version)) return current.version;
  throw new ApiError({ code: 'precondition_failed', currentVersion: current.version });
}
