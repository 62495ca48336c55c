import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '../common/Heading';
import { LiveMessage, type LiveMessageValue } from '../common/LiveMessage';
import { LoadFailed } from '../common/LoadFailed';
import { Loading } from '../common/Loading';
import { Facts } from './Facts';
import { ProposalForm } from './ProposalForm';
import { ProposalHistory } from './ProposalHistory';
import { ProposalMoves } from './ProposalMoves';
import { ProposalOutcome } from './ProposalOutcome';
import { ProposalStatusBadge } from './ProposalStatusBadge';
import { usePhenomena } from './use-phenomena';
import { useProposal, useProposalWrites } from './use-proposals';
import { useWorkspaceLabels } from './use-workspace-labels';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  // The heading and the outcome of the last save, which is there only now and then.
  top: { display: 'flex', flexDirection: 'column' },
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
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<LiveMessageValue | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);

  const loaded = query.data !== undefined;
  const focused = useRef(false);
  useEffect(() => {
    if (!focus || !loaded || focused.current) return;
    focused.current = true;
    heading.current?.focus();
  }, [focus, loaded]);

  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadFailed error={query.error} retry={() => void query.refetch()} />;
  const { value: proposal, etag } = query.data;
  const titles = proposal.phenomenonIds.map(
    (pid) => phenomena.find((p) => p.id === pid)?.title ?? pid,
  );

  const stopEditing = () => {
    setEditing(false);
    requestAnimationFrame(() => editButton.current?.focus());
  };

  return (
    <div className={styles.root} data-testid="proposal-detail">
      <div className={styles.top}>
        <Heading level={3} id="proposal-heading" ref={heading} focusable>
          {proposal.title}
        </Heading>
        <LiveMessage message={message} polite={['success']} />
      </div>
      {editing ? (
        <ProposalForm
          editing={proposal}
          headingLevel={4}
          save={async (patch) => {
            await edit.mutateAsync({ id, patch, etag });
            setEditing(false);
            setMessage({ intent: 'success', text: t('workspace.proposals.saved') });
            requestAnimationFrame(() => heading.current?.focus());
          }}
          onConflict={() => reload(id)}
          onCancel={stopEditing}
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
            <Button
              className={styles.edit}
              ref={editButton}
              onClick={() => {
                setMessage(null);
                setEditing(true);
              }}
            >
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
