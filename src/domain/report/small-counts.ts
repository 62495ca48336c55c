/**
 * Counts that leave the app (a published page, a Word document marked for publishing) never
 * show 1–4: in a small municipality such a count can point at a client (issue 12). A cell is
 * either a number or suppressed; the reader sees "< 5" ("alle 5", "färre än 5").
 */
export const SMALL_COUNT_LIMIT = 5;

export type PublishedCount =
  { readonly kind: 'count'; readonly value: number } | { readonly kind: 'suppressed' };

export type CountCell = { readonly id: string; readonly count: number };
export type PublishedCountCell = { readonly id: string; readonly shown: PublishedCount };

const isSmall = (count: number): boolean => count > 0 && count < SMALL_COUNT_LIMIT;
const shown = (value: number): PublishedCount => ({ kind: 'count', value });
const SUPPRESSED: PublishedCount = { kind: 'suppressed' };

/**
 * A breakdown (by municipality, service area, target group …) and its total as they may be
 * published. Cells of 1–4 are suppressed (primary). When a total is published and exactly one
 * cell is suppressed, that cell would be the total minus the others: the smallest other
 * non-zero cell is suppressed too (secondary). A total of 1–4 is itself suppressed, and then
 * nothing can be recovered from it. Zeros stay: "none" points at nobody.
 */
export function publishBreakdown(
  cells: readonly CountCell[],
  total: number,
): { readonly cells: readonly PublishedCountCell[]; readonly total: PublishedCount } {
  const suppressed = new Set(cells.filter((cell) => isSmall(cell.count)).map((cell) => cell.id));
  const totalShown = !isSmall(total);
  if (totalShown && suppressed.size === 1) {
    const second = cells
      .filter((cell) => !suppressed.has(cell.id) && cell.count > 0)
      .sort((a, b) => a.count - b.count || (a.id < b.id ? -1 : 1))[0];
    if (second !== undefined) suppressed.add(second.id);
  }
  return {
    cells: cells.map((cell) => ({
      id: cell.id,
      shown: suppressed.has(cell.id) ? SUPPRESSED : shown(cell.count),
    })),
    total: totalShown ? shown(total) : SUPPRESSED,
  };
}
