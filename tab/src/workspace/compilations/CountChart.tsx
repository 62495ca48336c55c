import { HorizontalBarChart, HorizontalBarChartVariant } from '@fluentui/react-charts';
import { makeStyles, tokens } from '@fluentui/react-components';
import { useSession } from '../../shell/session';
import { CHART_COUNTS, type CountRow } from './count-rows';

const useStyles = makeStyles({ chart: { width: '100%', minWidth: 0, overflow: 'hidden' } });

type Props = { readonly rows: readonly CountRow[] };

/**
 * Counts by one dimension as horizontal bars on one scale, each with its name above it (long
 * Finnish names fit a narrow column). Its own chunk with the charting library; the figure's
 * caption names it.
 */
export function CountChart({ rows }: Props) {
  const { language } = useSession();
  const styles = useStyles();
  const shown = rows.filter((r) => r.count > 0).slice(0, CHART_COUNTS);
  // Room after the longest bar for its number (the scale's end is a fifth beyond it).
  const end = Math.ceil(Math.max(1, ...shown.map((r) => r.count)) * 1.2);
  return (
    <div className={styles.chart}>
      <HorizontalBarChart
        data={shown.map((r) => ({
          chartTitle: r.label,
          chartData: [
            {
              legend: r.label,
              horizontalBarChartdata: { x: r.count, total: end },
              // One colour: the bars differ only in length (else the library picks at random).
              color: tokens.colorBrandBackground,
            },
          ],
        }))}
        variant={HorizontalBarChartVariant.AbsoluteScale}
        culture={`${language}-FI`}
        barHeight={16}
      />
    </div>
  );
}
