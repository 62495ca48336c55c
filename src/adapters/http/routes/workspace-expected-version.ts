import type { FastifyRequest } from 'fastify';
import { ApiError } from '../api-problem';
import { parseIfMatch } from '../etag';

/**
 * The version a workspace edit is based on (If-Match). Workspace records are readable by
 * everyone who may edit them, so `*` and lists are resolved against the current version
 * without any secrecy concern.
 */
export async function workspaceVersion(
  request: FastifyRequest,
  required: boolean,
  currentVersion: () => Promise<number | null>,
): Promise<number | null> {
  const ifMatch = parseIfMatch(request.headers['if-match']);
  if (ifMatch.kind === 'missing') {
    if (required) throw new ApiError({ code: 'precondition_required' });
    return null;
  }
  if (ifMatch.kind === 'versions' && ifMatch.versions.length === 1) {
    return ifMatch.versions[0] ?? null;
  }
  const current = await currentVersion();
  if (current === null) throw new ApiError({ code: 'not_found' });
  if (ifMatch.kind === 'any' || ifMatch.versions.includes(current)) return current;
  throw new ApiError({ code: 'precondition_failed', currentVersion: current });
}
