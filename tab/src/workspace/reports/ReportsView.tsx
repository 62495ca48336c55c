import { makeStyles, Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../shell/session';
import { canPublishReports, canWriteWorkspace } from '../access';
import { SplitSection } from '../SplitSection';
import type { OpenRequest } from '../workspace-nav';
import { ReportDetail } from './ReportDetail';
import { ReportForm } from './ReportForm';
import { ReportList } from './ReportList';
import { useReports, useReportWrites } from './use-reports';

const useStyles = makeStyles({ none: { margin: 0, maxWidth: '60rem' } });

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

  return (
    <SplitSection
      name="reports"
      heading={t('workspace.reports.heading')}
      newLabel={canWrite ? t('workspace.reports.new') : undefined}
      intro={
        canPublish && !canWrite ? t('workspace.reports.introEditor') : t('workspace.reports.intro')
      }
      list={list}
      empty={
        <Text as="p" className={styles.none} data-testid="report-none">
          {t('workspace.reports.none')}
        </Text>
      }
      renderList={(items, { open }) => (
        <ReportList items={items} onOpen={open} readyFirst={canPublish} />
      )}
      renderNew={({ created, cancel }) => (
        <ReportForm
          save={async (req) => {
            const { value } = await create.mutateAsync(req);
            created(value.id);
          }}
          onCancel={cancel}
        />
      )}
      renderItem={({ id, focus }) => (
        <ReportDetail id={id} focus={focus} canWrite={canWrite} canPublish={canPublish} />
      )}
      request={request}
      oneAtATime
    />
  );
}
