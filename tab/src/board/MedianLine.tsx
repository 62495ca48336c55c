import { Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useLabels } from '../common/use-labels';
import { formatDuration } from '../i18n/format';
import { useSession } from '../shell/session';

/** The period's median wait for a first answer: the number that keeps reporters reporting. */
export function MedianLine({ hours, period }: { hours: number | null; period: string | null }) {
  const { t } = useTranslation();
  const { config } = useSession();
  const labels = useLabels();
  const id = period ?? config.currentPeriod ?? '';
  const label = labels.period(id);
  return (
    <Text weight="semibold" data-testid="board-median">
      {hours === null
        ? t('board.medianNone', { period: label })
        : t('board.median', { period: label, duration: formatDuration(hours, t) })}
    </Text>
  );
}
