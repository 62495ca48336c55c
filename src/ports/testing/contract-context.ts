import type { HistoryEntry, Observation } from '../../domain/observation/observation';
import type { Status } from '../../domain/lifecycle/status';
import type { NewObservation, ObservationStore } from '../observation-store';
import type { NotificationOutbox } from '../notification-outbox';
import type { TestData } from './observation-builder';

/** What each part of the ObservationStore contract gets: a fresh store and test data. */
export type ContractContext = {
  readonly store: ObservationStore;
  readonly outbox: NotificationOutbox;
  readonly data: TestData;
  /** Builds an observation with the overrides and creates it with its filing entry. */
  file(overrides?: Partial<NewObservation>, key?: string | null): Promise<Observation>;
  /** Moves the observation to `to` at its current version; throws unless that succeeds. */
  moveTo(obs: Observation, to: Status, overrides?: Partial<HistoryEntry>): Promise<Observation>;
};

/** Ids in the order the store returned them: the contract mostly compares orders. */
export const idsOf = (items: readonly { readonly id: string }[]): string[] =>
  items.map((item) => item.id);

const descending = (x: string, y: string): number => (x < y ? 1 : x > y ? -1 : 0);

/** The board's order: `createdAt` descending, then `id` descending (code-unit order). */
export const newestFirst = (
  a: Pick<Observation, 'createdAt' | 'id'>,
  b: Pick<Observation, 'createdAt' | 'id'>,
): number => descending(a.createdAt, b.createdAt) || descending(a.id, b.id);
