/** Longest slug: long enough to read in a link, short enough for SharePoint's page name. */
export const MAX_SLUG_LENGTH = 60;

/** FNV-1a: a short, stable fingerprint of the id; two reports of one title differ by it. */
function suffixOf(id: string): string {
  let hash = 0x811c9dc5;
  for (const char of id) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0').slice(-6);
}

/**
 * The report's address on the intranet: `sosiaalinen-raportti-2026-k3x9qa`. Lower-case
 * ASCII in kebab case (ä → a, ö → o, å → a: accents dropped), cut at a word boundary where
 * it can be, and a suffix from the id so that two reports of one title get two pages.
 */
export function reportSlug(title: string, id: string): string {
  const suffix = suffixOf(id);
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const room = MAX_SLUG_LENGTH - suffix.length - 1;
  let base = words.slice(0, room);
  if (words.length > room) {
    const lastBreak = base.lastIndexOf('-');
    base = lastBreak > room / 2 ? base.slice(0, lastBreak) : base.replace(/-+$/, '');
  }
  return base === '' ? `report-${suffix}` : `${base}-${suffix}`;
}
