import type { CountById } from './compilations-api';

/** At most this many bars in a count chart (the largest); its table has every row. */
export const CHART_COUNTS = 10;

/** A count with its label in the user's language. */
export type CountRow = { readonly id: string; readonly label: string; readonly count: number };

export const countRows = (counts: readonly CountById[], label: (id: string) => string) =>
  counts.map((c): CountRow => ({ id: c.id, label: label(c.id), count: c.count }));
