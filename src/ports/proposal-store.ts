import type { Notification } from '../domain/notification/notification';
import type { Proposal, ProposalHistoryEntry } from '../domain/proposal/proposal';
import type { RecordWriteOutcome } from './phenomenon-store';

/**
 * Action proposals (toimenpide-ehdotukset) and their history. Implemented by the SQLite and
 * the SharePoint store; both pass `proposal-store.contract.ts`. A county makes tens of
 * proposals a year: `list` returns them all.
 */
export interface ProposalStore {
  /** Stores a new proposal (`version` 1) and its first history entry. */
  create(proposal: Proposal, created: ProposalHistoryEntry): Promise<Proposal>;
  get(id: string): Promise<Proposal | null>;
  /** Every proposal, newest first (`createdAt` descending, then `id` descending). */
  list(): Promise<readonly Proposal[]>;
  /**
   * Replaces the proposal with `next` (stored with version `expectedVersion + 1`) if
   * `expectedVersion` is current, appending the history entry (a move) and writing the
   * notifications to the outbox with it; on `stale` or `not_found` nothing is written.
   */
  save(
    next: Proposal,
    expectedVersion: number,
    entry: ProposalHistoryEntry | null,
    notifications: readonly Notification[],
  ): Promise<RecordWriteOutcome<Proposal>>;
  /** Oldest first. */
  history(id: string): Promise<readonly ProposalHistoryEntry[]>;
}
