import type { PhenomenonTrends } from './api';

/** One phenomenon against the time before: what the trend chart and its table draw. */
export type TrendRow = {
  readonly id: string;
  readonly title: string;
  readonly count: number;
  readonly previousCount: number;
  readonly change: number;
};

export const trendRowsOf = (trends: PhenomenonTrends): TrendRow[] =>
  trends.items.map((i) => ({
    id: i.phenomenonId,
    title: i.title,
    count: i.count,
    previousCount: i.previousCount,
    change: i.change,
  }));
