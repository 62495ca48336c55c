import { GroupedVerticalBarChart } from '@fluentui/react-charts';
import { makeStyles } from '@fluentui/react-components';
import { useSession } from '../shell/session';
import { CHART_PHENOMENA } from './chart-size';
import type { TrendRow } from './trend-rows';

const useStyles = makeStyles({ chart: { width: '100%', minWidth: 0, overflow: 'hidden' } });

type Props = {
  readonly rows: readonly TrendRow[];
  /** The legends of the two bars: this period (or time) and the one before. */
  readonly current: string;
  readonly previous: string;
  readonly label: string;
};

/**
 * This period against the previous one per phenomenon, as grouped bars (Fluent's charts,
 * in the Teams theme). Its own chunk: the charting library is fetched only for this.
 */
export function TrendChart({ rows, current, previous, label }: Props) {
  const { language } = useSession();
  const styles = useStyles();
  const data = rows
    .filter((item) => item.count > 0 || item.previousCount > 0)
    .slice(0, CHART_PHENOMENA)
    .map((item) => ({
      name: item.title,
      series: [
        { key: 'current', data: item.count, legend: current },
        { key: 'previous', data: item.previousCount, legend: previous },
      ],
    }));
  return (
    <div className={styles.chart}>
      <GroupedVerticalBarChart
        data={data}
        height={320}
        culture={`${language}-FI`}
        chartTitle={label}
        yAxisTickCount={4}
        roundedTicks
        xAxis={{ tickLayout: 'auto' }}
      />
    </div>
  );
}
