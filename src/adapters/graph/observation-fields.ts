import type { HistoryEntry, Observation } from '../../domain/observation/observation';
import { positionOf, type SortedPosition } from '../board-cursor';
import { payloadFields, payloadOf } from './field-values';

/**
 * Payload columns of an observation: its two texts of up to 20,000 characters and the
 * triage's texts of up to 5,000 each can pass one column's 63,999 as JSON (see list-schema).
 */
export const OBSERVATION_PAYLOAD_COLUMNS = 3;
import type { Fields, ListItem } from './sharepoint-lists';

/**
 * `createdAt|id`: text order is the board's order (newest first when descending), because
 * `createdAt` is always a 24-character `toISOString()` instant.
 */
export const sortKeyOf = (obs: Pick<Observation, 'createdAt' | 'id'>): string =>
  `${obs.createdAt}|${obs.id}`;

/**
 * The text whose order is the board's order in the position's sort (ascending for all but
 * newest first, which is SortKey descending): whole numbers zero-padded to one width, so text
 * order is number order. Ranks are below 10^14 (board-order.ts) and priorities below 10^4.
 */
export function boardKeyOf(position: SortedPosition): string {
  switch (position.sort) {
    case 'filed_desc':
    case 'filed_asc':
      return sortKeyOf(position);
    case 'waiting_desc':
      return `${String(position.rank).padStart(14, '0')}|${position.id}`;
    case 'priority_asc':
      return `${String(position.rank).padStart(4, '0')}|${position.createdAt}|${position.id}`;
  }
}

/**
 * The unique column that makes a replayed filing fail with 409. A filing without a key still
 * needs a value of its own: SharePoint skips empty values in the uniqueness check today, but
 * nothing promises it will.
 */
export const idempotencyKeyOf = (
  obs: Pick<Observation, 'id' | 'reporterId'>,
  key: string | null,
): string => (key === null ? `none|${obs.id}` : `${obs.reporterId}|${key}`);

/** The columns of the board's waiting and priority orders (see list-schema.ts). */
export const observationSortKeys = (
  obs: Pick<Observation, 'id' | 'createdAt' | 'firstAnsweredAt' | 'triage'>,
): { readonly WaitKey: string; readonly PriorityKey: string } => ({
  WaitKey: boardKeyOf(positionOf('waiting_desc', obs)),
  PriorityKey: boardKeyOf(positionOf('priority_asc', obs)),
});

/**
 * The columns queries filter, sort and select on, written beside the Payload on every write so
 * that they never disagree with it. Nulls are '' : an empty text column is what SharePoint
 * keeps for "no value" anyway.
 */
export function queryFieldsOf(obs: Observation): Fields {
  return {
    SortKey: sortKeyOf(obs),
    ...observationSortKeys(obs),
    Status: obs.status,
    ServiceArea: obs.serviceArea,
    Municipality: obs.municipality,
    Topic: obs.topic,
    Period: obs.period,
    ReporterId: obs.reporterId,
    SupervisorId: obs.supervisorId ?? '',
    Version: obs.version,
    CreatedAt: obs.createdAt,
    FirstAnsweredAt: obs.firstAnsweredAt ?? '',
    ...payloadFields(obs, OBSERVATION_PAYLOAD_COLUMNS),
  };
}

/** A new Observations item. */
export function newObservationFields(obs: Observation, idempotencyKey: string | null): Fields {
  return {
    ObservationId: obs.id,
    IdempotencyKey: idempotencyKeyOf(obs, idempotencyKey),
    ...queryFieldsOf(obs),
  };
}

/** The Payload is the source of truth; the query columns are only copies of parts of it. */
export const observationOf = (item: ListItem): Observation =>
  payloadOf(item.fields, OBSERVATION_PAYLOAD_COLUMNS) as Observation;

/**
 * Payload columns of a history entry: a resubmit's entry keeps both versions of the amended
 * texts (up to 20,000 characters each), which can pass one column's 63,999 as JSON. Entries
 * written before there were three read as before (the missing columns are empty).
 */
export const HISTORY_PAYLOAD_COLUMNS = 3;

export function historyFields(entry: HistoryEntry): Fields {
  return {
    EntryId: entry.id,
    ObservationId: entry.observationId,
    At: entry.at,
    ...payloadFields(entry, HISTORY_PAYLOAD_COLUMNS),
  };
}

export const historyEntryOf = (item: ListItem): HistoryEntry =>
  payloadOf(item.fields, HISTORY_PAYLOAD_COLUMNS) as HistoryEntry;

/**
 * The PairKey makes the same co-reporter of the same observation a 409, not a second row. The
 * observation's SortKey rides along (it never changes) so that "my reports" can page the
 * co-reported ones in order without reading them all.
 */
export const coReporterFields = (
  obs: Pick<Observation, 'createdAt' | 'id'>,
  userId: string,
): Fields => ({
  PairKey: `${obs.id}|${userId}`,
  ObservationId: obs.id,
  UserId: userId,
  SortKey: sortKeyOf(obs),
});
