import { makeStyles, tokens } from '@fluentui/react-components';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ObservationView } from '../api/types';
import { StatusBadge } from './StatusBadge';
import { useLabels } from './use-labels';

const NARROW = '@media (max-width: 600px)';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'minmax(8rem, max-content) 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    // Narrow (a phone, Teams' side panel): a term above its value, so values keep the width
    // they need and words are not broken mid-word.
    [NARROW]: { gridTemplateColumns: 'minmax(0, 1fr)', rowGap: tokens.spacingVerticalXXS },
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: {
    margin: 0,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    [NARROW]: { marginBlockEnd: tokens.spacingVerticalS },
  },
});

/** The filed form as text (React escapes it; nothing is ever rendered as HTML). */
export function ObservationDetails({ observation: o }: { observation: ObservationView }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const styles = useStyles();
  const rows: [string, ReactNode, string?][] = [
    [t('detail.status'), <StatusBadge key="s" status={o.status} />],
    [t('detail.kind'), t(`kind.${o.kind}`)],
    [t('detail.description'), o.description, 'detail-description'],
    [t('detail.solutionProposal'), o.solutionProposal || t('common.empty')],
    [t('detail.topic'), labels.list('topics', o.topic)],
    [t('detail.serviceArea'), labels.list('serviceAreas', o.serviceArea)],
    [t('detail.municipality'), labels.list('municipalities', o.municipality)],
    [t('detail.targetGroup'), labels.list('targetGroups', o.targetGroup)],
    [t('detail.reporter'), o.reporterName],
    [t('detail.createdAt'), labels.dateTime(o.createdAt)],
    [t('detail.period'), labels.period(o.period)],
  ];
  return (
    <dl className={styles.list}>
      {rows.map(([term, value, testId]) => (
        <Fragment key={term}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.value} data-testid={testId}>
            {value}
          </dd>
        </Fragment>
      ))}
    </dl>
  );
}
