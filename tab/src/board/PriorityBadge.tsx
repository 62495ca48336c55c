import { Badge, makeStyles } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  /** Read by screen readers, not shown: the scale of the number. */
  hint: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});

/**
 * Field 9 of the triage record on a board card: "Prioriteetti 2", read as "Prioriteetti 2
 * (1 = kiireellisin)". Nothing when the supervisor has not set one.
 */
export function PriorityBadge({ priority }: { readonly priority: number | null | undefined }) {
  const { t } = useTranslation();
  const styles = useStyles();
  if (priority === null || priority === undefined) return null;
  return (
    <Badge
      appearance={priority <= 2 ? 'filled' : 'tint'}
      color={priority <= 2 ? 'danger' : 'informative'}
      shape="rounded"
      data-testid="priority"
    >
      {t('board.priority', { priority })}
      <span className={styles.hint}> {t('board.priorityHint')}</span>
    </Badge>
  );
}
