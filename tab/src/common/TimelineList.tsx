import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  denseList: { rowGap: tokens.spacingVerticalS },
  entry: {
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorBrandStroke1,
    paddingInlineStart: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
  denseEntry: { rowGap: 0 },
  what: { fontWeight: tokens.fontWeightSemibold },
});

export type TimelineStep = {
  readonly key: string | number;
  /** What happened, in bold. */
  readonly what: ReactNode;
  /** Who did it, and when. */
  readonly by: string;
  /** What they wrote with it (feedback, a decision), if anything. */
  readonly more?: ReactNode;
};

type Props = {
  readonly steps: readonly TimelineStep[];
  readonly testId?: string;
  readonly stepTestId?: string;
  /** Closer together: steps that carry no text of their own (a report's versions). */
  readonly dense?: boolean;
};

/** Steps one under another, each marked on its start edge: what, who and when, what was said. */
export function TimelineList({ steps, testId, stepTestId, dense = false }: Props) {
  const styles = useStyles();
  return (
    <ol className={mergeClasses(styles.list, dense && styles.denseList)} data-testid={testId}>
      {steps.map((s) => (
        <li
          key={s.key}
          className={mergeClasses(styles.entry, dense && styles.denseEntry)}
          data-testid={stepTestId}
        >
          <Text className={styles.what}>{s.what}</Text>
          <Text size={200}>{s.by}</Text>
          {s.more}
        </li>
      ))}
    </ol>
  );
}
