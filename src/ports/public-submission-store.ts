import type { PublicSubmission } from '../domain/public-form/public-submission';
import type { RecordWriteOutcome } from './phenomenon-store';

/**
 * The public form's submissions, waiting for the coordinator (issue 13). Implemented by the
 * SQLite and the SharePoint store; both pass `public-submission-store.contract.ts`. Nothing
 * here knows who sent a submission: no address, no identity, only what the form said.
 */
export interface PublicSubmissionStore {
  /**
   * Stores a new submission (`version` 1). `receipt_taken` when another submission holds its
   * receipt already: nothing is stored, and the caller draws a new receipt.
   */
  create(submission: PublicSubmission): Promise<'created' | 'receipt_taken'>;
  get(id: string): Promise<PublicSubmission | null>;
  /** The submission with this receipt (exactly as stored); null when there is none. */
  byReceipt(receipt: string): Promise<PublicSubmission | null>;
  /** The submissions still `pending`, oldest first (then id), at most `limit`. */
  listPending(limit: number): Promise<readonly PublicSubmission[]>;
  /** Replaces the submission with `next` (version `expectedVersion + 1`) if that is current. */
  save(
    next: PublicSubmission,
    expectedVersion: number,
  ): Promise<RecordWriteOutcome<PublicSubmission>>;
}
