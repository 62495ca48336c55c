/** At most this many phenomena in the chart (those with most observations); the table has all. */
export const CHART_PHENOMENA = 6;
