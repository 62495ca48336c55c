import type { CountyConfig } from '../../domain/county/county-config';
import type { LocalDate } from '../../domain/county/local-date';
import { localDays } from '../../domain/export/local-days';
import { neutraliseCell } from '../../domain/export/neutralise-cell';
import type { Choice, Locale } from '../../domain/shared/localized-text';
import { isCalendarDate } from '../../domain/shared/calendar-date';
import { isTriageDateField, TRIAGE_FIELDS } from '../../domain/triage/triage-record';
import { CATALOGUES, EXPORT_HEADINGS } from '../../i18n';
import type { ObservationView } from '../observation-view';

/** One cell: text (already neutralised), a whole number, a calendar date, or empty. */
export type ExportValue = string | number | LocalDate | null;
export type ExportRow = readonly ExportValue[];

/** What a column holds, so that a file format can give it a width and a cell type. */
export type ColumnKind = 'id' | 'label' | 'text' | 'date' | 'number';
export type ExportColumn = { readonly heading: string; readonly kind: ColumnKind };

/** The export's columns in the user's language and how an observation becomes a row. */
export type ExportLayout = {
  readonly columns: readonly ExportColumn[];
  readonly sheetName: string;
  row(view: ObservationView): ExportRow;
};

/**
 * The board as a table: what the board's viewers see of each observation (its reporter's name
 * included, as the observation panel shows it), then the supervisor's ten triage fields in
 * Kainuu's order. Triage cells stay empty where the viewer may not read the triage record.
 * Every text is neutralised (no cell can run as a formula) and ids are shown by their labels.
 */
export function exportLayout(county: CountyConfig, locale: Locale): ExportLayout {
  const catalogue = CATALOGUES[locale];
  const headings = EXPORT_HEADINGS[locale];
  const field = catalogue.fields;
  const label = labeller(locale);
  const statuses = new Map(Object.entries(catalogue.statuses));
  const kinds = new Map(Object.entries(catalogue.kinds));
  const serviceAreas = label(county.serviceAreas);
  const municipalities = label(county.municipalities);
  const topics = label(county.topics);
  const targetGroups = label(county.targetGroups);
  const dayOf = localDays(county.timeZone);
  const column = (heading: string, kind: ColumnKind): ExportColumn => ({
    heading: neutraliseCell(heading),
    kind,
  });

  const columns: ExportColumn[] = [
    column(headings.id, 'id'),
    column(headings.filedOn, 'date'),
    column(headings.reporter, 'label'),
    column(field.status, 'label'),
    column(field.kind, 'label'),
    column(field.serviceArea, 'label'),
    column(field.municipality, 'label'),
    column(field.topic, 'label'),
    column(field.targetGroup, 'label'),
    column(field.description, 'text'),
    column(field.solutionProposal, 'text'),
    column(field.period, 'label'),
    column(headings.firstFeedbackOn, 'date'),
    ...TRIAGE_FIELDS.map((name) =>
      column(
        field[name],
        name === 'priority' ? 'number' : isTriageDateField(name) ? 'date' : 'text',
      ),
    ),
  ];

  return {
    columns,
    sheetName: headings.sheet,
    row(view) {
      const triage = view.triage;
      const cells: ExportValue[] = [
        neutraliseCell(view.id),
        dayOf(view.createdAt),
        neutraliseCell(view.reporterName),
        pick(statuses, view.status),
        pick(kinds, view.kind),
        pick(serviceAreas, view.serviceArea),
        pick(municipalities, view.municipality),
        pick(topics, view.topic),
        pick(targetGroups, view.targetGroup),
        neutraliseCell(view.description),
        neutraliseCell(view.solutionProposal),
        neutraliseCell(view.period),
        view.firstAnsweredAt === null ? null : dayOf(view.firstAnsweredAt),
      ];
      for (const name of TRIAGE_FIELDS) {
        const value = triage === undefined ? null : triage[name];
        // "When" and "follow-up" are days (d.M.yyyy in CSV, a date cell in Excel); older
        // records' free text there stays text.
        if (typeof value === 'string' && isTriageDateField(name) && isCalendarDate(value)) {
          cells.push(calendarDay(value));
        } else cells.push(typeof value === 'string' ? neutraliseCell(value) : value);
      }
      return cells;
    },
  };
}

/** A `yyyy-mm-dd` day as the export's calendar date. */
function calendarDay(ymd: string): LocalDate {
  const [year, month, day] = ymd.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

/** Labels by id in one language, neutralised once here rather than in every row. */
function labeller(locale: Locale) {
  return (choices: readonly Choice[]): ReadonlyMap<string, string> =>
    new Map(choices.map((choice) => [choice.id, neutraliseCell(choice.label[locale])]));
}

/** The label, or the id itself for one the county's lists no longer hold. */
function pick(labels: ReadonlyMap<string, string>, id: string): string {
  return labels.get(id) ?? neutraliseCell(id);
}
