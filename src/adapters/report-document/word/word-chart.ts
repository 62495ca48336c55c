import { ChartRun } from 'docx/charts';
import type { PublishedFigure } from '../../../domain/report';
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
    valueAxis: { numberFormat: '#,##0', minimum: 0 },
    altText: { name: figure.title, title: figure.title, description: figure.description },
  };
  if (figure.chart === 'line') {
    return new ChartRun({
      ...common,
      type: 'line',
      markers: true,
      dataLabels: { ...common.dataLabels, position: 'above' },
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
