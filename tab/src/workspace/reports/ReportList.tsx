import { Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useItemButtonStyles } from '../../common/item-button';
import { useLabels } from '../../common/use-labels';
import type { ReportSummary } from './reports-api';
import { ReportStateBadges } from './ReportStateBadges';
import { readyToPublish, useReportWords } from './use-report-words';

type Props = {
  readonly items: readonly ReportSummary[];
  readonly onOpen: (id: string) => void;
  /** Editors see first what the writers handed over to them. */
  readonly readyFirst?: boolean;
};

/** The ones ready to publish first, each part newest first as the server gave them. */
const withReadyFirst = (items: readonly ReportSummary[]) => [
  ...items.filter(readyToPublish),
  ...items.filter((r) => !readyToPublish(r)),
];

/**
 * The reports, newest first (for editors, those ready to publish before the others): title,
 * kind and time, where each stands, who saved it last.
 */
export function ReportList({ items, onOpen, readyFirst = false }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const words = useReportWords();
  const styles = useItemButtonStyles();
  return (
    <ul className={styles.list} data-testid="report-list">
      {(readyFirst ? withReadyFirst(items) : items).map((r) => (
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
