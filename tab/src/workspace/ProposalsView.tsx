import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '../common/Heading';
import { LoadFailed } from '../common/LoadFailed';
import { Loading } from '../common/Loading';
import { BackButton } from './BackButton';
import { ProposalDetail } from './ProposalDetail';
import { ProposalForm } from './ProposalForm';
import { ProposalList, type StatusFilter } from './ProposalList';
import { SplitView } from './SplitView';
import { usePane } from './use-pane';
import { useOpenRequest, type OpenRequest } from './workspace-nav';
import { useProposals, useProposalWrites } from './use-proposals';

const useStyles = makeStyles({
  column: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
  },
});

type Props = {
  readonly canWrite: boolean;
  /** An item to open (from an agenda, the minutes …). */
  readonly request?: OpenRequest | null;
};

/** "Toimenpide-ehdotukset": the proposals by status, and one of them, or a new one. */
export function ProposalsView({ canWrite, request = null }: Props) {
  const { t } = useTranslation();
  const styles = useStyles();
  const list = useProposals();
  const { create } = useProposalWrites();
  const [filter, setFilter] = useState<StatusFilter>('all');
  const root = useRef<HTMLDivElement>(null);
  const split = usePane(root);
  useOpenRequest(request, split.created);
  const { pane } = split;

  const listSection = (
    <section className={styles.column} aria-labelledby="proposals-heading">
      <div className={styles.bar}>
        <Heading level={3} id="proposals-heading">
          {t('workspace.proposals.heading')}
        </Heading>
        {canWrite && (
          <Button appearance="primary" data-new-button onClick={split.openNew}>
            {t('workspace.proposals.new')}
          </Button>
        )}
      </div>
      {list.isPending && <Loading />}
      {list.isError && <LoadFailed error={list.error} retry={() => void list.refetch()} />}
      {list.data && (
        <ProposalList
          items={list.data}
          filter={filter}
          onFilter={setFilter}
          selectedId={pane.kind === 'item' ? pane.id : null}
          onOpen={split.open}
        />
      )}
    </section>
  );

  const detail = (
    <div className={styles.column}>
      {split.narrow && pane.kind === 'item' && <BackButton onClick={split.back} />}
      {pane.kind === 'new' && (
        <ProposalForm
          headingLevel={3}
          save={async (draft) => {
            const { value } = await create.mutateAsync(draft);
            // The new draft shows in the list whatever status was chosen there.
            setFilter('all');
            split.created(value.id);
          }}
          onCancel={split.cancelNew}
        />
      )}
      {pane.kind === 'item' && (
        <ProposalDetail key={pane.id} id={pane.id} focus={pane.focus} canWrite={canWrite} />
      )}
      {pane.kind === 'none' && <Text as="p">{t('workspace.proposals.pick')}</Text>}
    </div>
  );

  return (
    <div ref={root}>
      <SplitView
        narrow={split.narrow}
        showList={split.showList}
        showDetail={split.showDetail}
        list={listSection}
        detail={detail}
      />
    </div>
  );
}
