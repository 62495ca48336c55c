import type { Phenomenon, PhenomenonLink } from '../../domain/phenomenon/phenomenon';
import type { Proposal, ProposalHistoryEntry } from '../../domain/proposal/proposal';
import { payloadFields, payloadOf, textOf } from './field-values';
import { sortKeyOf } from './observation-fields';
import type { Fields, ListItem } from './sharepoint-lists';

/**
 * The RAKE working group's records (phenomena, their links, proposals and their history) as
 * list items. As for observations, the Payload is the source of truth and the other columns
 * are copies of the parts queries need, written beside it on every write (see list-schema.ts
 * for why each record has as many Payload columns as it has).
 */
export const PHENOMENON_PAYLOAD_COLUMNS = 2;
export const PROPOSAL_PAYLOAD_COLUMNS = 4;
export const PROPOSAL_ENTRY_PAYLOAD_COLUMNS = 2;

export const phenomenonFields = (phenomenon: Phenomenon): Fields => ({
  SortKey: sortKeyOf(phenomenon),
  Version: phenomenon.version,
  ...payloadFields(phenomenon, PHENOMENON_PAYLOAD_COLUMNS),
});

export const newPhenomenonFields = (phenomenon: Phenomenon): Fields => ({
  PhenomenonId: phenomenon.id,
  ...phenomenonFields(phenomenon),
});

export const phenomenonOf = (item: ListItem): Phenomenon =>
  payloadOf(item.fields, PHENOMENON_PAYLOAD_COLUMNS) as Phenomenon;

/** The unique key of a link: the same pair linked twice answers 409, not a second item. */
export const linkKeyOf = (phenomenonId: string, observationId: string): string =>
  `${phenomenonId}|${observationId}`;

export const linkFields = (link: PhenomenonLink): Fields => ({
  LinkKey: linkKeyOf(link.phenomenonId, link.observationId),
  PhenomenonId: link.phenomenonId,
  ObservationId: link.observationId,
  LinkedBy: link.linkedBy,
  LinkedAt: link.linkedAt,
});

export const linkOf = (item: ListItem): PhenomenonLink => ({
  phenomenonId: textOf(item.fields, 'PhenomenonId') ?? '',
  observationId: textOf(item.fields, 'ObservationId') ?? '',
  linkedBy: textOf(item.fields, 'LinkedBy') ?? '',
  linkedAt: textOf(item.fields, 'LinkedAt') ?? '',
});

export const proposalFields = (proposal: Proposal): Fields => ({
  SortKey: sortKeyOf(proposal),
  Version: proposal.version,
  ...payloadFields(proposal, PROPOSAL_PAYLOAD_COLUMNS),
});

export const newProposalFields = (proposal: Proposal): Fields => ({
  ProposalId: proposal.id,
  ...proposalFields(proposal),
});

export const proposalOf = (item: ListItem): Proposal =>
  payloadOf(item.fields, PROPOSAL_PAYLOAD_COLUMNS) as Proposal;

export const proposalEntryFields = (entry: ProposalHistoryEntry): Fields => ({
  EntryId: entry.id,
  ProposalId: entry.proposalId,
  At: entry.at,
  ...payloadFields(entry, PROPOSAL_ENTRY_PAYLOAD_COLUMNS),
});

export const proposalEntryOf = (item: ListItem): ProposalHistoryEntry =>
  payloadOf(item.fields, PROPOSAL_ENTRY_PAYLOAD_COLUMNS) as ProposalHistoryEntry;

/**
 * Items in the order of a text column and then of their item ids, which SharePoint hands out
 * in the order items were created: a record's few history entries or links are ordered here,
 * as Graph sorts only on indexed columns.
 */
export function inOrderOf(column: string, items: readonly ListItem[]): ListItem[] {
  const at = (item: ListItem): string => textOf(item.fields, column) ?? '';
  return [...items].sort((a, b) =>
    at(a) < at(b) ? -1 : at(a) > at(b) ? 1 : Number(a.id) - Number(b.id),
  );
}
