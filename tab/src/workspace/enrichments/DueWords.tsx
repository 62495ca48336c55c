import { Badge, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../shell/session';
import { todayIn } from '../dates';
import { useWorkspaceLabels } from '../use-workspace-labels';
import { dueOf, type DueFacts } from './due';

const useStyles = makeStyles({
  root: {
    display: 'inline-flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
  },
});

type Props = { readonly request: DueFacts; readonly size?: 200 | 300 };

/** The due date in words: in how many days, today, late by how many (never by colour alone). */
export function DueWords({ request, size = 300 }: Props) {
  const { t } = useTranslation();
  const { config } = useSession();
  const labels = useWorkspaceLabels();
  const styles = useStyles();
  const due = dueOf(request, todayIn(config.timeZone));
  const date = labels.day(request.dueDate);
  const text =
    'days' in due
      ? t(`workspace.enrichments.due.${due.kind}`, { date, count: due.days })
      : t(`workspace.enrichments.due.${due.kind}`, { date });
  return (
    <span className={styles.root} data-due={due.kind}>
      {due.kind === 'late' && (
        <Badge appearance="tint" shape="rounded" color="danger">
          {t('workspace.enrichments.late')}
        </Badge>
      )}
      <Text size={size}>{text}</Text>
    </span>
  );
}
