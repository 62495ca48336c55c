import type { CountById } from '../compilation/compilation';
import { countBy } from '../compilation/compile';
import { localDateString } from '../notification/meeting-schedule';
import { OBSERVATION_KINDS } from '../observation/observation';
import type { Choice } from '../shared/localized-text';
import type { ReportFigure, ReportFigureRow } from './report';
import type { DraftContext, ReportedObservation } from './report-content';
import { formatCount, formatMonth } from './report-format';
import type { Dimension, Named, ReportTexts } from './report-text-catalogue';
import { publishBreakdown } from './small-counts';

/** Counts that can point at a client in a small place: published only as publishBreakdown allows. */
const PROTECTED: readonly Dimension[] = ['serviceArea', 'municipality', 'targetGroup'];

export const FIGURE_KEYS: Readonly<Record<Dimension | 'month' | 'phenomena', string>> = {
  serviceArea: 'by_service_area',
  municipality: 'by_municipality',
  topic: 'by_topic',
  kind: 'by_kind',
  targetGroup: 'by_target_group',
  month: 'by_month',
  phenomena: 'phenomena',
};

function choicesOf(dimension: Dimension, context: DraftContext, texts: ReportTexts): Choice[] {
  if (dimension === 'kind') {
    return OBSERVATION_KINDS.map((id) => ({
      id,
      label: { fi: texts.kinds[id], sv: texts.kinds[id], en: texts.kinds[id] },
    }));
  }
  const lists = {
    serviceArea: context.county.serviceAreas,
    municipality: context.county.municipalities,
    topic: context.county.topics,
    targetGroup: context.county.targetGroups,
  };
  return [...lists[dimension]];
}

/**
 * Rows in the county's own list order, zeros included: the same order in every report, and
 * an order that says nothing about which of two small counts is the smaller. An id the list
 * no longer has (an area renamed since) follows, labelled by its id.
 */
export function rowsOf(
  dimension: Dimension,
  counts: readonly CountById[],
  context: DraftContext,
  texts: ReportTexts,
): ReportFigureRow[] {
  const countOf = new Map(counts.map((c) => [c.id, c.count]));
  const choices = choicesOf(dimension, context, texts);
  const known = new Set(choices.map((c) => c.id));
  return [
    ...choices.map((c) => ({
      id: c.id,
      label: c.label[context.language],
      count: countOf.get(c.id) ?? 0,
    })),
    ...counts
      .filter((c) => !known.has(c.id))
      .map((c) => ({ id: c.id, label: c.id, count: c.count })),
  ];
}

export function dimensionFigure(
  dimension: Dimension,
  counts: readonly CountById[],
  sectionKey: string,
  context: DraftContext,
  texts: ReportTexts,
): ReportFigure {
  const rows = rowsOf(dimension, counts, context, texts);
  return {
    key: FIGURE_KEYS[dimension],
    sectionKey,
    title: texts.figureTitles[dimension],
    labelHeading: texts.columns[dimension],
    countHeading: texts.columns.count,
    chart: 'bar',
    rows,
    total: rows.reduce((sum, row) => sum + row.count, 0),
    smallCountsProtected: PROTECTED.includes(dimension),
  };
}

/** The same observations counted by each list, as a report's figures. */
export function dimensionFigures(
  dimensions: readonly Dimension[],
  observations: readonly ReportedObservation[],
  sectionKey: string,
  context: DraftContext,
  texts: ReportTexts,
): ReportFigure[] {
  return dimensions.map((dimension) =>
    dimensionFigure(
      dimension,
      countBy(observations.map((o) => o[dimension])),
      sectionKey,
      context,
      texts,
    ),
  );
}

/** Every month from `from`'s to `to`'s, as yyyy-mm. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  const last = to.slice(0, 7);
  for (;;) {
    const id = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    if (id > last) return months;
    months.push(id);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
}

/** Observations per month of filing (county time), every month of from…to shown. */
export function monthFigure(
  observations: readonly ReportedObservation[],
  range: { readonly from: string; readonly to: string },
  sectionKey: string,
  context: DraftContext,
  texts: ReportTexts,
): ReportFigure {
  const counts = new Map<string, number>();
  for (const o of observations) {
    const month = localDateString(new Date(o.createdAt), context.county.timeZone).slice(0, 7);
    counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  return {
    key: FIGURE_KEYS.month,
    sectionKey,
    title: texts.figureTitles.month,
    labelHeading: texts.columns.month,
    countHeading: texts.columns.count,
    chart: 'line',
    rows: monthsBetween(range.from, range.to).map((id) => ({
      id,
      label: formatMonth(id),
      count: counts.get(id) ?? 0,
    })),
    total: null,
    smallCountsProtected: false,
  };
}

/** The rows that share the largest count, in the figure's order; none when every row is zero. */
export function leadersOf(figure: ReportFigure): ReportFigureRow[] {
  const most = Math.max(0, ...figure.rows.map((row) => row.count));
  return most === 0 ? [] : figure.rows.filter((row) => row.count === most);
}

/**
 * The row with the most, as the text may name it; null when every row is zero or several
 * share the top (naming one of them would mislead). In a protected figure it is named only
 * when its table cell is published as a number: the text must not tell which of the "alle 5"
 * cells is the largest, nor give away a cell hidden so that a small one cannot be worked out.
 */
export function leaderOf(figure: ReportFigure): Named | null {
  const leaders = leadersOf(figure);
  const top = leaders[0];
  if (top === undefined || leaders.length > 1) return null;
  if (figure.smallCountsProtected) {
    const total = figure.total ?? figure.rows.reduce((sum, row) => sum + row.count, 0);
    const published = publishBreakdown(figure.rows, total).cells.find((c) => c.id === top.id);
    if (published?.shown.kind !== 'count') return null;
  }
  return { label: top.label, shown: formatCount(top.count) };
}

/** "Eniten havaintoja: palvelualue X (120), kunta Kajaani (80)." — or nothing when all are zero. */
export function mostCommonSentence(
  figures: readonly ReportFigure[],
  dimensions: readonly Dimension[],
  texts: ReportTexts,
): string | null {
  const items = dimensions.flatMap((dimension) => {
    const figure = figures.find((f) => f.key === FIGURE_KEYS[dimension]);
    const leader = figure === undefined ? null : leaderOf(figure);
    return leader === null ? [] : [{ ...leader, dimension: texts.dimensions[dimension] }];
  });
  return items.length === 0 ? null : texts.mostCommon(items);
}

/** "Kielteisiä havaintoja oli 120, myönteisiä 40 ja muita 12." */
export function kindsSentence(byKind: readonly CountById[], texts: ReportTexts): string {
  const count = (kind: string) => formatCount(byKind.find((c) => c.id === kind)?.count ?? 0);
  return texts.kindsSentence({
    negative: count('negative'),
    positive: count('positive'),
    other: count('other'),
  });
}

/** Paragraphs of a section's text: blank lines between them, empty ones left out. */
export const paragraphs = (...texts: readonly (string | null)[]): string =>
  texts.filter((t): t is string => t !== null && t.trim() !== '').join('\n\n');
