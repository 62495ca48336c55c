import type { Locale } from '../../domain/shared/localized-text';
import { catalogueOf, fieldProblemMessage, personalDataMessage } from '../../i18n';
import { statusOf, type ApiProblem } from './api-problem';

export type ErrorField = {
  readonly field: string;
  readonly code: string;
  readonly message: string;
};

/**
 * The one error shape of the API:
 * `{ error: { code, message, field?, fields?, reason?, observationId? } }`.
 */
export type ErrorBody = {
  readonly error: {
    readonly code: string;
    readonly message: string;
    readonly field?: string;
    readonly fields?: readonly ErrorField[];
    /** storage_unavailable: why, so that a client can word its own advice. */
    readonly reason?: string;
    /** idempotency_key_reused: the observation the key filed earlier. */
    readonly observationId?: string;
  };
};

export function renderProblem(
  problem: ApiProblem,
  locale: Locale,
): { status: number; body: ErrorBody } {
  return { status: statusOf(problem), body: { error: describe(problem, locale) } };
}

function describe(problem: ApiProblem, locale: Locale): ErrorBody['error'] {
  const { errors, statuses, proposalStatuses, storage } = catalogueOf(locale);
  const { code } = problem;
  switch (problem.code) {
    case 'validation': {
      const fields = problem.problems.map((p) => ({
        field: p.field,
        code: p.code,
        message: fieldProblemMessage(locale, p),
      }));
      const first = fields[0];
      // One problem: its own message is the clearest headline; several: the summary.
      const message = fields.length === 1 && first ? first.message : errors.validation;
      return { code, message, ...(first ? { field: first.field } : {}), fields };
    }
    case 'personal_data': {
      const fields = problem.refusals.map((r) => ({
        field: r.field,
        code: r.kind,
        message: personalDataMessage(locale, r.field),
      }));
      const first = fields[0];
      return { code, message: first?.message ?? errors.validation, field: first?.field, fields };
    }
    case 'unauthenticated':
      return {
        code,
        message:
          problem.invalidHeader === undefined
            ? errors.unauthenticated
            : errors.invalid_identity(problem.invalidHeader),
      };
    case 'illegal_transition': {
      // Observations and proposals have statuses of their own; no name is in both.
      const label = (status: string): string =>
        (statuses as Record<string, string>)[status] ??
        (proposalStatuses as Record<string, string>)[status] ??
        status;
      return { code, message: errors.illegal_transition(label(problem.from), label(problem.to)) };
    }
    case 'payload_too_large':
      return {
        code,
        message: errors.payload_too_large(String(Math.round(problem.limitBytes / 1024))),
      };
    case 'precondition_failed':
      return { code, message: errors.precondition_failed };
    case 'idempotency_key_reused':
      return {
        code,
        message: errors.idempotency_key_reused,
        observationId: problem.observationId,
      };
    case 'storage_unavailable':
      return { code, message: storage[problem.reason], reason: problem.reason };
    case 'intranet_unavailable':
      return { code, message: errors.intranet_unavailable[problem.reason], reason: problem.reason };
    case 'rate_limited':
      return { code, message: errors.rate_limited(String(problem.retryAfterSeconds)) };
    case 'headers_too_large':
      return {
        code,
        message: errors.headers_too_large(String(Math.round(problem.limitBytes / 1024))),
      };
    default:
      return { code, message: errors[problem.code] };
  }
}
