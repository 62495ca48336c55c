import { Badge, mergeClasses, Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/types';
import { useItemButtonStyles } from '../common/item-button';
import { StatusBadge } from '../common/StatusBadge';
import { observationTitle } from '../common/title';
import { useLabels } from '../common/use-labels';
import { useSession } from '../shell/session';
import { outcomeOf } from './LedTo';

type Props = {
  readonly items: readonly Schemas['ObservationWithOutcome'][];
  readonly selectedId: string | null;
  readonly onSelect: (id: string) => void;
};

export function ReportList({ items, selectedId, onSelect }: Props) {
  const { t } = useTranslation();
  const { me } = useSession();
  const labels = useLabels();
  const styles = useItemButtonStyles();
  return (
    <ul className={styles.list} data-testid="my-reports">
      {items.map((o) => {
        const selected = o.id === selectedId;
        const outcome = outcomeOf(o);
        return (
          <li key={o.id}>
            <button
              type="button"
              className={mergeClasses(styles.button, selected && styles.selected)}
              aria-pressed={selected}
              data-observation-id={o.id}
              onClick={() => onSelect(o.id)}
            >
              <span className={styles.title}>{observationTitle(o.description)}</span>
              <span className={styles.meta}>
                <StatusBadge status={o.status} />
                <Text size={200}>{t('mine.period', { period: labels.period(o.period) })}</Text>
                <Text size={200}>{t('mine.created', { date: labels.date(o.createdAt) })}</Text>
                {outcome !== null && (
                  <Badge appearance="tint" color="success" data-testid="led-to-badge">
                    {t(`ledTo.badge.${outcome}`)}
                  </Badge>
                )}
                {o.reporterId !== me.id && (
                  <Badge appearance="tint" color="informative">
                    {t('mine.coReported')}
                  </Badge>
                )}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
