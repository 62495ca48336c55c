import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { DetailHeading } from './DetailHeading';
import { Facts } from './Facts';
import { LoadState } from './LoadState';
import { ProposalForm } from './ProposalForm';
import { ProposalHistory } from './ProposalHistory';
import { ProposalMoves } from './ProposalMoves';
import { ProposalOutcome } from './ProposalOutcome';
import { ProposalStatusBadge } from './ProposalStatusBadge';
import { useEditMode } from './use-edit-mode';
import { useHeadingFocus } from './use-heading-focus';
import { usePhenomena } from './use-phenomena';
import { useProposal, useProposalWrites } from './use-proposals';
import { useWorkspaceLabels } from './use-workspace-labels';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  edit: { alignSelf: 'flex-start' },
  phenomena: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

type Props = {
  readonly id: string;
  readonly focus: boolean;
  readonly canWrite: boolean;
};

/** One action proposal: its content, decision and result, its moves and its steps. */
export function ProposalDetail({ id, focus, canWrite }: Props) {
  const { t } = useTranslation();
  const styles = useStyles();
  const labels = useWorkspaceLabels();
  const query = useProposal(id);
  const phenomena = usePhenomena().data ?? [];
  const { edit, reload } = useProposalWrites();
  const heading = useHeadingFocus(focus, query.data !== undefined);
  const editor = useEditMode(heading);

  if (query.isPending || query.isError) return <LoadState query={query} />;
  const { value: proposal, etag } = query.data;
  const titles = proposal.phenomenonIds.map(
    (pid) => phenomena.find((p) => p.id === pid)?.title ?? pid,
  );

  return (
    <div className={styles.root} data-testid="proposal-detail">
      <DetailHeading id="proposal-heading" headingRef={heading} message={editor.message}>
        {proposal.title}
      </DetailHeading>
      {editor.editing ? (
        <ProposalForm
          editing={proposal}
          headingLevel={4}
          save={async (patch) => {
            await edit.mutateAsync({ id, patch, etag });
            editor.saved(t('workspace.proposals.saved'));
          }}
          onConflict={() => reload(id)}
          onCancel={editor.cancel}
        />
      ) : (
        <>
          <Facts
            facts={[
              {
                term: t('workspace.proposals.status'),
                value: <ProposalStatusBadge status={proposal.status} />,
              },
              { term: t('workspace.proposals.decisionBody'), value: proposal.decisionBody },
              { term: t('workspace.proposals.owner'), value: proposal.owner ?? t('common.empty') },
              {
                term: t('workspace.proposals.dueDate'),
                value: proposal.dueDate ? labels.day(proposal.dueDate) : t('common.empty'),
              },
              {
                term: t('workspace.proposals.rationale'),
                value: proposal.rationale || t('common.empty'),
              },
              {
                term: t('workspace.proposals.phenomena'),
                value:
                  titles.length === 0 ? (
                    t('common.empty')
                  ) : (
                    <ul className={styles.phenomena}>
                      {titles.map((title, i) => (
                        <li key={proposal.phenomenonIds[i]}>{title}</li>
                      ))}
                    </ul>
                  ),
              },
              {
                term: t('workspace.proposals.observations'),
                value: labels.number(proposal.observationIds.length),
              },
              { term: t('workspace.forms'), value: labels.forms(proposal.forms) },
              { term: t('workspace.level'), value: labels.level(proposal.level) },
            ]}
          />
          {proposal.decision && (
            <ProposalOutcome
              title={t('workspace.proposals.decision')}
              outcome={proposal.decision}
              testId="proposal-decision"
            />
          )}
          {proposal.result && (
            <ProposalOutcome
              title={t('workspace.proposals.result')}
              outcome={proposal.result}
              testId="proposal-result"
            />
          )}
          {canWrite && (
            <Button className={styles.edit} ref={editor.button} onClick={editor.start}>
              {t('workspace.edit')}
            </Button>
          )}
        </>
      )}
      <ProposalMoves proposal={proposal} etag={etag} canWrite={canWrite} />
      <ProposalHistory entries={proposal.history} />
    </div>
  );
}
