import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Status } from '../api/types';
import { StatusBadge } from '../common/StatusBadge';
import { useLabels } from '../common/use-labels';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: tokens.spacingVerticalXS,
    paddingInlineStart: tokens.spacingHorizontalM,
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorNeutralStroke1,
    minWidth: 0,
  },
  excerpt: { margin: 0, overflowWrap: 'anywhere' },
  meta: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground2,
  },
});

/** What an agenda, a compilation or a request shows of an observation (never its reporter). */
export type ObservationGist = {
  readonly id: string;
  readonly excerpt: string;
  readonly status: Status;
  readonly serviceArea: string;
  readonly municipality: string;
  readonly topic: string;
  readonly createdAt: string;
};

type Props = {
  readonly observation: ObservationGist;
  /** The id of the excerpt's paragraph, for controls that it describes. */
  readonly excerptId?: string;
  /** Lines under the facts: linked phenomena, answers, a decision. */
  readonly children?: ReactNode;
};

/** One observation as an excerpt, with its status, area, municipality, topic and day. */
export function ObservationExcerpt({ observation: o, excerptId, children }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const styles = useStyles();
  return (
    <div className={styles.item} data-observation-id={o.id}>
      <p className={styles.excerpt} id={excerptId}>
        {o.excerpt}
      </p>
      <span className={styles.meta}>
        <StatusBadge status={o.status} />
        <Text size={200}>{labels.list('serviceAreas', o.serviceArea)}</Text>
        <Text size={200}>{labels.list('municipalities', o.municipality)}</Text>
        <Text size={200}>{labels.list('topics', o.topic)}</Text>
        <Text size={200}>{t('workspace.phenomena.filed', { date: labels.date(o.createdAt) })}</Text>
      </span>
      {children}
    </div>
  );
}
