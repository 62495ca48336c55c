import { ChartRun } from 'docx/charts';
import type { PublishedFigure } from '../../../domain/report';
import { SIDE_BY_SIDE } from '../chart/figure-spec';
import { figureSeries } from '../figure-series';

/** The page's text width is about 6.3 in; Word inserts charts 6 in (576 px) wide. */
const WIDTH_PX = 576;
const BAR_HEIGHT_PX = 26;
const COLOUR = '1F4E79';
const FONT = 'Arial';

/**
 * A figure as a native Word chart (its data in an embedded workbook, editable in Word):
 * horizontal bars for categories, a line for a series in time. A suppressed cell is an empty
 * value (no bar, no number in the chart's XML or workbook); its category label says why.
 */
export function wordChart(figure: PublishedFigure): ChartRun {
  const points = figureSeries(figure);
  const categories = points.map((point) => point.category);
  const series = [{ name: figure.countHeading, values: points.map((p) => p.value), color: COLOUR }];
  const common = {
    categories,
    series,
    legend: false as const,
    font: { name: FONT },
    emptyValues: 'gap' as const,
    dataLabels: { value: true, numberFormat: '#,##0' },
    valueAxis: { numberFormat: '#,##0', minimum: 0, ...wholeSteps(points) },
    altText: { name: figure.title, title: figure.title, description: figure.description },
  };
  if (figure.chart === 'line') {
    return new ChartRun({
      ...common,
      type: 'line',
      markers: true,
      dataLabels: { ...common.dataLabels, position: 'above' },
      // A year of months ("10/2026") runs together side by side: slanted, each stays legible.
      categoryAxis: categories.length > SIDE_BY_SIDE ? { labelRotation: -45 } : {},
      transformation: { width: WIDTH_PX, height: 300 },
    });
  }
  return new ChartRun({
    ...common,
    type: 'bar',
    gapWidth: 60,
    // Word draws the first category at the bottom; reversed, the bars read top-down in the
    // table's order, and the value axis is moved back to the bottom.
    categoryAxis: { reverseOrder: true },
    valueAxis: { ...common.valueAxis, crossesAt: 'maximum' },
    transformation: { width: WIDTH_PX, height: barChartHeight(categories.length) },
  });
}

function barChartHeight(bars: number): number {
  return Math.min(720, Math.max(160, 60 + bars * BAR_HEIGHT_PX));
}

/**
 * Counts are whole: up to 8, a step of one; with nothing drawn (every cell zero or "alle 5"),
 * an axis to 1. Office's own step for small numbers is a half, written "0 1 1 2 2" in #,##0.
 */
function wholeSteps(points: readonly { readonly value: number | null }[]): {
  interval?: number;
  maximum?: number;
} {
  const most = Math.max(0, ...points.map((p) => p.value ?? 0));
  if (most === 0) return { interval: 1, maximum: 1 };
  return most <= 8 ? { interval: 1 } : {};
}
