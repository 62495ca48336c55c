import type { TopLevelSpec } from 'vega-lite';
import type { PublishedFigure } from '../../../domain/report';
import { figureSeries } from '../figure-series';
import { numberLocale } from './number-locale';

export const CHART_COLOUR = '#1F4E79';
export const CHART_FONT = 'Arial, Liberation Sans, DejaVu Sans, sans-serif';
const WIDTH = 340;
/**
 * Bars are narrower: their labels take room of their own, and the whole image shrinks to a
 * phone's width, its text with it (at 420 px, 340 + 200 of labels drew 12 px text at 8 px).
 */
const BAR_WIDTH = 260;
/** How many time labels fit under a line chart side by side. */
export const SIDE_BY_SIDE = 6;
const MOST_TICKS = 8;

/**
 * The vega-lite chart of a figure: horizontal bars in the table's order, or a line over a
 * series in time. A suppressed cell keeps its place on the axis, labelled with what the
 * table shows, and has neither bar, point nor number.
 */
export function figureSpec(figure: PublishedFigure, locale: string): TopLevelSpec {
  const points = figureSeries(figure);
  const values = points.map((point, i) => ({
    category: point.category,
    value: point.value,
    shown: figure.rows[i]?.shown ?? '',
  }));
  const categories = points.map((point) => point.category);
  // Whole counts only: vega-lite leaves tickMinStep out of what it compiles, and a scale up
  // to 5 then ticks every half ("0 1 1 2 2 …" once formatted). No more ticks than the count.
  const most = Math.max(0, ...values.map((v) => v.value ?? 0));
  const countAxis = {
    title: figure.countHeading,
    format: ',d',
    tickMinStep: 1,
    tickCount: Math.max(1, Math.min(most, MOST_TICKS)),
  };
  const common = {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    description: figure.description,
    width: figure.chart === 'line' ? WIDTH : BAR_WIDTH,
    data: { values },
    config: {
      font: CHART_FONT,
      locale: { number: numberLocale(locale) },
      axis: {
        labelColor: '#1a1a1a',
        titleColor: '#1a1a1a',
        labelFontSize: 12,
        titleFontSize: 12,
        labelLimit: 260,
      },
      view: { stroke: null },
    },
  };
  const drawn = { filter: 'isValid(datum.value)' };
  if (figure.chart === 'line') {
    const x = {
      field: 'category',
      type: 'ordinal' as const,
      sort: null,
      scale: { domain: categories },
      title: figure.labelHeading,
      // A year of months ("10/2026") does not fit side by side: slanted, each keeps its place.
      axis:
        categories.length > SIDE_BY_SIDE
          ? { labelAngle: -45, labelAlign: 'right' as const, labelBaseline: 'top' as const }
          : { labelAngle: 0 },
    };
    return {
      ...common,
      height: 240,
      encoding: { x, y: { field: 'value', type: 'quantitative', axis: countAxis } },
      layer: [
        {
          mark: {
            type: 'line',
            color: CHART_COLOUR,
            point: { color: CHART_COLOUR },
            invalid: 'break-paths-filter-domains',
          },
        },
        {
          transform: [drawn],
          mark: { type: 'text', dy: -10, color: '#1a1a1a', fontSize: 12 },
          encoding: { text: { field: 'shown' } },
        },
      ],
    } as TopLevelSpec;
  }
  const y = {
    field: 'category',
    type: 'nominal' as const,
    sort: null,
    scale: { domain: categories },
    title: null,
  };
  return {
    ...common,
    height: { step: 26 },
    encoding: { y, x: { field: 'value', type: 'quantitative', axis: countAxis } },
    layer: [
      { transform: [drawn], mark: { type: 'bar', color: CHART_COLOUR } },
      {
        transform: [drawn],
        mark: { type: 'text', align: 'left', dx: 4, color: '#1a1a1a', fontSize: 12 },
        encoding: { text: { field: 'shown' } },
      },
    ],
  } as TopLevelSpec;
}
