import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '../common/Heading';
import { LoadFailed } from '../common/LoadFailed';
import { Loading } from '../common/Loading';
import { useSession } from '../shell/session';
import { BackButton } from './BackButton';
import { PhenomenonDetail } from './PhenomenonDetail';
import { PhenomenonForm } from './PhenomenonForm';
import { PhenomenonList } from './PhenomenonList';
import { SplitView } from './SplitView';
import { TrendSection } from './TrendSection';
import { usePane } from './use-pane';
import { useOpenRequest, type OpenRequest } from './workspace-nav';
import { usePhenomena, usePhenomenonWrites, useTrends } from './use-phenomena';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXL },
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

/** "Ilmiöt": the period's trend, the phenomena and one of them, or a new one. */
export function PhenomenaView({ canWrite, request = null }: Props) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { config } = useSession();
  const [periodId, setPeriodId] = useState(config.currentPeriod ?? config.periods[0]?.id ?? '');
  const list = usePhenomena();
  const trends = useTrends(periodId);
  const { create } = usePhenomenonWrites();
  const root = useRef<HTMLDivElement>(null);
  const split = usePane(root);
  useOpenRequest(request, split.created);
  const { pane } = split;
  const selectedId = pane.kind === 'item' ? pane.id : null;

  const listSection = (
    <section className={styles.column} aria-labelledby="phenomena-heading">
      <div className={styles.bar}>
        <Heading level={3} id="phenomena-heading">
          {t('workspace.phenomena.heading')}
        </Heading>
        {canWrite && (
          <Button appearance="primary" data-new-button onClick={split.openNew}>
            {t('workspace.phenomena.new')}
          </Button>
        )}
      </div>
      {list.isPending && <Loading />}
      {list.isError && <LoadFailed error={list.error} retry={() => void list.refetch()} />}
      {list.data?.length === 0 && <Text as="p">{t('workspace.phenomena.empty')}</Text>}
      {list.data && list.data.length > 0 && (
        <PhenomenonList
          items={list.data}
          trends={trends.data}
          selectedId={selectedId}
          onOpen={split.open}
        />
      )}
    </section>
  );

  const detail = (
    <div className={styles.column}>
      {split.narrow && pane.kind === 'item' && <BackButton onClick={split.back} />}
      {pane.kind === 'new' && (
        <PhenomenonForm
          headingLevel={3}
          save={async (draft) => {
            const { value } = await create.mutateAsync(draft);
            split.created(value.id);
          }}
          onCancel={split.cancelNew}
        />
      )}
      {pane.kind === 'item' && (
        <PhenomenonDetail
          key={pane.id}
          id={pane.id}
          focus={pane.focus}
          canWrite={canWrite}
          periodId={periodId}
          trend={trends.data?.items.find((i) => i.phenomenonId === pane.id)}
        />
      )}
      {pane.kind === 'none' && <Text as="p">{t('workspace.phenomena.pick')}</Text>}
    </div>
  );

  return (
    <div className={styles.root} ref={root}>
      {split.showList && <TrendSection periodId={periodId} onPeriod={setPeriodId} />}
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
