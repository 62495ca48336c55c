import { Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useItemButtonStyles } from '../../common/item-button';
import { useLabels } from '../../common/use-labels';
import { useWorkspaceLabels } from '../use-workspace-labels';
import type { CompilationSummary } from './compilations-api';
import { useCompilationWords } from './use-compilation-words';

type Props = {
  readonly items: readonly CompilationSummary[];
  readonly onOpen: (id: string) => void;
};

/** The compilations, newest first: what, where, how many, made when and by whom. */
export function CompilationList({ items, onOpen }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const words = useWorkspaceLabels();
  const names = useCompilationWords();
  const styles = useItemButtonStyles();
  return (
    <ul className={styles.list} data-testid="compilation-list">
      {items.map((c) => (
        <li key={c.id}>
          <button
            type="button"
            className={styles.button}
            data-item-id={c.id}
            onClick={() => onOpen(c.id)}
          >
            <span className={styles.title}>{names.name(c)}</span>
            <span className={styles.meta}>
              <Text size={200}>{names.area(c)}</Text>
              <Text size={200}>
                {t('workspace.compilations.total', { count: c.total, n: words.number(c.total) })}
              </Text>
              <Text size={200}>
                {t('workspace.compilations.madeBy', {
                  name: c.createdByName,
                  date: labels.dateTime(c.createdAt),
                })}
              </Text>
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
