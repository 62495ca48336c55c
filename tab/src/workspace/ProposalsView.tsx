import { Text } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProposalDetail } from './ProposalDetail';
import { ProposalForm } from './ProposalForm';
import { ProposalList, type StatusFilter } from './ProposalList';
import { SplitSection } from './SplitSection';
import type { OpenRequest } from './workspace-nav';
import { useProposals, useProposalWrites } from './use-proposals';

type Props = {
  readonly canWrite: boolean;
  /** An item to open (from an agenda, the minutes …). */
  readonly request?: OpenRequest | null;
};

/** "Toimenpide-ehdotukset": the proposals by status, and one of them, or a new one. */
export function ProposalsView({ canWrite, request = null }: Props) {
  const { t } = useTranslation();
  const list = useProposals();
  const { create } = useProposalWrites();
  const [filter, setFilter] = useState<StatusFilter>('all');

  return (
    <SplitSection
      name="proposals"
      heading={t('workspace.proposals.heading')}
      newLabel={canWrite ? t('workspace.proposals.new') : undefined}
      list={list}
      renderList={(items, { selectedId, open }) => (
        <ProposalList
          items={items}
          filter={filter}
          onFilter={setFilter}
          selectedId={selectedId}
          onOpen={open}
        />
      )}
      renderNew={({ created, cancel }) => (
        <ProposalForm
          headingLevel={3}
          save={async (draft) => {
            const { value } = await create.mutateAsync(draft);
            // The new draft shows in the list whatever status was chosen there.
            setFilter('all');
            created(value.id);
          }}
          onCancel={cancel}
        />
      )}
      renderItem={({ id, focus }) => <ProposalDetail id={id} focus={focus} canWrite={canWrite} />}
      pick={<Text as="p">{t('workspace.proposals.pick')}</Text>}
      request={request}
    />
  );
}
