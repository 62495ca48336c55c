import type { Enrichment } from '../domain/enrichment/enrichment';
import type { Notification } from '../domain/notification/notification';
import type { RecordWriteOutcome } from './phenomenon-store';

/**
 * Enrichment requests (rikastaminen) and their answers. Implemented by the SQLite and the
 * SharePoint store; both pass `enrichment-store.contract.ts`.
 */
export interface EnrichmentStore {
  /** Stores a new request (`version` 1) and writes its notifications to the outbox with it. */
  create(enrichment: Enrichment, notifications: readonly Notification[]): Promise<Enrichment>;
  get(id: string): Promise<Enrichment | null>;
  /** Every request, newest first (`createdAt` descending, then `id` descending). */
  list(): Promise<readonly Enrichment[]>;
  /**
   * Replaces the request with `next` (version `expectedVersion + 1`) if that is current,
   * writing the notifications with it; on `stale` or `not_found` nothing is written.
   */
  save(
    next: Enrichment,
    expectedVersion: number,
    notifications: readonly Notification[],
  ): Promise<RecordWriteOutcome<Enrichment>>;
}
