import type { Status } from '../domain/lifecycle/status';
import type { ProposalStatus } from '../domain/proposal/proposal';
import type { PersonalDataRefusal } from '../domain/personal-data/personal-data-finding';
import type { FieldProblem } from '../domain/shared/field-problem';
import { err, type Err } from '../domain/shared/result';

/**
 * The stable outcomes a use case can refuse with. The edge maps each code to a status and
 * a message in the caller's language (docs/api.md); codes never change meaning.
 */
export type AppError =
  | { readonly code: 'validation'; readonly problems: readonly FieldProblem[] }
  | { readonly code: 'personal_data'; readonly refusals: readonly PersonalDataRefusal[] }
  | { readonly code: 'forbidden' }
  | { readonly code: 'not_found' }
  /** The reporter's withdraw came after a supervisor had moved the observation on. */
  | { readonly code: 'already_handled' }
  /** A resubmit of an observation that is not `returned`. */
  | { readonly code: 'not_returned' }
  /** The public submission was accepted or discarded already (by another coordinator). */
  | { readonly code: 'already_decided' }
  | {
      readonly code: 'illegal_transition';
      readonly from: Status | ProposalStatus;
      readonly to: Status | ProposalStatus;
    }
  /** The caller's version is not the stored one; nothing was written. */
  | { readonly code: 'stale'; readonly currentVersion: number }
  /**
   * The idempotency key already filed an observation with other form fields (the reporter
   * edited the draft after an answer was lost); nothing was stored. Names the one that was.
   */
  | { readonly code: 'idempotency_key_reused'; readonly observationId: string }
  /**
   * The intranet did not take the page: SharePoint refused the editor (`forbidden`), could
   * not be reached now (`unavailable`), or no intranet site is configured.
   */
  | {
      readonly code: 'intranet_unavailable';
      readonly reason: 'forbidden' | 'unavailable' | 'not_configured';
    };

export const validationError = (problems: readonly FieldProblem[]): Err<AppError> =>
  err({ code: 'validation', problems });
export const notFound = (): Err<AppError> => err({ code: 'not_found' });
export const forbidden = (): Err<AppError> => err({ code: 'forbidden' });
export const stale = (currentVersion: number): Err<AppError> =>
  err({ code: 'stale', currentVersion });
export const idempotencyKeyReused = (observationId: string): Err<AppError> =>
  err({ code: 'idempotency_key_reused', observationId });
