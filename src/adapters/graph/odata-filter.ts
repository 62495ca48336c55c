/**
 * `$filter` text for list items, built from parts. Values are always OData string literals,
 * so nothing a user typed can change the query's shape.
 */

/** An OData string literal. */
export const literal = (value: string): string => `'${value.replace(/'/g, "''")}'`;
/** `fields/Name eq 'value'` */
export const eq = (field: string, value: string): string => `fields/${field} eq ${literal(value)}`;
/** `(a or b or …)` of `fields/Name eq …`; null for no values (matches nothing). */
export const anyOf = (field: string, values: readonly string[]): string | null =>
  values.length === 0 ? null : `(${values.map((v) => eq(field, v)).join(' or ')})`;
export const and = (...parts: readonly (string | null | undefined)[]): string =>
  parts.filter((p): p is string => typeof p === 'string' && p !== '').join(' and ');
