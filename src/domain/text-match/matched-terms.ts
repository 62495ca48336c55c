/** How many of the shared terms a hit names. */
export const MAX_MATCHED_TERMS = 5;

/**
 * The forms with the biggest shares of a score, biggest first. A form inside one already
 * named is left out: "kuukausi" says it all, its parts "kuu" and "kausi" would only repeat it.
 */
export function matchedTerms(shares: ReadonlyMap<string, number>): string[] {
  const ranked = [...shares].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'fi'));
  const named: string[] = [];
  for (const [form] of ranked) {
    if (named.length === MAX_MATCHED_TERMS) break;
    if (!named.some((shown) => shown.includes(form))) named.push(form);
  }
  return named;
}
