import { countBy } from '../compilation/compile';
import { localDateString } from '../notification/meeting-schedule';
import type { Phenomenon, PhenomenonLink } from '../phenomenon/phenomenon';
import type { Indicator } from './indicator';
import type { ReportFigure } from './report';
import type { DraftContext, ReportContent, ReportedObservation } from './report-content';
import {
  dimensionFigures,
  FIGURE_KEYS,
  kindsSentence,
  leadersOf,
  monthFigure,
  mostCommonSentence,
  paragraphs,
} from './report-figures';
import { formatCount, formatDate, formatProtectedCount } from './report-format';
import type { ReportTexts } from './report-text-catalogue';
import { reportTexts } from './report-texts';
import { proposalParagraph, type ReportedProposal } from './reported-proposal';

export type AnnualReportInput = DraftContext & {
  readonly year: number;
  /** The observations filed in the year (county time). */
  readonly observations: readonly ReportedObservation[];
  readonly previousYearTotal: number;
  readonly phenomena: readonly Pick<Phenomenon, 'id' | 'title'>[];
  readonly links: readonly Pick<PhenomenonLink, 'phenomenonId' | 'observationId'>[];
  /** Proposals of any year: those made, decided or carried out in this one are told. */
  readonly proposals: readonly ReportedProposal[];
  /** The year's follow-up (computeIndicators). */
  readonly indicators: readonly Indicator[];
  /**
   * The day of drafting (yyyy-mm-dd, county time): a year still under way is drawn month by
   * month up to this day's month, not with the months to come as zeros.
   */
  readonly today?: string;
};

/** More months than this sharing the top make a sentence that says nothing. */
const MOST_BUSIEST_MONTHS = 3;

/** "+12 %", "−5 %" (a real minus sign), "±0 %"; null without a previous year to compare with. */
function change(now: number, before: number): string | null {
  if (before === 0) return null;
  const percent = Math.round(((now - before) / before) * 100);
  const sign = percent > 0 ? '+' : percent < 0 ? '\u2212' : '±';
  return `${sign}${formatCount(Math.abs(percent))}\u00a0%`;
}

function phenomenaFigure(input: AnnualReportInput, texts: ReportTexts): ReportFigure {
  const ofYear = new Set(input.observations.map((o) => o.id));
  const counts = new Map<string, number>();
  for (const link of input.links) {
    if (ofYear.has(link.observationId)) {
      counts.set(link.phenomenonId, (counts.get(link.phenomenonId) ?? 0) + 1);
    }
  }
  const rows = input.phenomena
    .map((p) => ({ id: p.id, label: p.title, count: counts.get(p.id) ?? 0 }))
    .filter((row) => row.count > 0)
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'fi'));
  return {
    key: FIGURE_KEYS.phenomena,
    sectionKey: 'phenomena',
    title: texts.figureTitles.phenomena,
    labelHeading: texts.columns.phenomenon,
    countHeading: texts.columns.count,
    chart: 'bar',
    rows,
    total: null,
    smallCountsProtected: false,
  };
}

/**
 * The draft of the annual social report (Kainuu's sosiaalinen raportti): counts and trends,
 * phenomena, proposals and their decisions, actions taken, the plan's indicators, and the
 * evaluation of the plan, which the group writes from the indicators' sentence onwards.
 */
export function draftAnnualReport(input: AnnualReportInput): ReportContent {
  const { year, observations, language } = input;
  const texts = reportTexts(language);
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const inYear = (date: string | undefined) => date !== undefined && date.startsWith(`${year}-`);
  const createdIn = (at: string) => inYear(localDateString(new Date(at), input.county.timeZone));
  const { today } = input;
  const monthsTo = today !== undefined && today >= from && today < to ? today : to;
  const month = monthFigure(observations, { from, to: monthsTo }, 'trends', input, texts);
  const byList = dimensionFigures(
    ['serviceArea', 'municipality', 'topic', 'kind', 'targetGroup'],
    observations,
    'trends',
    input,
    texts,
  );
  const phenomena = phenomenaFigure(input, texts);
  const handled = input.proposals.filter(
    (p) => createdIn(p.createdAt) || inYear(p.decision?.on) || inYear(p.result?.on),
  );
  const done = input.proposals.filter((p) => p.status === 'done' && inYear(p.result?.on));
  const busiest = leadersOf(month);
  const total = observations.length;
  const achieved = input.indicators.filter((i) => i.achieved).length;
  return {
    introduction: texts.annual.introduction(year),
    sections: [
      {
        key: 'trends',
        heading: texts.headings.trends,
        text: paragraphs(
          texts.annual.total(year, formatProtectedCount(total, texts.fewerThanFive), total) +
            ' ' +
            (input.previousYearTotal === 0
              ? texts.annual.noPreviousYear
              : texts.annual.previousYear(
                  formatProtectedCount(input.previousYearTotal, texts.fewerThanFive),
                  change(total, input.previousYearTotal),
                )),
          busiest.length === 0 || busiest.length > MOST_BUSIEST_MONTHS
            ? null
            : texts.annual.busiestMonth(
                busiest.map((row) => row.id),
                busiest[0]?.count ?? 0,
              ),
          mostCommonSentence(
            byList,
            ['serviceArea', 'municipality', 'topic', 'targetGroup'],
            texts,
          ),
          total === 0 ? null : kindsSentence(countBy(observations.map((o) => o.kind)), texts),
        ),
      },
      {
        key: 'phenomena',
        heading: texts.headings.phenomena,
        text: paragraphs(
          texts.annual.phenomena(phenomena.rows.length),
          ...phenomena.rows.map((row) => texts.phenomenonLine(row.label, row.count, null)),
        ),
      },
      {
        key: 'decisions',
        heading: texts.headings.decisions,
        text: paragraphs(
          texts.annual.decisions(handled.length),
          ...handled.map((p) => proposalParagraph(p, texts)),
        ),
      },
      {
        key: 'actions',
        heading: texts.headings.actions,
        text:
          done.length === 0
            ? texts.annual.noActions(year)
            : paragraphs(
                ...done.map((p) =>
                  texts.annual.action(
                    p.title,
                    p.result?.text ?? '',
                    formatDate(p.result?.on ?? to),
                  ),
                ),
              ),
      },
      {
        key: 'indicators',
        heading: texts.headings.indicators,
        text:
          input.indicators.length === 0
            ? texts.annual.noIndicators
            : paragraphs(
                ...input.indicators.map((i) =>
                  texts.annual.indicator(i.label, i.achieved, i.evidence.summary),
                ),
              ),
      },
      {
        key: 'evaluation',
        heading: texts.headings.evaluation,
        text: paragraphs(
          input.indicators.length === 0
            ? null
            : texts.annual.evaluation(achieved, input.indicators.length),
          texts.annual.evaluationPrompt,
        ),
      },
    ],
    figures: [month, ...byList, phenomena],
    from,
    to,
    observationIds: observations.map((o) => o.id),
  };
}
