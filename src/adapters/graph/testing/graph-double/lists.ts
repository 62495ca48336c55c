import { randomUUID } from 'node:crypto';
import type { GraphRequest, HandlerContext } from './context';
import { graphError, ok, type GraphResponse } from './errors';
import { columnJson, listJson } from './representation';
import type { ColumnKind, ColumnState, ListState, SiteState } from './state';

const KINDS: readonly ColumnKind[] = ['text', 'number', 'dateTime', 'boolean', 'choice'];

function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/** Reads a columnDefinition; null when it has no name. Unknown facets are kept as text. */
function columnFrom(body: Record<string, unknown>): ColumnState | null {
  const name = body['name'];
  if (typeof name !== 'string' || name === '') return null;
  const kind = KINDS.find((k) => asRecord(body[k])) ?? 'text';
  return {
    id: randomUUID(),
    name,
    displayName: typeof body['displayName'] === 'string' ? body['displayName'] : name,
    kind,
    facet: { [kind]: asRecord(body[kind]) ?? {} },
    indexed: body['indexed'] === true,
    enforceUniqueValues: body['enforceUniqueValues'] === true,
    readOnly: false,
  };
}

function addColumn(list: ListState, body: unknown): GraphResponse {
  const record = asRecord(body);
  const column = record && columnFrom(record);
  if (!column) return graphError(400, 'invalidRequest', 'A column needs a name.');
  if (column.enforceUniqueValues && !column.indexed) {
    return graphError(
      400,
      'invalidRequest',
      'A column that enforces unique values must be indexed.',
    );
  }
  if (list.columns.some((c) => c.name.toLowerCase() === column.name.toLowerCase())) {
    return graphError(
      409,
      'nameAlreadyExists',
      `A duplicate field name "${column.name}" was found.`,
    );
  }
  list.columns.push(column);
  return ok(201, columnJson(column));
}

export function listLists(site: SiteState, req: GraphRequest, ctx: HandlerContext): GraphResponse {
  let lists = [...site.lists.values()];
  const filter = req.query.get('$filter');
  if (filter) {
    const match = /^\s*displayName\s+eq\s+'((?:[^']|'')*)'\s*$/i.exec(filter);
    if (!match) {
      return graphError(400, 'invalidRequest', 'The double filters lists only on displayName eq.');
    }
    const name = (match[1] ?? '').replace(/''/g, "'");
    lists = lists.filter((l) => l.displayName === name);
  }
  const withColumns = (req.query.get('$expand') ?? '').split(',').includes('columns');
  return ok(200, {
    '@odata.context': `${ctx.serviceRoot}/$metadata#sites('${site.id}')/lists`,
    value: lists.map((l) => listJson(l, withColumns)),
  });
}

export function createList(site: SiteState, req: GraphRequest, ctx: HandlerContext): GraphResponse {
  const body = asRecord(req.body);
  const displayName = body?.['displayName'];
  if (!body || typeof displayName !== 'string' || displayName === '') {
    return graphError(400, 'invalidRequest', 'A list needs a displayName.');
  }
  if ([...site.lists.values()].some((l) => l.displayName === displayName)) {
    return graphError(
      409,
      'nameAlreadyExists',
      'A list, survey, discussion board, or document library with the specified title already exists in this Web site.',
    );
  }
  const columns = Array.isArray(body['columns']) ? (body['columns'] as unknown[]) : [];
  const parsed = columns.map((c) => (asRecord(c) ? columnFrom(asRecord(c) ?? {}) : null));
  if (parsed.some((c) => c === null)) {
    return graphError(400, 'invalidRequest', 'Every column needs a name.');
  }
  const template = asRecord(body['list'])?.['template'];
  const list = ctx.state.createList(
    site,
    displayName,
    typeof template === 'string' ? template : 'genericList',
  );
  for (const column of parsed) {
    const response = addColumn(list, column ? { ...columnJson(column) } : {});
    if (response.status !== 201) {
      site.lists.delete(list.id);
      return response;
    }
  }
  return ok(201, listJson(list, true));
}

export function getList(list: ListState, req: GraphRequest): GraphResponse {
  const withColumns = (req.query.get('$expand') ?? '').split(',').includes('columns');
  return ok(200, listJson(list, withColumns));
}

export function listColumns(list: ListState): GraphResponse {
  return ok(200, { value: list.columns.map(columnJson) });
}

export function createColumn(list: ListState, req: GraphRequest): GraphResponse {
  return addColumn(list, req.body);
}

/**
 * `PATCH …/columns/{column-id}`: `indexed`, `enforceUniqueValues` and `displayName` (what
 * provisioning changes). Unique values need an index, and existing duplicates forbid them.
 */
export function updateColumn(list: ListState, columnId: string, req: GraphRequest): GraphResponse {
  const column = list.columns.find((c) => c.id === columnId || c.name === columnId);
  if (!column) return graphError(404, 'itemNotFound', 'Column not found.');
  const body = asRecord(req.body) ?? {};
  const indexed = typeof body['indexed'] === 'boolean' ? body['indexed'] : column.indexed;
  const unique =
    typeof body['enforceUniqueValues'] === 'boolean'
      ? body['enforceUniqueValues']
      : column.enforceUniqueValues;
  if (unique && !indexed) {
    return graphError(
      400,
      'invalidRequest',
      'A column that enforces unique values must be indexed.',
    );
  }
  if (unique && !column.enforceUniqueValues) {
    const values = [...list.items.values()].map((item) => item.fields[column.name]);
    const present = values.filter((v) => v !== undefined && v !== null && v !== '');
    if (new Set(present.map(String)).size !== present.length) {
      return graphError(409, 'invalidRequest', 'The column has duplicate values.');
    }
  }
  column.indexed = indexed;
  column.enforceUniqueValues = unique;
  if (typeof body['displayName'] === 'string') column.displayName = body['displayName'];
  return ok(200, columnJson(column));
}

/** `DELETE /sites/{site}/lists/{list}` (https://learn.microsoft.com/graph/api/list-delete): 204. */
export function deleteList(site: SiteState, list: ListState): GraphResponse {
  site.lists.delete(list.id);
  return ok(204, null);
}
