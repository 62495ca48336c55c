import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  split: {
    display: 'grid',
    gridTemplateColumns: 'minmax(18rem, 2fr) minmax(0, 3fr)',
    columnGap: tokens.spacingHorizontalXXL,
    rowGap: tokens.spacingVerticalL,
    alignItems: 'start',
  },
  one: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
});

type Props = {
  readonly narrow: boolean;
  readonly showList: boolean;
  readonly showDetail: boolean;
  readonly list: ReactNode;
  readonly detail: ReactNode;
};

/** The list beside its detail; on narrow screens whichever of them is showing. */
export function SplitView({ narrow, showList, showDetail, list, detail }: Props) {
  const styles = useStyles();
  if (narrow) {
    return (
      <div className={styles.one}>
        {showList && list}
        {showDetail && detail}
      </div>
    );
  }
  return (
    <div className={styles.split}>
      {list}
      {detail}
    </div>
  );
}
