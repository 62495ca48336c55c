import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ObservationView } from '../api/types';
import { AnswerTime } from '../common/AnswerTime';
import { useItemButtonStyles } from '../common/item-button';
import { StatusBadge } from '../common/StatusBadge';
import { observationTitle } from '../common/title';
import { useLabels } from '../common/use-labels';
import { PriorityBadge } from './PriorityBadge';
import { UnroutedBadge } from './UnroutedBadge';

/** A withdrawn one needs nothing from the supervisor: it stays listed, quieter than the rest. */
const useWithdrawnStyles = makeStyles({
  item: { backgroundColor: tokens.colorNeutralBackground2, color: tokens.colorNeutralForeground2 },
  title: { fontWeight: tokens.fontWeightRegular },
});

type Props = {
  readonly observation: ObservationView;
  readonly selected: boolean;
  readonly showStatus: boolean;
  readonly onOpen: (id: string) => void;
};

export function BoardItem({ observation: o, selected, showStatus, onOpen }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const styles = useItemButtonStyles();
  const quiet = useWithdrawnStyles();
  const withdrawn = o.status === 'withdrawn';
  return (
    <button
      type="button"
      className={mergeClasses(styles.button, withdrawn && quiet.item, selected && styles.selected)}
      aria-haspopup="dialog"
      data-observation-id={o.id}
      onClick={() => onOpen(o.id)}
    >
      <span className={mergeClasses(styles.title, withdrawn && quiet.title)}>
        {observationTitle(o.description)}
      </span>
      <span className={styles.meta}>
        {showStatus && <StatusBadge status={o.status} />}
        <PriorityBadge priority={o.triage?.priority} />
        <UnroutedBadge observationId={o.id} />
        <Text size={200}>{labels.list('serviceAreas', o.serviceArea)}</Text>
        <Text size={200}>{labels.list('municipalities', o.municipality)}</Text>
        <Text size={200}>{t('mine.created', { date: labels.date(o.createdAt) })}</Text>
      </span>
      <AnswerTime observation={o} variant="board" />
    </button>
  );
}
