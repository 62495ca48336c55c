import type { Meeting } from '../domain/meeting/meeting';
import type { RecordWriteOutcome } from './phenomenon-store';

/**
 * The RAKE working group's meetings (a few a year). Implemented by the SQLite and the
 * SharePoint store; both pass `meeting-store.contract.ts`.
 */
export interface MeetingStore {
  /**
   * Stores a new meeting (`version` 1); `exists` when one with its id is there already (the
   * rhythm's meetings are made by id, possibly twice), and then nothing changes.
   */
  create(meeting: Meeting): Promise<'created' | 'exists'>;
  get(id: string): Promise<Meeting | null>;
  /** Every meeting, by date (then id). */
  list(): Promise<readonly Meeting[]>;
  /** Replaces the meeting with `next` (version `expectedVersion + 1`) if that is current. */
  save(next: Meeting, expectedVersion: number): Promise<RecordWriteOutcome<Meeting>>;
}
