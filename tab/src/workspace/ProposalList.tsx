import { Field, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { PROPOSAL_STATUSES } from '../../../src/domain/proposal/proposal';
import { FitSelect } from '../common/FitSelect';
import { Heading } from '../common/Heading';
import { useItemButtonStyles } from '../common/item-button';
import type { Proposal, ProposalStatus } from './api';
import { ProposalStatusBadge } from './ProposalStatusBadge';
import { useWorkspaceLabels } from './use-workspace-labels';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  filter: { maxWidth: '20rem' },
  group: { display: 'flex', flexDirection: 'column' },
});

export type StatusFilter = ProposalStatus | 'all';

type Props = {
  readonly items: readonly Proposal[];
  readonly filter: StatusFilter;
  readonly onFilter: (filter: StatusFilter) => void;
  readonly selectedId: string | null;
  readonly onOpen: (id: string) => void;
};

/** The proposals, grouped by status (or of one status), each with its decision body and due date. */
export function ProposalList({ items, filter, onFilter, selectedId, onOpen }: Props) {
  const { t } = useTranslation();
  const labels = useWorkspaceLabels();
  const styles = useStyles();
  const item = useItemButtonStyles();

  const listOf = (proposals: readonly Proposal[]) => (
    <ul className={item.list}>
      {proposals.map((p) => {
        const selected = p.id === selectedId;
        return (
          <li key={p.id}>
            <button
              type="button"
              className={mergeClasses(item.button, selected && item.selected)}
              aria-pressed={selected}
              data-item-id={p.id}
              onClick={() => onOpen(p.id)}
            >
              <span className={item.title}>{p.title}</span>
              <span className={item.meta}>
                <ProposalStatusBadge status={p.status} />
                <Text size={200}>{p.decisionBody}</Text>
                {p.dueDate && (
                  <Text size={200}>
                    {t('workspace.proposals.due', { date: labels.day(p.dueDate) })}
                  </Text>
                )}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );

  const groups = PROPOSAL_STATUSES.filter((s) => filter === 'all' || s === filter)
    .map((status) => ({ status, proposals: items.filter((p) => p.status === status) }))
    .filter((g) => g.proposals.length > 0);

  return (
    <div className={styles.root} data-testid="proposal-list">
      <Field
        className={styles.filter}
        label={{ children: t('workspace.proposals.filter'), htmlFor: 'proposal-filter' }}
      >
        <FitSelect
          id="proposal-filter"
          value={filter}
          onChange={(_, d) => onFilter(d.value as StatusFilter)}
        >
          <option value="all">{t('workspace.proposals.all')}</option>
          {PROPOSAL_STATUSES.map((s) => (
            <option key={s} value={s}>
              {labels.status(s)}
            </option>
          ))}
        </FitSelect>
      </Field>
      {items.length === 0 ? (
        <Text as="p">{t('workspace.proposals.empty')}</Text>
      ) : groups.length === 0 ? (
        <Text as="p">{t('workspace.proposals.emptyFiltered')}</Text>
      ) : (
        groups.map((g) => (
          <section
            key={g.status}
            className={styles.group}
            aria-labelledby={`proposal-group-${g.status}`}
          >
            <Heading level={4} id={`proposal-group-${g.status}`}>
              {t('workspace.proposals.group', {
                status: labels.status(g.status),
                n: labels.number(g.proposals.length),
              })}
            </Heading>
            {listOf(g.proposals)}
          </section>
        ))
      )}
    </div>
  );
}
