import type { Phenomenon, PhenomenonLink } from '../domain/phenomenon/phenomenon';
import type { PhenomenonPatch } from '../domain/phenomenon/validate-phenomenon';

/** The result of a versioned write of a workspace record (phenomenon, proposal). */
export type RecordWriteOutcome<T> =
  | { readonly kind: 'ok'; readonly record: T }
  | { readonly kind: 'not_found' }
  /** The caller's version is not the stored one: nothing was written. */
  | { readonly kind: 'stale'; readonly current: T };

export type LinkOutcome = 'linked' | 'already_linked' | 'not_found';

/**
 * The RAKE group's phenomena (ilmiöt) and their links to observations. Implemented by the
 * SQLite and the SharePoint store; both pass `phenomenon-store.contract.ts`. A county follows
 * hundreds of phenomena, not thousands: `list` returns them all.
 */
export interface PhenomenonStore {
  /** Stores a new phenomenon as given (its `version` is 1). */
  create(phenomenon: Phenomenon): Promise<Phenomenon>;
  get(id: string): Promise<Phenomenon | null>;
  /** Every phenomenon, newest first (`createdAt` descending, then `id` descending). */
  list(): Promise<readonly Phenomenon[]>;
  /** Applies the named fields and `updatedAt` if `expectedVersion` is current; version + 1. */
  update(
    id: string,
    patch: PhenomenonPatch,
    expectedVersion: number,
    updatedAt: string,
  ): Promise<RecordWriteOutcome<Phenomenon>>;
  /** Links an observation once; a second link of the same pair keeps the first. */
  link(link: PhenomenonLink): Promise<LinkOutcome>;
  /** True when the link existed. */
  unlink(phenomenonId: string, observationId: string): Promise<boolean>;
  /** The phenomenon's links, oldest first. */
  linksOf(phenomenonId: string): Promise<readonly PhenomenonLink[]>;
  /** The links of these observations (any number of ids), in no particular order. */
  linksOfObservations(observationIds: readonly string[]): Promise<readonly PhenomenonLink[]>;
  /** Every link, in no particular order (a county's links: tens of thousands at most). */
  allLinks(): Promise<readonly PhenomenonLink[]>;
  /** How many observations each phenomenon links; a phenomenon without links is absent. */
  linkCounts(): Promise<ReadonlyMap<string, number>>;
}
