import type { PublishedFigure } from '../../domain/report';

export type FigurePoint = {
  /** The category as the chart labels it: a suppressed one says so ("Ristijärvi (alle 5)"). */
  readonly category: string;
  /** null for a suppressed cell: no bar or point is drawn, and no number is written. */
  readonly value: number | null;
};

/**
 * The points a chart draws from a figure's rows, in the table's order. A suppressed cell
 * keeps its category, labelled with what the table shows, so an empty place on the axis
 * reads as "fewer than 5" rather than as zero.
 */
export function figureSeries(figure: PublishedFigure): readonly FigurePoint[] {
  return figure.rows.map((row) => ({
    category: row.value === null ? `${row.label} (${row.shown})` : row.label,
    value: row.value,
  }));
}
