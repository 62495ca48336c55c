import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { Suspense, type ReactNode } from 'react';
import { Loading } from '../common/Loading';

const useStyles = makeStyles({
  // Chart and table side by side while both fit; under each other on narrow screens.
  pair: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 24rem), 1fr))',
    gap: tokens.spacingHorizontalXXL,
    alignItems: 'start',
  },
  figure: { margin: 0, minWidth: 0 },
  caption: { display: 'block', marginBlockEnd: tokens.spacingVerticalS },
});

type Props = {
  /** The chart's caption (also its title for screen readers); null: no chart, the table alone. */
  readonly caption: string | null;
  /** A line under the caption, e.g. that the chart shows only the largest. */
  readonly note?: string | null;
  /** The chart: a lazily loaded component (the charting library is its own chunk). */
  readonly chart: ReactNode;
  /** The same numbers as a table, right beside it. */
  readonly table: ReactNode;
};

/** A chart with its data table beside it: the table is the chart's accessible alternative. */
export function ChartPair({ caption, note, chart, table }: Props) {
  const styles = useStyles();
  return (
    <div className={styles.pair}>
      {caption !== null && (
        <figure className={styles.figure}>
          <figcaption className={styles.caption}>
            <Text weight="semibold">{caption}</Text>
            {note && (
              <Text block size={200}>
                {note}
              </Text>
            )}
          </figcaption>
          <Suspense fallback={<Loading />}>{chart}</Suspense>
        </figure>
      )}
      {table}
    </div>
  );
}
