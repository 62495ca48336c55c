import { municipalitiesNamedWhenPublished } from '../../../../src/domain/report/quotation';
import type { FieldErrors } from '../use-save-form';
import type { Quotation, QuotationChoice, Report } from './reports-api';

/** The report's quotations as a PATCH sends them back (the server adds the municipality). */
export const choicesOf = (quotations: readonly Quotation[]): QuotationChoice[] =>
  quotations.map(({ observationId, sectionKey, text }) => ({ observationId, sectionKey, text }));

/** The DOM id of the quotation at this place in the report's list (focus goes there). */
export const quotationId = (index: number) => `report-quotation-${index}`;

/** One quotation where the list shows it, with its place in the report's whole list. */
export type PlacedQuotation = { readonly quotation: Quotation; readonly index: number };

export type QuotationGroup = {
  readonly key: string;
  readonly heading: string;
  readonly items: readonly PlacedQuotation[];
};

/**
 * The quotations under their sections' headings, in the report's order of sections (a
 * section without quotations is left out). One whose section is no longer in the report is
 * still listed, under its key, so that it can be seen and removed.
 */
export function groupBySection(report: Pick<Report, 'sections' | 'quotations'>): QuotationGroup[] {
  const placed = report.quotations.map((quotation, index) => ({ quotation, index }));
  const known = report.sections.map((s) => ({
    key: s.key,
    heading: s.heading,
    items: placed.filter((p) => p.quotation.sectionKey === s.key),
  }));
  const orphans = [
    ...new Set(
      placed
        .map((p) => p.quotation.sectionKey)
        .filter((key) => !report.sections.some((s) => s.key === key)),
    ),
  ].map((key) => ({
    key,
    heading: key,
    items: placed.filter((p) => p.quotation.sectionKey === key),
  }));
  return [...known, ...orphans].filter((g) => g.items.length > 0);
}

/**
 * The municipalities a published quotation may name (the server's own rule), so that the
 * writer sees beforehand which quotations go out without theirs.
 */
export const namedWhenPublished = (report: Pick<Report, 'figures'>): ReadonlySet<string> =>
  municipalitiesNamedWhenPublished(report);

/** The server's words about one part of the quotation at `index`, however it spells the path. */
export const quotationError = (
  errors: FieldErrors,
  index: number,
  part: 'text' | 'observationId' | 'sectionKey',
): string | undefined =>
  errors[`quotations.${index}.${part}`] ?? errors[`quotations[${index}].${part}`];
