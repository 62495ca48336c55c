import { makeStyles, tokens } from '@fluentui/react-components';
import { Fragment, type ReactNode } from 'react';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'minmax(7rem, max-content) minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    '@media (max-width: 480px)': { gridTemplateColumns: 'minmax(0, 1fr)', rowGap: 0 },
  },
  term: {
    fontWeight: tokens.fontWeightSemibold,
    '@media (max-width: 480px)': { marginBlockStart: tokens.spacingVerticalS },
  },
  value: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

export type Fact = {
  readonly term: string;
  readonly value: ReactNode;
  readonly testId?: string;
};

/** Terms and their values (a description list); on a narrow screen each value under its term. */
export function Facts({ facts }: { readonly facts: readonly Fact[] }) {
  const styles = useStyles();
  return (
    <dl className={styles.list}>
      {facts.map((f) => (
        <Fragment key={f.term}>
          <dt className={styles.term}>{f.term}</dt>
          <dd className={styles.value} data-testid={f.testId}>
            {f.value}
          </dd>
        </Fragment>
      ))}
    </dl>
  );
}
