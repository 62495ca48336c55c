import { makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { Heading } from '../common/Heading';
import { TimelineList } from '../common/TimelineList';
import { useLabels } from '../common/use-labels';
import type { ProposalHistoryEntry } from './api';
import { useWorkspaceLabels } from './use-workspace-labels';

const useStyles = makeStyles({
  note: {
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    margin: 0,
  },
});

/** A proposal's steps, oldest first: who moved it, when, and the decision or result they wrote. */
export function ProposalHistory({
  entries,
}: {
  readonly entries: readonly ProposalHistoryEntry[];
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const words = useWorkspaceLabels();
  const styles = useStyles();
  return (
    <section aria-labelledby="proposal-history-heading">
      <Heading level={4} id="proposal-history-heading">
        {t('workspace.history.heading')}
      </Heading>
      <TimelineList
        testId="proposal-history"
        steps={entries.map((e) => ({
          key: e.id,
          what:
            e.from === null
              ? t('workspace.history.created')
              : t('workspace.history.moved', {
                  from: words.status(e.from),
                  to: words.status(e.to),
                }),
          by: t('workspace.history.by', { name: e.actorName, date: labels.dateTime(e.at) }),
          more: e.note && <p className={styles.note}>{e.note}</p>,
        }))}
      />
    </section>
  );
}
