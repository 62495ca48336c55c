import type { Compilation } from '../compilation/compilation';
import { localDateString } from '../notification/meeting-schedule';
import { SMALL_COUNT_LIMIT } from './small-counts';
import type { ReportFigure } from './report';
import type { DraftContext, ReportContent } from './report-content';
import {
  dimensionFigure,
  FIGURE_KEYS,
  kindsSentence,
  mostCommonSentence,
  paragraphs,
} from './report-figures';
import {
  formatDate,
  formatDecimal,
  formatPercent,
  formatProtectedCount,
  formatRange,
} from './report-format';
import type { Dimension, ReportTexts } from './report-text-catalogue';
import { reportTexts } from './report-texts';

export type CompilationReportInput = DraftContext & {
  readonly compilation: Compilation;
};

const DIMENSIONS: readonly Dimension[] = [
  'serviceArea',
  'municipality',
  'topic',
  'kind',
  'targetGroup',
];

function phenomenaFigure(compilation: Compilation, texts: ReportTexts): ReportFigure {
  return {
    key: FIGURE_KEYS.phenomena,
    sectionKey: 'phenomena',
    title: texts.figureTitles.phenomena,
    labelHeading: texts.columns.phenomenon,
    countHeading: texts.columns.count,
    chart: 'bar',
    rows: compilation.phenomena.map((p) => ({ id: p.id, label: p.title, count: p.count })),
    // An observation can belong to several phenomena: the rows add up to no total.
    total: null,
    smallCountsProtected: false,
  };
}

/**
 * The draft of a report on one compilation: its counts by every list, its phenomena against
 * the previous period, and how soon reporters heard back. The compilation is a frozen
 * snapshot, so the draft says what the group saw when it compiled.
 */
export function draftCompilationReport(input: CompilationReportInput): ReportContent {
  const { compilation, language } = input;
  const texts = reportTexts(language);
  const range = formatRange(compilation.from, compilation.to);
  const areaLabel =
    compilation.serviceArea === null
      ? null
      : (input.county.serviceAreas.find((a) => a.id === compilation.serviceArea)?.label[language] ??
        compilation.serviceArea);
  const figures = [
    ...DIMENSIONS.map((d) => dimensionFigure(d, countsOf(compilation, d), 'counts', input, texts)),
    phenomenaFigure(compilation, texts),
  ];
  const answered = compilation.answered;
  return {
    introduction: texts.compilation.introduction(
      range,
      areaLabel,
      formatDate(localDateString(new Date(compilation.createdAt), input.county.timeZone)),
    ),
    sections: [
      {
        key: 'counts',
        heading: texts.headings.counts,
        text: paragraphs(
          texts.compilation.counts(
            range,
            formatProtectedCount(compilation.total, texts.fewerThanFive),
            compilation.total,
          ),
          mostCommonSentence(
            figures,
            ['serviceArea', 'municipality', 'topic', 'targetGroup'],
            texts,
          ),
          compilation.total === 0 ? null : kindsSentence(compilation.byKind, texts),
        ),
      },
      {
        key: 'phenomena',
        heading: texts.headings.phenomena,
        text: paragraphs(
          texts.compilation.phenomena(compilation.phenomena.filter((p) => p.count > 0).length),
          ...compilation.phenomena.map((p) =>
            texts.phenomenonLine(p.title, p.count, p.previousCount),
          ),
        ),
      },
      {
        key: 'feedback',
        heading: texts.headings.feedback,
        text:
          answered === 0
            ? texts.compilation.noFeedback
            : paragraphs(
                texts.compilation.feedback(
                  formatProtectedCount(answered, texts.fewerThanFive),
                  formatProtectedCount(compilation.total, texts.fewerThanFive),
                  // A share of a small total gives its counts away (2 of 3 is 67 %).
                  isSmall(compilation.total) ? null : formatPercent(answered, compilation.total),
                ) +
                  (compilation.medianDaysToFirstFeedback === null
                    ? ''
                    : ` ${texts.compilation.medianDays(formatDecimal(compilation.medianDaysToFirstFeedback))}`),
              ),
      },
    ],
    figures,
    from: compilation.from,
    to: compilation.to,
    observationIds: compilation.observations.map((o) => o.id),
  };
}

const isSmall = (count: number): boolean => count > 0 && count < SMALL_COUNT_LIMIT;

function countsOf(compilation: Compilation, dimension: Dimension) {
  const byDimension = {
    serviceArea: compilation.byServiceArea,
    municipality: compilation.byMunicipality,
    topic: compilation.byTopic,
    kind: compilation.byKind,
    targetGroup: compilation.byTargetGroup,
  };
  return byDimension[dimension];
}
