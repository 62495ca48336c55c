import { etagOf, type ColumnState, type ItemState, type ListState } from './state';

export function columnJson(column: ColumnState): Record<string, unknown> {
  return {
    id: column.id,
    name: column.name,
    displayName: column.displayName,
    indexed: column.indexed,
    enforceUniqueValues: column.enforceUniqueValues,
    readOnly: column.readOnly,
    ...column.facet,
  };
}

export function listJson(list: ListState, withColumns = false): Record<string, unknown> {
  return {
    id: list.id,
    name: list.name,
    displayName: list.displayName,
    createdDateTime: list.createdDateTime,
    list: { template: list.template, hidden: false, contentTypesEnabled: false },
    ...(withColumns ? { columns: list.columns.map(columnJson) } : {}),
  };
}

/** A fieldValueSet: the item's column values, with its eTag as `@odata.etag`. */
export function fieldsJson(
  item: ItemState,
  select: readonly string[] | null,
): Record<string, unknown> {
  const values = select
    ? Object.fromEntries(Object.entries(item.fields).filter(([k]) => select.includes(k)))
    : { ...item.fields };
  return { '@odata.etag': etagOf(item), ...values };
}

/** A listItem; `fields` only when expanded, as Graph does. */
export function itemJson(
  item: ItemState,
  expandFields: boolean,
  select: readonly string[] | null = null,
): Record<string, unknown> {
  return {
    '@odata.etag': etagOf(item),
    id: item.id,
    eTag: etagOf(item),
    createdDateTime: item.createdDateTime,
    lastModifiedDateTime: item.lastModifiedDateTime,
    ...(expandFields ? { fields: fieldsJson(item, select) } : {}),
  };
}
