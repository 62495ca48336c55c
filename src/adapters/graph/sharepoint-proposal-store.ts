import type { Proposal } from '../../domain/proposal/proposal';
import type { ProposalStore } from '../../ports/proposal-store';
import { StorageUnavailableError } from '../../ports/storage-unavailable';
import { chainFailure, deleteCreated, writeChain, type ChainStep } from './chained-write';
import { eq } from './odata-filter';
import { outboxSteps } from './outbox-fields';
import type { ListItem, SharePointLists } from './sharepoint-lists';
import {
  inOrderOf,
  newProposalFields,
  proposalEntryFields,
  proposalEntryOf,
  proposalFields,
  proposalOf,
} from './workspace-fields';

/** Graph's largest page of list items: the fewest requests for a whole list. */
const MAX_PAGE = 5000;
/**
 * Rounds of read and conditional write before `save` gives up (as optimistic-write.ts): a
 * round is lost only when the item's eTag moved on while its version stayed (an undone
 * change does that), so a handful is plenty.
 */
const MAX_ROUNDS = 8;

const byId = (id: string): string => eq('ProposalId', id);

/**
 * The ProposalStore on SharePoint lists: a Proposals item per proposal (its JSON in Payload
 * columns, `Version` beside it) and a Proposal history item per entry.
 *
 * SharePoint has no transactions, so `save` does what the observation store's `transition`
 * does, in the same order and with the same recovery:
 * 1. It reads the proposal; a version other than the caller's is `stale`, no item
 *    `not_found`, and nothing is written.
 * 2. One `$batch` chain (each request `dependsOn` the one before, so the first failure stops
 *    the rest, which answer 424): the proposal's update with `If-Match` the eTag read, then
 *    the history entry (unique EntryId), then one Outbox item per notification (unique
 *    NotificationKey; a key the outbox holds already counts as written). More than 20 writes
 *    (a decision telling many reporters) go as consecutive batches of the same chain.
 * 3. A 412 or 404 on the update (a concurrent save came first) wrote nothing: read again,
 *    which then answers `stale` or `not_found` (or tries again if only the eTag moved on).
 * 4. Any later failure takes back what the chain did, newest first (writeChain): the Outbox
 *    items and the entry are deleted and the proposal's previous columns are written back
 *    with `If-Match` the eTag of our own update, so a change someone made on top of it in
 *    between is never overwritten. Then the failure is thrown (StorageUnavailableError for
 *    the service's failures): the caller may send the same save again, the version is the
 *    one it expected.
 *
 * What this cannot promise, as for `transition`: if the undo fails too (two failures in a
 * row), or the process dies between the failure and the undo, part of the save stays (e.g.
 * the move without its entry or notifications); if someone saved on top of our update before
 * the undo, their save stands and so does ours beneath it; and a notification the delivery
 * worker claimed in the seconds before the undo deleted it may have gone out. A notification
 * is never written without the move it tells of having been written first.
 */
export function createSharePointProposalStore(lists: SharePointLists): ProposalStore {
  /** Writes `next` over `item` under its eTag, with the further steps chained after it. */
  const update = async (
    item: ListItem,
    previous: Proposal,
    next: Proposal,
    after: readonly ChainStep[],
  ): Promise<'ok' | 'changed'> => {
    const outcome = await writeChain(lists, [
      {
        request: {
          op: 'update',
          list: 'proposals',
          itemId: item.id,
          etag: item.etag,
          fields: proposalFields(next),
        },
        undo: (written) => ({
          op: 'update',
          list: 'proposals',
          itemId: item.id,
          // Unconditional only if Graph's answer carried no eTag (see the observation store).
          etag: written !== null && written.etag !== '' ? written.etag : null,
          fields: proposalFields(previous),
        }),
      },
      ...after,
    ]);
    if (outcome.ok) return 'ok';
    const { failedAt, result } = outcome;
    if (failedAt === 0 && !result.ok && (result.status === 412 || result.status === 404)) {
      return 'changed';
    }
    throw chainFailure(result, `Saving proposal ${next.id} failed`);
  };

  return {
    async create(proposal, created) {
      const outcome = await writeChain(lists, [
        {
          request: { op: 'create', list: 'proposals', fields: newProposalFields(proposal) },
          undo: deleteCreated('proposals'),
        },
        {
          request: {
            op: 'create',
            list: 'proposalHistory',
            fields: proposalEntryFields(created),
          },
          undo: deleteCreated('proposalHistory'),
        },
      ]);
      if (outcome.ok) return proposal;
      // 409 on the first: the id is taken. Ids are made fresh for each proposal: a bug.
      throw chainFailure(
        outcome.result,
        outcome.failedAt === 0
          ? `Proposal ${proposal.id} could not be created`
          : `History entry ${created.id} could not be stored`,
      );
    },

    async get(id) {
      const item = await lists.findOne('proposals', byId(id));
      return item === null ? null : proposalOf(item);
    },

    async list() {
      const items = await lists.collect('proposals', {
        orderBy: 'fields/SortKey desc',
        top: MAX_PAGE,
      });
      return items.map(proposalOf);
    },

    async save(next, expectedVersion, entry, notifications) {
      const record: Proposal = { ...next, version: expectedVersion + 1 };
      const after: ChainStep[] = [
        ...(entry === null
          ? []
          : [
              {
                request: {
                  op: 'create',
                  list: 'proposalHistory',
                  fields: proposalEntryFields(entry),
                },
                undo: deleteCreated('proposalHistory'),
              } satisfies ChainStep,
            ]),
        ...outboxSteps(notifications),
      ];
      for (let round = 0; round < MAX_ROUNDS; round += 1) {
        const item = await lists.findOne('proposals', byId(next.id));
        if (item === null) return { kind: 'not_found' };
        const current = proposalOf(item);
        if (current.version !== expectedVersion) return { kind: 'stale', current };
        if ((await update(item, current, record, after)) === 'ok') {
          return { kind: 'ok', record };
        }
      }
      throw new StorageUnavailableError('unavailable');
    },

    async history(id) {
      const items = await lists.collect('proposalHistory', { filter: eq('ProposalId', id) });
      // `At` is not indexed (Graph would refuse to sort on it): a proposal's few entries are
      // ordered here, by time and then by item id (creation order).
      return inOrderOf('At', items).map(proposalEntryOf);
    },
  };
}
