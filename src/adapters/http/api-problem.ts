import type { AppError } from '../../app';
import type { Status } from '../../domain/lifecycle/status';
import type { ProposalStatus } from '../../domain/proposal/proposal';
import type { PersonalDataRefusal } from '../../domain/personal-data/personal-data-finding';
import type { FieldProblem } from '../../domain/shared/field-problem';
import type { StorageFailure } from '../../ports/storage-unavailable';

/** Everything the API can answer with instead of success (docs/api.md, "Errors"). */
export type ApiProblem =
  | { readonly code: 'malformed_json' }
  | { readonly code: 'bad_request' }
  | { readonly code: 'validation'; readonly problems: readonly FieldProblem[] }
  | { readonly code: 'personal_data'; readonly refusals: readonly PersonalDataRefusal[] }
  | {
      readonly code: 'unauthenticated';
      readonly invalidHeader?: string;
      /** Sent as `WWW-Authenticate` (RFC 6750), e.g. `Bearer error="invalid_token"`. */
      readonly challenge?: string;
    }
  | { readonly code: 'forbidden' }
  | { readonly code: 'not_found' }
  | { readonly code: 'already_handled' }
  | { readonly code: 'not_returned' }
  | { readonly code: 'already_decided' }
  | {
      readonly code: 'illegal_transition';
      readonly from: Status | ProposalStatus;
      readonly to: Status | ProposalStatus;
    }
  | { readonly code: 'precondition_failed'; readonly currentVersion: number }
  /** The key already filed `observationId` with another form: nothing new was stored. */
  | { readonly code: 'idempotency_key_reused'; readonly observationId: string }
  | { readonly code: 'precondition_required' }
  | { readonly code: 'payload_too_large'; readonly limitBytes: number }
  /** A body in another media type or charset than the route reads (JSON in UTF-8). */
  | { readonly code: 'unsupported_media_type' }
  /** Too many requests from one user (or, unsigned, one address); sent with Retry-After. */
  | { readonly code: 'rate_limited'; readonly retryAfterSeconds: number }
  /** Dev identity mode answers only at a loopback name: no DNS-rebound page may drive it. */
  | { readonly code: 'host_not_allowed' }
  /** Raw HTTP refusals before routing (clientError): over-long headers, a stalled request. */
  | { readonly code: 'headers_too_large'; readonly limitBytes: number }
  | { readonly code: 'request_timeout' }
  | {
      readonly code: 'storage_unavailable';
      readonly reason: StorageFailure;
      /** Sent as `Retry-After`; null where waiting would not help (denied, not_provisioned). */
      readonly retryAfterSeconds: number | null;
    }
  /** The intranet did not take the page (forbidden: 403, else 503). */
  | {
      readonly code: 'intranet_unavailable';
      readonly reason: 'forbidden' | 'unavailable' | 'not_configured';
    }
  | { readonly code: 'internal' };

export type ApiProblemCode = ApiProblem['code'];

export const STATUS_OF: Readonly<Record<ApiProblemCode, number>> = {
  malformed_json: 400,
  bad_request: 400,
  validation: 422,
  personal_data: 422,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  illegal_transition: 409,
  already_handled: 409,
  not_returned: 409,
  already_decided: 409,
  idempotency_key_reused: 409,
  precondition_failed: 412,
  precondition_required: 428,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  host_not_allowed: 421,
  headers_too_large: 431,
  request_timeout: 408,
  storage_unavailable: 503,
  intranet_unavailable: 503,
  internal: 500,
};

/** The status of one problem: a store that did not answer in time is a gateway timeout. */
export function statusOf(problem: ApiProblem): number {
  if (problem.code === 'storage_unavailable' && problem.reason === 'timeout') return 504;
  // SharePoint's own rights said no to the editor: waiting will not change that.
  if (problem.code === 'intranet_unavailable' && problem.reason === 'forbidden') return 403;
  return STATUS_OF[problem.code];
}

/**
 * Thrown by route handlers and caught by the one error handler, so that every refusal,
 * wherever it happens, leaves the server in the same localised shape.
 */
export class ApiError extends Error {
  constructor(readonly problem: ApiProblem) {
    super(problem.code);
    this.name = 'ApiError';
  }
}

export function fromAppError(error: AppError): ApiProblem {
  switch (error.code) {
    case 'stale':
      return { code: 'precondition_failed', currentVersion: error.currentVersion };
    default:
      return error;
  }
}

/** The value of a use case's Result, or the refusal thrown as an ApiError. */
export function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: AppError }): T {
  if (!result.ok) throw new ApiError(fromAppError(result.error));
  return result.value;
}
