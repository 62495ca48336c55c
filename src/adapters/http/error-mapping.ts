import type { FastifyError } from 'fastify';
import { StorageUnavailableError, type StorageFailure } from '../../ports/storage-unavailable';
import { ApiError, type ApiProblem } from './api-problem';

/** Fastify's own refusals of a body that cannot be read as JSON. */
const UNREADABLE_BODY = new Set([
  'FST_ERR_CTP_INVALID_JSON_BODY',
  'FST_ERR_CTP_EMPTY_JSON_BODY',
  'FST_ERR_CTP_INVALID_CONTENT_LENGTH',
]);

/**
 * Retry-After when the store gave none: a busy or failing service usually recovers within
 * half a minute, and the hint keeps clients from hammering it. A timeout has no such rhythm.
 * A missing permission or list does not heal by waiting, so those never get one, even if
 * the service sent one.
 */
const DEFAULT_RETRY_AFTER: Readonly<Record<StorageFailure, number | null>> = {
  throttled: 30,
  unavailable: 30,
  timeout: null,
  denied: null,
  not_provisioned: null,
};
const NOT_HEALED_BY_WAITING: ReadonlySet<StorageFailure> = new Set(['denied', 'not_provisioned']);

/**
 * Any error thrown while answering, as one of the API's problems. Unknown errors become
 * `internal` (500) and are reported, never shown: their text may hold stored data.
 */
export function problemOf(
  error: unknown,
  bodyLimitBytes: number,
): { problem: ApiProblem; unexpected: boolean } {
  if (error instanceof ApiError) return { problem: error.problem, unexpected: false };
  if (error instanceof StorageUnavailableError) {
    return { problem: storageProblem(error), unexpected: false };
  }
  const fastifyError = error as Partial<FastifyError>;
  if (fastifyError.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || fastifyError.statusCode === 413) {
    return {
      problem: { code: 'payload_too_large', limitBytes: bodyLimitBytes },
      unexpected: false,
    };
  }
  // A body in a media type no parser reads (text/plain, a form): not JSON, so not ours to read.
  if (fastifyError.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return { problem: { code: 'unsupported_media_type' }, unexpected: false };
  }
  if (fastifyError.code !== undefined && UNREADABLE_BODY.has(fastifyError.code)) {
    return { problem: { code: 'malformed_json' }, unexpected: false };
  }
  // Prototype poisoning (`__proto__` keys) and similar parse refusals arrive as 400s.
  if (error instanceof SyntaxError && fastifyError.statusCode === 400) {
    return { problem: { code: 'malformed_json' }, unexpected: false };
  }
  const status = fastifyError.statusCode ?? 500;
  if (status >= 400 && status < 500) return { problem: { code: 'bad_request' }, unexpected: false };
  return { problem: { code: 'internal' }, unexpected: true };
}

function storageProblem({ reason, retryAfterSeconds: given }: StorageUnavailableError): ApiProblem {
  if (NOT_HEALED_BY_WAITING.has(reason)) {
    return { code: 'storage_unavailable', reason, retryAfterSeconds: null };
  }
  const known = given !== null && Number.isFinite(given) && given >= 0;
  const retryAfterSeconds = known ? Math.ceil(given) : DEFAULT_RETRY_AFTER[reason];
  return { code: 'storage_unavailable', reason, retryAfterSeconds };
}
