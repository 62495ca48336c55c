import type { Choice } from '../shared/localized-text';
import { publishBreakdown } from './small-counts';
import type { Report, ReportLanguage } from './report';
import { FIGURE_KEYS } from './report-figures';

/** What the group may leave out of a quotation is marked with an ellipsis, as in print. */
const OMISSION = /\s*(?:…|\.\.\.)\s*/;

const normalised = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * Whether `text` is a quotation of one of `sources`: its words as written there, in order,
 * with "…" (or "...") where words were left out. A quotation is the professional's voice; a
 * rewritten one would put words in their mouth.
 */
export function isQuotedFrom(text: string, sources: readonly string[]): boolean {
  const parts = normalised(text)
    .split(OMISSION)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length === 0) return false;
  return sources.some((source) => {
    const haystack = normalised(source);
    let at = 0;
    for (const part of parts) {
      const found = haystack.indexOf(part, at);
      if (found < 0) return false;
      at = found + part.length;
    }
    return true;
  });
}

/** A quotation as it leaves the app: its words and, where that is safe, where it was seen. */
export type PublishedQuotation = {
  readonly text: string;
  /** "Kajaani"; null when the municipality's count is small (1–4) or hidden. */
  readonly attribution: string | null;
};

/**
 * Municipalities whose count the published report shows as a number (5 or more, not hidden
 * beside a small one): only those may stand under a quotation. Without the report's
 * municipality figure none may.
 */
export function municipalitiesNamedWhenPublished(
  report: Pick<Report, 'figures'>,
): ReadonlySet<string> {
  const figure = report.figures.find((f) => f.key === FIGURE_KEYS.municipality);
  if (figure === undefined) return new Set();
  const total = figure.total ?? figure.rows.reduce((sum, row) => sum + row.count, 0);
  const published = publishBreakdown(
    figure.rows.map((row) => ({ id: row.id, count: row.count })),
    total,
  );
  return new Set(
    published.cells.filter((cell) => cell.shown.kind === 'count').map((cell) => cell.id),
  );
}

/**
 * The quotations of each section, in the order chosen. For publishing, a quotation names its
 * municipality only where the report's table shows that municipality's count; internally it
 * always does.
 */
export function publishedQuotations(
  report: Pick<Report, 'figures' | 'quotations'>,
  options: {
    readonly forPublishing: boolean;
    readonly language: ReportLanguage;
    readonly municipalities: readonly Choice[];
  },
): ReadonlyMap<string, readonly PublishedQuotation[]> {
  const shown = options.forPublishing ? municipalitiesNamedWhenPublished(report) : null;
  const label = (id: string): string =>
    options.municipalities.find((m) => m.id === id)?.label[options.language] ?? id;
  const bySection = new Map<string, PublishedQuotation[]>();
  for (const quotation of report.quotations) {
    const list = bySection.get(quotation.sectionKey) ?? [];
    list.push({
      text: normalised(quotation.text),
      attribution:
        shown === null || shown.has(quotation.municipality) ? label(quotation.municipality) : null,
    });
    bySection.set(quotation.sectionKey, list);
  }
  return bySection;
}
