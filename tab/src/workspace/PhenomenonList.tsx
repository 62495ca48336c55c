import { mergeClasses, Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useItemButtonStyles } from '../common/item-button';
import type { Phenomenon, PhenomenonTrends } from './api';
import { TrendWords } from './TrendWords';
import { useWorkspaceLabels } from './use-workspace-labels';

type Props = {
  readonly items: readonly Phenomenon[];
  readonly trends: PhenomenonTrends | undefined;
  readonly selectedId: string | null;
  readonly onOpen: (id: string) => void;
};

/** Each phenomenon: its name, forms, level, linked observations and the period's trend. */
export function PhenomenonList({ items, trends, selectedId, onOpen }: Props) {
  const { t } = useTranslation();
  const labels = useWorkspaceLabels();
  const styles = useItemButtonStyles();
  const trendOf = new Map(trends?.items.map((i) => [i.phenomenonId, i]));
  return (
    <ul className={styles.list} data-testid="phenomenon-list">
      {items.map((p) => {
        const selected = p.id === selectedId;
        const trend = trendOf.get(p.id);
        return (
          <li key={p.id}>
            <button
              type="button"
              className={mergeClasses(styles.button, selected && styles.selected)}
              aria-pressed={selected}
              data-item-id={p.id}
              onClick={() => onOpen(p.id)}
            >
              <span className={styles.title}>{p.title}</span>
              <span className={styles.meta}>
                <Text size={200}>{labels.forms(p.forms)}</Text>
                <Text size={200}>{labels.level(p.level)}</Text>
                <Text size={200}>
                  {t('workspace.phenomena.count', {
                    count: p.observationCount,
                    n: labels.number(p.observationCount),
                  })}
                </Text>
              </span>
              {trend && trends && (
                <Text size={200}>
                  {t('workspace.trend.line', {
                    period: trends.period.id,
                    n: labels.number(trend.count),
                    previousN: labels.number(trend.previousCount),
                  })}
                  {' – '}
                  <TrendWords change={trend.change} />
                </Text>
              )}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
