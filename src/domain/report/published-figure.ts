import type { PublishedCell, PublishedFigure } from './published-report';
import type { ReportFigure } from './report';
import { formatCount, listOf } from './report-format';
import { HIDDEN_COUNT, type Named, type ReportTexts } from './report-text-catalogue';
import { publishBreakdown, SMALL_COUNT_LIMIT } from './small-counts';

const exact = (label: string, count: number): PublishedCell => ({
  label,
  shown: formatCount(count),
  value: count,
});

/** The rows and total as they may be shown: exact inside the app, suppressed for publishing. */
function cellsOf(
  figure: ReportFigure,
  forPublishing: boolean,
  texts: ReportTexts,
): { rows: PublishedCell[]; total: PublishedCell | null; secondary: boolean } {
  const totalLabel = texts.published.total;
  if (!forPublishing || !figure.smallCountsProtected) {
    return {
      rows: figure.rows.map((row) => exact(row.label, row.count)),
      total: figure.total === null ? null : exact(totalLabel, figure.total),
      secondary: false,
    };
  }
  // Another figure or the text can give the total away, so suppress as if it were shown.
  const sum = figure.total ?? figure.rows.reduce((all, row) => all + row.count, 0);
  const result = publishBreakdown(figure.rows, sum);
  let secondary = false;
  const rows = figure.rows.map((row, i): PublishedCell => {
    if (result.cells[i]?.shown.kind !== 'suppressed') return exact(row.label, row.count);
    // A cell hidden only so that a small one cannot be worked out is not "under 5".
    const small = row.count < SMALL_COUNT_LIMIT;
    if (!small) secondary = true;
    return { label: row.label, shown: small ? texts.fewerThanFive : HIDDEN_COUNT, value: null };
  });
  const total =
    figure.total === null
      ? null
      : result.total.kind === 'count'
        ? exact(totalLabel, figure.total)
        : { label: totalLabel, shown: texts.fewerThanFive, value: null };
  return { rows, total, secondary };
}

/** "Pylväskaavio: Havainnot kunnittain. Eniten Kajaani (120), vähiten Ristijärvi (0). Yhteensä 214." */
function describe(
  figure: ReportFigure,
  rows: readonly PublishedCell[],
  total: PublishedCell | null,
  suppressed: boolean,
  texts: ReportTexts,
): string {
  const words = [`${texts.published.charts[figure.chart]}: ${figure.title}.`];
  // Only what the table shows: the order of suppressed cells must not be told in words.
  const drawn = rows.filter((row): row is PublishedCell & { value: number } => row.value !== null);
  if (rows.length === 0) {
    words.push(texts.published.noData);
  } else if (drawn.length > 1) {
    const values = drawn.map((row) => row.value);
    const [most, least] = [Math.max(...values), Math.min(...values)];
    // Every row that shares the top or the bottom is named, or the words would pick one.
    const named = (value: number): Named => {
      const rows = drawn.filter((row) => row.value === value);
      return {
        label: listOf(
          rows.map((row) => row.label),
          texts.published.and,
        ),
        shown: rows[0]?.shown ?? '',
      };
    };
    words.push(
      most === least
        ? texts.published.allEqual(named(most).shown)
        : texts.published.extremes(named(most), named(least)),
    );
  } else if (drawn[0] !== undefined) {
    words.push(texts.published.only({ label: drawn[0].label, shown: drawn[0].shown }));
  }
  if (total !== null) words.push(texts.published.totalSentence(total.shown));
  if (suppressed) words.push(texts.published.suppressedDescription);
  return words.join(' ');
}

/** A figure as it leaves the app: formatted, described in words, small counts suppressed. */
export function publishedFigure(
  figure: ReportFigure,
  forPublishing: boolean,
  texts: ReportTexts,
): PublishedFigure {
  const { rows, total, secondary } = cellsOf(figure, forPublishing, texts);
  const suppressed = rows.some((row) => row.value === null) || total?.value === null;
  return {
    key: figure.key,
    title: figure.title,
    labelHeading: figure.labelHeading,
    countHeading: figure.countHeading,
    chart: figure.chart,
    rows,
    total,
    description: describe(figure, rows, total, suppressed, texts),
    note: suppressed ? texts.published.note(secondary) : null,
  };
}

/**
 * Whether a figure has anything to draw: a chart whose every value is suppressed would be
 * empty axes, so such a figure is published as its table alone.
 */
export const drawsAChart = (figure: Pick<PublishedFigure, 'rows'>): boolean =>
  figure.rows.some((row) => row.value !== null);
