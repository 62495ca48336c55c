import type { CountyConfig } from '../county/county-config';
import { localDateString } from '../notification/meeting-schedule';
import { publishedFigure } from './published-figure';
import { publishedQuotations } from './quotation';
import type { PublishedReport } from './published-report';
import type { Report, ReportLanguage } from './report';
import { formatDate } from './report-format';
import { reportTexts, WRITING_PROMPTS } from './report-texts';

export type PublishOptions = {
  /** True for what leaves the app (intranet page, Word marked for publishing). */
  readonly forPublishing: boolean;
  readonly county: Pick<CountyConfig, 'name' | 'timeZone' | 'municipalities'>;
  /** The day on the title page: an instant (dated in county time) or yyyy-mm-dd. */
  readonly now: Date | string;
};

const LOCALES: Readonly<Record<ReportLanguage, string>> = {
  fi: 'fi-FI',
  sv: 'sv-SE',
  en: 'en-GB',
};

/** Paragraphs as written: a blank line (spaces allowed) separates them; empty ones vanish. */
export const paragraphsOf = (text: string): string[] =>
  text
    .split(/\r?\n[ \t]*\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');

/**
 * The report as the Word document, the HTML page and the intranet draw it. Figures follow
 * the section they name; a figure whose section was removed in an edit is not drawn (its
 * data stays in the report, so restoring the section brings it back).
 */
export function toPublishedReport(report: Report, options: PublishOptions): PublishedReport {
  const texts = reportTexts(report.language);
  const today =
    typeof options.now === 'string'
      ? options.now.slice(0, 10)
      : localDateString(options.now, options.county.timeZone);
  const quotations = publishedQuotations(report, {
    forPublishing: options.forPublishing,
    language: report.language,
    municipalities: options.county.municipalities,
  });
  return {
    id: report.id,
    kind: report.kind,
    language: report.language,
    locale: LOCALES[report.language],
    title: report.title,
    organisation: options.county.name[report.language],
    periodText: `${formatDate(report.from)}–${formatDate(report.to)}`,
    dateText: texts.published.madeOn(formatDate(today), report.version),
    version: report.version,
    introduction: paragraphsOf(report.introduction),
    sections: report.sections
      .map((section) => ({
        key: section.key,
        heading: section.heading,
        // A prompt left unanswered is an instruction to the writers, not news for staff.
        paragraphs: paragraphsOf(section.text).filter(
          (p) => !(options.forPublishing && WRITING_PROMPTS.has(p)),
        ),
        quotations: quotations.get(section.key) ?? [],
        figures: report.figures
          // A figure with no rows (no phenomena yet) has nothing to draw; the text says so.
          .filter((figure) => figure.sectionKey === section.key && figure.rows.length > 0)
          .map((figure) => publishedFigure(figure, options.forPublishing, texts)),
      }))
      // A section left empty (the workshops' notes before the workshops) is not published.
      .filter(
        (s) =>
          !options.forPublishing ||
          s.paragraphs.length + s.quotations.length + s.figures.length > 0,
      ),
    forPublishing: options.forPublishing,
    labels: {
      contents: texts.published.contents,
      introduction: texts.published.introduction,
      total: texts.published.total,
      figure: texts.published.figure,
      table: texts.published.table,
    },
  };
}
