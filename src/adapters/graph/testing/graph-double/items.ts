import type { GraphRequest, HandlerContext } from './context';
import { GraphErrorSignal, graphError, ok, type GraphResponse } from './errors';
import { compareValues, evaluate, fieldsOf, parseFilter } from './odata-filter';
import { fieldsJson, itemJson } from './representation';
import { etagOf, type ColumnState, type ItemState, type ListState } from './state';

/** What SharePoint keeps in one "multiple lines of text" column. */
export const MULTI_LINE_TEXT_LIMIT = 63_999;

/** The header Graph asks for before it runs a filter or sort on a non-indexed column. */
export const HONOR_NON_INDEXED = 'HonorNonIndexedQueriesWarningMayFailRandomly';

type Expand = { readonly fields: boolean; readonly select: readonly string[] | null };

/** `$expand=fields` or `$expand=fields($select=A,B)`. */
function parseExpand(value: string | null): Expand {
  if (!value) return { fields: false, select: null };
  const match = /^fields(?:\(\$select=([^)]*)\))?$/.exec(value.trim());
  if (!match) return { fields: false, select: null };
  const select = match[1] ? match[1].split(',').map((s) => s.trim()) : null;
  return { fields: true, select };
}

type OrderKey = { readonly field: string; readonly desc: boolean };

function parseOrderBy(value: string | null): OrderKey[] {
  if (!value) return [];
  return value.split(',').map((part) => {
    const [subject = '', direction = 'asc'] = part.trim().split(/\s+/);
    if (!subject.startsWith('fields/')) {
      throw new GraphErrorSignal(400, 'invalidRequest', `Cannot order list items by '${subject}'.`);
    }
    const dir = direction.toLowerCase();
    if (dir !== 'asc' && dir !== 'desc') {
      throw new GraphErrorSignal(400, 'invalidRequest', `Invalid order direction '${direction}'.`);
    }
    return { field: subject.slice('fields/'.length), desc: dir === 'desc' };
  });
}

/** Opaque to clients: base64url of the list id and the offset of the next page. */
function encodeSkipToken(listId: string, offset: number): string {
  return Buffer.from(JSON.stringify({ l: listId, o: offset })).toString('base64url');
}

function decodeSkipToken(token: string, listId: string): number {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as unknown;
    const { l, o } = parsed as { l?: unknown; o?: unknown };
    if (l === listId && typeof o === 'number' && Number.isInteger(o) && o >= 0) return o;
  } catch {
    // falls through to the error below
  }
  throw new GraphErrorSignal(400, 'invalidRequest', 'The $skiptoken is not valid.');
}

function columnOrError(list: ListState, name: string) {
  const column = list.columns.find((c) => c.name === name);
  if (!column) {
    throw new GraphErrorSignal(400, 'invalidRequest', `Field '${name}' is not recognized`);
  }
  return column;
}

/**
 * `GET …/items`: `$filter`, `$orderby` (then by id), `$top` (default and max from the limits),
 * `$expand=fields`, and `@odata.nextLink` carrying the original query plus an opaque
 * `$skiptoken` until the last page.
 */
export function listItems(list: ListState, req: GraphRequest, ctx: HandlerContext): GraphResponse {
  const filterText = req.query.get('$filter');
  const filter = filterText ? parseFilter(filterText) : null;
  const order = parseOrderBy(req.query.get('$orderby'));
  const referenced = [...(filter ? fieldsOf(filter) : []), ...order.map((o) => o.field)];
  const prefer = (req.headers['prefer'] ?? '').split(',').map((p) => p.trim());
  for (const name of referenced) {
    const column = columnOrError(list, name);
    if (
      !column.indexed &&
      (ctx.limits.strictNonIndexedQueries || list.items.size > ctx.limits.listViewThreshold) &&
      !prefer.includes(HONOR_NON_INDEXED)
    ) {
      // What SharePoint answers through Graph for a non-indexed column in $filter/$orderby.
      return graphError(
        400,
        'invalidRequest',
        `Field '${name}' cannot be referenced in filter or orderby as it is not indexed. ` +
          `Provide the 'Prefer: ${HONOR_NON_INDEXED}' header to allow this, but be warned ` +
          'that such queries may fail on large lists.',
      );
    }
  }

  const topText = req.query.get('$top');
  let top = ctx.limits.defaultPageSize;
  if (topText !== null) {
    const n = Number(topText);
    if (!Number.isInteger(n) || n < 1) {
      return graphError(400, 'invalidRequest', `Invalid $top value '${topText}'.`);
    }
    top = Math.min(n, ctx.limits.maxPageSize);
  }
  const skipToken = req.query.get('$skiptoken');
  const offset = skipToken ? decodeSkipToken(skipToken, list.id) : 0;

  let rows = [...list.items.values()];
  if (filter) rows = rows.filter((item) => evaluate(filter, item.fields));
  rows.sort((a, b) => {
    for (const key of order) {
      const c = compareValues(a.fields[key.field], b.fields[key.field]);
      if (c !== 0) return key.desc ? -c : c;
    }
    return Number(a.id) - Number(b.id);
  });
  const page = rows.slice(offset, offset + top);
  const expand = parseExpand(req.query.get('$expand'));

  const body: Record<string, unknown> = {
    '@odata.context': `${ctx.serviceRoot}/$metadata#listItems`,
    value: page.map((item) => itemJson(item, expand.fields, expand.select)),
  };
  if (offset + top < rows.length) {
    const next = new URLSearchParams(req.query);
    next.delete('$skiptoken');
    next.set('$skiptoken', encodeSkipToken(list.id, offset + top));
    body['@odata.nextLink'] = `${ctx.serviceRoot}${req.path}?${next.toString()}`;
  }
  return ok(200, body);
}

/**
 * The longest text a column takes: a single line of text at most 255 characters (or its
 * `maxLength`), multiple lines of text 63,999 — SharePoint's column limits.
 */
function textLimitOf(column: ColumnState): number | null {
  if (column.kind !== 'text') return null;
  const text = column.facet['text'] as { allowMultipleLines?: unknown; maxLength?: unknown };
  if (text?.allowMultipleLines === true) return MULTI_LINE_TEXT_LIMIT;
  return typeof text?.maxLength === 'number' ? Math.min(text.maxLength, 255) : 255;
}

/** Column values a client may write: known, not read-only; `@odata.*` annotations ignored. */
function writableFields(list: ListState, value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new GraphErrorSignal(400, 'invalidRequest', 'Expected an object of field values.');
  }
  const out: Record<string, unknown> = {};
  for (const [name, v] of Object.entries(value as Record<string, unknown>)) {
    if (name.startsWith('@odata.')) continue;
    const column = columnOrError(list, name);
    if (column.readOnly) {
      throw new GraphErrorSignal(400, 'invalidRequest', `Field '${name}' is read-only`);
    }
    const limit = textLimitOf(column);
    if (limit !== null && typeof v === 'string' && v.length > limit) {
      throw new GraphErrorSignal(
        400,
        'invalidRequest',
        `The value of field '${name}' is longer than ${limit} characters.`,
      );
    }
    out[name] = v;
  }
  return out;
}

/**
 * SharePoint refuses a write that would repeat a value of a column with `enforceUniqueValues`
 * (empty values are not compared). Graph answers 409 Conflict; the exact error code is not
 * documented, so the double uses a generic one and clients should rely on the status.
 */
function checkUnique(
  list: ListState,
  fields: Record<string, unknown>,
  self: ItemState | null,
): void {
  for (const column of list.columns) {
    if (!column.enforceUniqueValues) continue;
    const value = fields[column.name];
    if (value === undefined || value === null || value === '') continue;
    // Every create compares with every item: the text made once, and none made for a text.
    const wanted = String(value);
    for (const other of list.items.values()) {
      const theirs = other.fields[column.name];
      const same = typeof theirs === 'string' ? theirs === wanted : String(theirs) === wanted;
      if (other !== self && same) {
        throw new GraphErrorSignal(
          409,
          'nameAlreadyExists',
          'The list item could not be added or updated because duplicate values were found ' +
            'in one or more fields in the list.',
        );
      }
    }
  }
}

export function createItem(list: ListState, req: GraphRequest, ctx: HandlerContext): GraphResponse {
  const body = req.body as { fields?: unknown } | null;
  const fields = writableFields(list, body?.fields ?? {});
  checkUnique(list, fields, null);
  const item = ctx.state.addItem(list, fields);
  return ok(201, itemJson(item, true), { ETag: etagOf(item) });
}

function findItem(list: ListState, itemId: string): ItemState {
  const item = list.items.get(itemId);
  if (!item)
    throw new GraphErrorSignal(404, 'itemNotFound', 'The specified list item was not found.');
  return item;
}

/**
 * `If-Match`: absent or `*` always passes; otherwise it must be the item's current eTag
 * (quotes and a weak `W/` prefix tolerated).
 */
function checkIfMatch(item: ItemState, req: GraphRequest): void {
  const header = req.headers['if-match'];
  if (header === undefined || header.trim() === '*') return;
  const normalize = (e: string) => e.trim().replace(/^W\//, '').replace(/^"|"$/g, '');
  if (normalize(header) !== normalize(etagOf(item))) {
    throw new GraphErrorSignal(
      412,
      'resourceModified',
      'The request ETag value does not match the object ETag value.',
    );
  }
}

function touch(item: ItemState, fields: Record<string, unknown>): void {
  const now = new Date().toISOString();
  item.version += 1;
  item.lastModifiedDateTime = now;
  item.fields = { ...item.fields, ...fields, Modified: now };
}

export function getItem(list: ListState, itemId: string, req: GraphRequest): GraphResponse {
  const item = findItem(list, itemId);
  const expand = parseExpand(req.query.get('$expand'));
  return ok(200, itemJson(item, expand.fields, expand.select), { ETag: etagOf(item) });
}

export function getItemFields(list: ListState, itemId: string): GraphResponse {
  const item = findItem(list, itemId);
  return ok(200, fieldsJson(item, null), { ETag: etagOf(item) });
}

/** `PATCH …/items/{id}` with `{ fields: {…} }`: answers the listItem. */
export function updateItem(list: ListState, itemId: string, req: GraphRequest): GraphResponse {
  const item = findItem(list, itemId);
  checkIfMatch(item, req);
  const body = req.body as { fields?: unknown } | null;
  const fields = writableFields(list, body?.fields ?? {});
  checkUnique(list, fields, item);
  touch(item, fields);
  return ok(200, itemJson(item, true), { ETag: etagOf(item) });
}

/** `PATCH …/items/{id}/fields` with the values themselves: answers the fieldValueSet. */
export function updateItemFields(
  list: ListState,
  itemId: string,
  req: GraphRequest,
): GraphResponse {
  const item = findItem(list, itemId);
  checkIfMatch(item, req);
  const fields = writableFields(list, req.body ?? {});
  checkUnique(list, fields, item);
  touch(item, fields);
  return ok(200, fieldsJson(item, null), { ETag: etagOf(item) });
}

export function deleteItem(list: ListState, itemId: string, req: GraphRequest): GraphResponse {
  const item = findItem(list, itemId);
  checkIfMatch(item, req);
  list.items.delete(item.id);
  return ok(204, null);
}
