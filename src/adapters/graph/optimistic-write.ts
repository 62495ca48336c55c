import { StorageUnavailableError } from '../../ports/storage-unavailable';
import type { ListKey } from './list-schema';
import {
  writeFailure,
  type Fields,
  type ListItem,
  type SharePointLists,
  type WriteRequest,
  type WriteResult,
} from './sharepoint-lists';

/** A failed write the caller does not handle itself, as the error to throw. */
export function unexpectedWrite(result: WriteResult): Error {
  const failure = writeFailure(result);
  if (failure !== null) return failure;
  return new Error(`Graph answered ${result.ok ? 'ok' : result.status} to a write unexpectedly`);
}

/** What to do with the item as it stands now (null: it does not exist); null: nothing. */
export type Decision =
  | { readonly op: 'create'; readonly fields: Fields }
  | { readonly op: 'update'; readonly fields: Fields }
  | { readonly op: 'delete' }
  | null;

function requestOf(
  list: ListKey,
  current: ListItem | null,
  decision: NonNullable<Decision>,
): WriteRequest {
  if (decision.op === 'create') return { op: 'create', list, fields: decision.fields };
  if (current === null) throw new Error(`Cannot ${decision.op} an item that does not exist`);
  return decision.op === 'update'
    ? { op: 'update', list, itemId: current.id, etag: current.etag, fields: decision.fields }
    : { op: 'delete', list, itemId: current.id, etag: current.etag };
}

/**
 * Rounds of read, decide, conditional write before we give up. Each lost round means another
 * writer changed the very item in between, so a handful is plenty; giving up surfaces as a
 * retryable StorageUnavailableError, having changed nothing.
 */
const MAX_ROUNDS = 8;

/**
 * Read-modify-write of the one item a unique key finds, without transactions: updates and
 * deletes carry the eTag read (`If-Match`), so a write that lost a race answers 412 instead of
 * overwriting, and a create of a taken key answers 409 (`enforceUniqueValues`); either way we
 * read again and decide again.
 * https://learn.microsoft.com/en-us/graph/api/listitem-update ("if-match … 412 Precondition
 * Failed … the item will not be updated")
 * https://learn.microsoft.com/en-us/graph/api/resources/columndefinition (enforceUniqueValues)
 *
 * Returns whether a write was made (false when `decide` chose nothing).
 */
export async function readModifyWrite(
  lists: SharePointLists,
  list: ListKey,
  keyFilter: string,
  decide: (current: ListItem | null) => Decision,
): Promise<boolean> {
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const current = await lists.findOne(list, keyFilter);
    const decision = decide(current);
    if (decision === null) return false;
    const result = await lists.writeOne(requestOf(list, current, decision));
    if (result.ok) return true;
    // 409: created by another meanwhile; 412: changed meanwhile; 404: deleted meanwhile.
    if (result.status === 409 || result.status === 412 || result.status === 404) continue;
    throw unexpectedWrite(result);
  }
  throw new StorageUnavailableError('unavailable');
}
