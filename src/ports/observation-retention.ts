import type { Observation } from '../domain/observation/observation';

/**
 * What the daily retention job does to stored observations (issue 13; the rules are in
 * src/domain/retention). Both stores pass `observation-retention.contract.ts`.
 */
export interface ObservationRetention {
  /**
   * Observations due at `cutoff` (isRetentionDue: ended, last changed before it, reporters
   * still named), oldest filed first, at most `limit`. `anonymise` and `delete` take the same
   * `cutoff` and check it again as they write: a reporter may resubmit a returned observation
   * (or a supervisor move it) between the read and the write, and then it is not due any more.
   */
  due(cutoff: string, limit: number): Promise<readonly Observation[]>;
  /**
   * Removes the reporters' identities from the observation, its co-reporter rows, its history
   * entries and its messages (anonymisedObservation and the rest), and any key that carries
   * the reporter's id. Text, classification, status, triage and phenomenon links stay. Again
   * on an anonymised one: nothing changes (true). False when there is no such observation, or
   * it is not due at `cutoff` (isRetentionDue) and left as it is.
   */
  anonymise(id: string, cutoff: string): Promise<boolean>;
  /**
   * Deletes the observation with its history, co-reporters, triage history, messages and
   * links to phenomena. Compilations (frozen snapshots) and reports keep what they hold.
   * False when there is no such observation, or it is not due at `cutoff` and left as it is.
   */
  delete(id: string, cutoff: string): Promise<boolean>;
}
