import { randomUUID } from 'node:crypto';
import { StorageUnavailableError } from '../../ports/storage-unavailable';
import { deleteCreated, type ChainStep } from './chained-write';
import { numberOf, payloadColumn, payloadOf, piecesOf, textOf } from './field-values';
import type { ListKey } from './list-schema';
import { eq } from './odata-filter';
import type { Fields, ListItem, SharePointLists } from './sharepoint-lists';

/**
 * Records whose JSON can outgrow their item's Payload columns (a compilation of thousands of
 * observations: megabytes; minutes of 2,000 items; an enrichment request's answers) keep it in
 * items of the Record parts list instead, 60,000 characters each, and their own item says
 * where: `Parts` (how many; 0 when the item's Payload holds the JSON) and `PartsId`.
 *
 * Every writing of such a record gets a new PartsId, and its parts are written in the same
 * `$batch` chain as the record's item, before it: the item points to parts only once they are
 * all there, and if a part or the item fails, the chain's undo deletes the parts written. A
 * save drops the parts of the writing it replaced only after it stood. So a reader never
 * takes a record from parts that are not all there: it finds them all, or finds some missing
 * because the record was saved again meanwhile (it reads the item again), or — parts deleted
 * by hand — gets an error, never half a record.
 *
 * What stays behind: parts of a writing whose undo failed too (two failures in a row) or
 * whose process died before its item was written. No item points to them, so they are never
 * read; their RecordKey (`compilation|<id>`) finds them for an admin who wants the space.
 */

/** Parts read a request: each up to 60,000 characters, so a page stays about a megabyte. */
const PARTS_PAGE = 20;
/** Rounds of reading a record that is being saved again while it is read. */
const MAX_ROUNDS = 8;
/** Graph's largest page of list items. */
const MAX_PAGE = 5000;

/** A record's JSON as it is written: its item's columns, and the parts to write before it. */
export type StoredJson = {
  /** The item's Payload columns (all of them, '' when in parts), `Parts` and `PartsId`. */
  readonly fields: Fields;
  /** Creates of the parts, each deleted again if the chain fails; none when inline. */
  readonly parts: readonly ChainStep[];
};

/**
 * `record` as JSON in the item's `columns` Payload columns when it fits them, else in parts of
 * a new writing (`recordKey`: `kind|id`, for finding them by record).
 */
export function storedJson(record: unknown, recordKey: string, columns: number): StoredJson {
  const pieces = piecesOf(JSON.stringify(record));
  const inline = pieces.length <= columns;
  const fields: Record<string, unknown> = {};
  // Every column is written, so a shorter record leaves no tail of a longer one behind.
  for (let i = 0; i < columns; i += 1) fields[payloadColumn(i)] = inline ? (pieces[i] ?? '') : '';
  if (inline) return { fields: { ...fields, Parts: 0, PartsId: '' }, parts: [] };
  const partsId = randomUUID();
  return {
    fields: { ...fields, Parts: pieces.length, PartsId: partsId },
    parts: pieces.map((piece, part) => ({
      request: {
        op: 'create',
        list: 'recordParts',
        fields: {
          PartKey: `${partsId}|${part}`,
          PartsId: partsId,
          RecordKey: recordKey,
          Part: part,
          Payload: piece,
        },
      },
      undo: deleteCreated('recordParts'),
    })),
  };
}

/** The PartsId an item points to, null when its JSON is in its own Payload. */
export const partsIdOf = (item: ListItem): string | null =>
  numberOf(item.fields, 'Parts') > 0 ? textOf(item.fields, 'PartsId') : null;

/** The item's stored-JSON columns as they are (what an undo writes back). */
export function storedFieldsOf(item: ListItem, columns: number): Fields {
  const fields: Record<string, unknown> = {
    Parts: numberOf(item.fields, 'Parts'),
    PartsId: textOf(item.fields, 'PartsId') ?? '',
  };
  for (let i = 0; i < columns; i += 1) {
    fields[payloadColumn(i)] = textOf(item.fields, payloadColumn(i)) ?? '';
  }
  return fields;
}

type Loaded = { readonly complete: true; readonly value: unknown } | { readonly complete: false };

/** The item's record, from its Payload columns or its parts; incomplete when parts are gone. */
async function load(lists: SharePointLists, item: ListItem, columns: number): Promise<Loaded> {
  const partsId = partsIdOf(item);
  if (partsId === null) return { complete: true, value: payloadOf(item.fields, columns) };
  const count = numberOf(item.fields, 'Parts');
  const items = await lists.collect('recordParts', {
    filter: eq('PartsId', partsId),
    select: ['Part', 'Payload'],
    top: PARTS_PAGE,
  });
  const pieces = new Map<number, string>();
  for (const part of items) {
    pieces.set(numberOf(part.fields, 'Part'), textOf(part.fields, 'Payload') ?? '');
  }
  let json = '';
  for (let part = 0; part < count; part += 1) {
    const piece = pieces.get(part);
    if (piece === undefined) return { complete: false };
    json += piece;
  }
  return { complete: true, value: JSON.parse(json) as unknown };
}

/**
 * The item a unique key's filter finds and its record, or null. Parts missing because the
 * record was saved again while it was read: reads it again.
 */
export async function readRecord(
  lists: SharePointLists,
  list: ListKey,
  filter: string,
  columns: number,
): Promise<{ readonly item: ListItem; readonly value: unknown } | null> {
  let item = await lists.findOne(list, filter);
  for (let round = 1; item !== null; round += 1) {
    const loaded = await load(lists, item, columns);
    if (loaded.complete) return { item, value: loaded.value };
    const again = await lists.findOne(list, filter);
    if (again !== null && partsIdOf(again) === partsIdOf(item)) {
      // Not saved again: its parts were deleted. Half a record is never an answer.
      throw new Error(`Parts of ${list} item ${item.id} are missing (PartsId ${partsIdOf(item)})`);
    }
    if (round >= MAX_ROUNDS) throw new StorageUnavailableError('unavailable');
    item = again;
  }
  return null;
}

/**
 * The records of `items` (read with all their columns), in their order: those in parts read
 * a few at a time; one saved again meanwhile read again by its key (`filterOf`), one gone
 * since left out.
 */
export async function recordsOf(
  lists: SharePointLists,
  list: ListKey,
  items: readonly ListItem[],
  filterOf: (item: ListItem) => string,
  columns: number,
): Promise<unknown[]> {
  const values: (unknown | undefined)[] = [];
  const wave = 4;
  for (let start = 0; start < items.length; start += wave) {
    const loaded = await Promise.all(
      items.slice(start, start + wave).map(async (item) => {
        const first = await load(lists, item, columns);
        if (first.complete) return first.value;
        return (await readRecord(lists, list, filterOf(item), columns))?.value;
      }),
    );
    values.push(...loaded);
  }
  return values.filter((value) => value !== undefined);
}

/**
 * Deletes the parts of a writing no item points to any more (a save replaced it). Best
 * effort: parts left behind are never read, and the save they belonged to stands.
 */
export async function dropParts(lists: SharePointLists, partsId: string): Promise<void> {
  try {
    const items = await lists.collect('recordParts', {
      filter: eq('PartsId', partsId),
      select: ['Part'],
      top: MAX_PAGE,
    });
    if (items.length === 0) return;
    await lists.write(
      items.map((item) => ({
        op: 'delete' as const,
        list: 'recordParts' as const,
        itemId: item.id,
        etag: null,
      })),
      'independent',
    );
  } catch {
    // Left behind: see above.
  }
}
