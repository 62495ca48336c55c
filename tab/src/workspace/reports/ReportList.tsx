import { Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useItemButtonStyles } from '../../common/item-button';
import { useLabels } from '../../common/use-labels';
import type { ReportSummary } from './reports-api';
import { ReportStateBadges } from './ReportStateBadges';
import { useReportWords } from './use-report-words';

type Props = {
  readonly items: readonly ReportSummary[];
  readonly onOpen: (id: string) => void;
};

/** The reports, newest first: title, kind and time, where each stands, who saved it last. */
export function ReportList({ items, onOpen }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const words = useReportWords();
  const styles = useItemButtonStyles();
  return (
    <ul className={styles.list} data-testid="report-list">
      {items.map((r) => (
        <li key={r.id}>
          <button
            type="button"
            className={styles.button}
            data-item-id={r.id}
            onClick={() => onOpen(r.id)}
          >
            <span className={styles.title} lang={r.language}>
              {r.title}
            </span>
            <span className={styles.meta}>
              <Text size={200}>{words.kind(r.kind)}</Text>
              <Text size={200}>{words.range(r)}</Text>
              <ReportStateBadges report={r} />
              <Text size={200}>
                {t('workspace.reports.savedBy', {
                  name: r.updatedByName,
                  date: labels.dateTime(r.updatedAt),
                })}
              </Text>
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
