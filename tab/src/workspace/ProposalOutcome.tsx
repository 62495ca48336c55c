import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Proposal } from './api';
import { useWorkspaceLabels } from './use-workspace-labels';

const useStyles = makeStyles({
  box: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  text: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

type Props = {
  readonly title: string;
  readonly outcome: NonNullable<Proposal['decision']>;
  readonly testId: string;
};

/** A decision or a result: what was said, by whom, on which day. */
export function ProposalOutcome({ title, outcome, testId }: Props) {
  const { t } = useTranslation();
  const labels = useWorkspaceLabels();
  const styles = useStyles();
  return (
    <div className={styles.box} data-testid={testId}>
      <Text weight="semibold">{title}</Text>
      <p className={styles.text}>{outcome.text}</p>
      <Text size={200}>
        {t('workspace.proposals.outcomeBy', { by: outcome.by, date: labels.day(outcome.on) })}
      </Text>
    </div>
  );
}
