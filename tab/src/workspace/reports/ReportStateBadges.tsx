import { Badge, makeStyles, tokens, type BadgeProps } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ReportSummary } from './reports-api';
import {
  changedSincePublished,
  publicationStateOf,
  readyToPublish,
  useReportWords,
  type PublicationState,
} from './use-report-words';

const COLOR: Record<PublicationState, BadgeProps['color']> = {
  draft: 'informative',
  published: 'success',
  awaiting_approval: 'warning',
  withdrawn: 'subtle',
};

const useStyles = makeStyles({
  row: { display: 'inline-flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

type Props = {
  readonly report: Pick<ReportSummary, 'publication' | 'version' | 'handedOver'>;
};

/** Where the report stands on the intranet, in words (the colour only repeats them). */
export function ReportStateBadges({ report }: Props) {
  const { t } = useTranslation();
  const styles = useStyles();
  const words = useReportWords();
  const state = publicationStateOf(report);
  return (
    <span className={styles.row} data-testid="report-state">
      <Badge appearance="tint" shape="rounded" color={COLOR[state]}>
        {words.state(report)}
      </Badge>
      {changedSincePublished(report) && (
        <Badge appearance="outline" shape="rounded" color="important">
          {t('workspace.reports.changedSince')}
        </Badge>
      )}
      {readyToPublish(report) && (
        <Badge appearance="filled" shape="rounded" color="brand" data-testid="report-ready">
          {t('workspace.reports.readyBadge')}
        </Badge>
      )}
    </span>
  );
}
