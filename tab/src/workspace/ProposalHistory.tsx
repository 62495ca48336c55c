import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { Heading } from '../common/Heading';
import { useLabels } from '../common/use-labels';
import type { ProposalHistoryEntry } from './api';
import { useWorkspaceLabels } from './use-workspace-labels';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  entry: {
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorBrandStroke1,
    paddingInlineStart: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
  step: { fontWeight: tokens.fontWeightSemibold },
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
      <ol className={styles.list} data-testid="proposal-history">
        {entries.map((e) => (
          <li key={e.id} className={styles.entry}>
            <Text className={styles.step}>
              {e.from === null
                ? t('workspace.history.created')
                : t('workspace.history.moved', {
                    from: words.status(e.from),
                    to: words.status(e.to),
                  })}
            </Text>
            <Text size={200}>
              {t('workspace.history.by', { name: e.actorName, date: labels.dateTime(e.at) })}
            </Text>
            {e.note && <p className={styles.note}>{e.note}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
