import type { RecordWriteOutcome } from '../../ports/phenomenon-store';
import { StorageUnavailableError } from '../../ports/storage-unavailable';
import { chainFailure, deleteCreated, writeChain, type ChainStep } from './chained-write';
import type { ListKey } from './list-schema';
import { eq } from './odata-filter';
import {
  dropParts,
  partsIdOf,
  readRecord,
  recordsOf,
  storedFieldsOf,
  storedJson,
} from './record-parts';
import type { Fields, SharePointLists } from './sharepoint-lists';

/** Graph's largest page of list items: the fewest requests for a whole list. */
const MAX_PAGE = 5000;
/**
 * Rounds of read and conditional write before `save` gives up (as optimistic-write.ts): a
 * round is lost only when the item's eTag moved on while its version stayed (an undone
 * change does that), so a handful is plenty.
 */
const MAX_ROUNDS = 8;

/**
 * A list of one kind of record kept as JSON (record-fields.ts says which): an item per record,
 * found by its unique id column, its JSON in the item's Payload columns or in Record parts.
 */
export type RecordList<T extends { readonly id: string }> = {
  readonly list: ListKey;
  /** `meeting`, `compilation`, …: the RecordKey prefix of its parts, and in messages. */
  readonly kind: string;
  readonly idColumn: string;
  /** Payload columns of the JSON on the item itself; 0: always in parts. */
  readonly payloadColumns: number;
  /** The other columns, written with every write (sort keys, Version, a summary). */
  readonly columnsOf: (record: T) => Fields;
};

const byId = <T extends { readonly id: string }>(spec: RecordList<T>, id: string): string =>
  eq(spec.idColumn, id);

const recordKeyOf = <T extends { readonly id: string }>(spec: RecordList<T>, id: string) =>
  `${spec.kind}|${id}`;

/**
 * Creates the record's item as one `$batch` chain: its parts (if any) first, then the item,
 * then `after` (Outbox items). `taken`: an item with its id is there already (409 on the
 * unique id), and nothing of this create stays. Any other failure takes back what the chain
 * wrote (writeChain) and is thrown.
 */
export async function createRecord<T extends { readonly id: string }>(
  lists: SharePointLists,
  spec: RecordList<T>,
  record: T,
  after: readonly ChainStep[] = [],
): Promise<'created' | 'taken'> {
  const stored = storedJson(record, recordKeyOf(spec, record.id), spec.payloadColumns);
  const at = stored.parts.length;
  const outcome = await writeChain(lists, [
    ...stored.parts,
    {
      request: {
        op: 'create',
        list: spec.list,
        fields: { [spec.idColumn]: record.id, ...spec.columnsOf(record), ...stored.fields },
      },
      undo: deleteCreated(spec.list),
    },
    ...after,
  ]);
  if (outcome.ok) return 'created';
  const { failedAt, result } = outcome;
  if (failedAt === at && !result.ok && result.status === 409) return 'taken';
  throw chainFailure(
    result,
    failedAt < at
      ? `A part of ${spec.kind} ${record.id} could not be stored`
      : failedAt === at
        ? `The ${spec.kind} ${record.id} could not be created`
        : `A notification of ${spec.kind} ${record.id} could not be stored`,
  );
}

export async function getRecord<T extends { readonly id: string }>(
  lists: SharePointLists,
  spec: RecordList<T>,
  id: string,
): Promise<T | null> {
  const found = await readRecord(lists, spec.list, byId(spec, id), spec.payloadColumns);
  return found === null ? null : (found.value as T);
}

/** Every record, in the order of an indexed column (`fields/SortKey desc`). */
export async function listRecords<T extends { readonly id: string }>(
  lists: SharePointLists,
  spec: RecordList<T>,
  orderBy: string,
): Promise<T[]> {
  const items = await lists.collect(spec.list, { orderBy, top: MAX_PAGE });
  const values = await recordsOf(
    lists,
    spec.list,
    items,
    (item) => byId(spec, String(item.fields[spec.idColumn] ?? '')),
    spec.payloadColumns,
  );
  return values as T[];
}

/**
 * Replaces the record with `next` (version `expectedVersion + 1`) if that is current, as the
 * proposal store's `save` does (see there for what this cannot promise):
 * 1. It reads the record; another version is `stale`, no item `not_found`: nothing written.
 * 2. One `$batch` chain: the new writing's parts (if its JSON does not fit the item), the
 *    item's update with `If-Match` the eTag read, then `after` (Outbox items).
 * 3. A 412 or 404 on the update (a concurrent save came first): the chain's undo deleted the
 *    parts; read again, which then answers `stale` or `not_found` (or tries again if only the
 *    eTag moved on).
 * 4. Any later failure takes back what the chain did, newest first: the Outbox items are
 *    deleted, the item's previous columns (pointing to its previous parts, still there) are
 *    written back with `If-Match` the eTag of our own update, the new parts deleted. Then the
 *    failure is thrown; the caller may send the same save again.
 * 5. After the chain stood, the parts of the writing it replaced are deleted (best effort).
 */
export async function saveRecord<T extends { readonly id: string; readonly version: number }>(
  lists: SharePointLists,
  spec: RecordList<T>,
  next: T,
  expectedVersion: number,
  after: readonly ChainStep[] = [],
): Promise<RecordWriteOutcome<T>> {
  const record: T = { ...next, version: expectedVersion + 1 };
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const found = await readRecord(lists, spec.list, byId(spec, next.id), spec.payloadColumns);
    if (found === null) return { kind: 'not_found' };
    const { item } = found;
    const current = found.value as T;
    if (current.version !== expectedVersion) return { kind: 'stale', current };
    const stored = storedJson(record, recordKeyOf(spec, record.id), spec.payloadColumns);
    const at = stored.parts.length;
    const outcome = await writeChain(lists, [
      ...stored.parts,
      {
        request: {
          op: 'update',
          list: spec.list,
          itemId: item.id,
          etag: item.etag,
          fields: { ...spec.columnsOf(record), ...stored.fields },
        },
        undo: (written) => ({
          op: 'update',
          list: spec.list,
          itemId: item.id,
          // Unconditional only if Graph's answer carried no eTag (see the observation store).
          etag: written !== null && written.etag !== '' ? written.etag : null,
          fields: { ...spec.columnsOf(current), ...storedFieldsOf(item, spec.payloadColumns) },
        }),
      },
      ...after,
    ]);
    if (outcome.ok) {
      const replaced = partsIdOf(item);
      if (replaced !== null) await dropParts(lists, replaced);
      return { kind: 'ok', record };
    }
    const { failedAt, result } = outcome;
    if (failedAt === at && !result.ok && (result.status === 412 || result.status === 404)) {
      continue;
    }
    throw chainFailure(result, `Saving ${spec.kind} ${next.id} failed`);
  }
  throw new StorageUnavailableError('unavailable');
}
