import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '../../common/Heading';
import { LoadFailed } from '../../common/LoadFailed';
import { Loading } from '../../common/Loading';
import { useSession } from '../../shell/session';
import { canPublishReports, canWriteWorkspace } from '../access';
import { BackButton } from '../BackButton';
import { SplitView } from '../SplitView';
import { usePane } from '../use-pane';
import { useOpenRequest, type OpenRequest } from '../workspace-nav';
import { ReportDetail } from './ReportDetail';
import { ReportForm } from './ReportForm';
import { ReportList } from './ReportList';
import { useReports, useReportWrites } from './use-reports';

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
  intro: { margin: 0, maxWidth: '60rem' },
});

/**
 * "Raportit": the reports, one of them, or a new one. A report is long: it takes the whole
 * width, and the list comes back with "back" (on every screen), as compilations do.
 */
export function ReportsView({ request }: { readonly request: OpenRequest | null }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { me } = useSession();
  const canWrite = canWriteWorkspace(me);
  const canPublish = canPublishReports(me);
  const list = useReports();
  const { create } = useReportWrites();
  const root = useRef<HTMLDivElement>(null);
  const split = usePane(root);
  const { pane } = split;
  useOpenRequest(request, split.created);

  const listSection = (
    <section className={styles.column} aria-labelledby="reports-heading">
      <div className={styles.bar}>
        <Heading level={3} id="reports-heading">
          {t('workspace.reports.heading')}
        </Heading>
        {canWrite && (
          <Button appearance="primary" data-new-button onClick={split.openNew}>
            {t('workspace.reports.new')}
          </Button>
        )}
      </div>
      <Text as="p" block className={styles.intro}>
        {canPublish && !canWrite
          ? t('workspace.reports.introEditor')
          : t('workspace.reports.intro')}
      </Text>
      {list.isPending && <Loading />}
      {list.isError && <LoadFailed error={list.error} retry={() => void list.refetch()} />}
      {list.data?.length === 0 && (
        <Text as="p" className={styles.intro} data-testid="report-none">
          {t('workspace.reports.none')}
        </Text>
      )}
      {list.data && list.data.length > 0 && <ReportList items={list.data} onOpen={split.created} />}
    </section>
  );

  const detail = (
    <div className={styles.column}>
      {pane.kind === 'item' && <BackButton onClick={split.back} />}
      {pane.kind === 'new' && (
        <ReportForm
          save={async (req) => {
            const { value } = await create.mutateAsync(req);
            split.created(value.id);
          }}
          onCancel={split.cancelNew}
        />
      )}
      {pane.kind === 'item' && (
        <ReportDetail
          key={pane.id}
          id={pane.id}
          focus={pane.focus}
          canWrite={canWrite}
          canPublish={canPublish}
        />
      )}
    </div>
  );

  return (
    <div ref={root}>
      <SplitView
        narrow
        showList={pane.kind === 'none'}
        showDetail={pane.kind !== 'none'}
        list={listSection}
        detail={detail}
      />
    </div>
  );
}
