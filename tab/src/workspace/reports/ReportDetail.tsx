import { makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { Heading } from '../../common/Heading';
import { useLabels } from '../../common/use-labels';
import { Facts } from '../Facts';
import { LoadState } from '../LoadState';
import { useHeadingFocus } from '../use-heading-focus';
import { ReportEditor } from './ReportEditor';
import { ReportFiles } from './ReportFiles';
import { ReportFigures } from './ReportFigures';
import { ReportHandOver } from './ReportHandOver';
import { ReportPublishing } from './ReportPublishing';
import { ReportQuotations } from './ReportQuotations';
import { ReportReading } from './ReportReading';
import { ReportStateBadges } from './ReportStateBadges';
import { ReportVersions } from './ReportVersions';
import { useReport } from './use-reports';
import { useReportWords } from './use-report-words';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXL,
    minWidth: 0,
  },
  top: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  title: { overflowWrap: 'anywhere' },
});

type Props = {
  readonly id: string;
  readonly focus: boolean;
  readonly canWrite: boolean;
  readonly canPublish: boolean;
};

/**
 * One report: what it covers and where it stands, its files, publishing (editors), its
 * words (rewritten by the RAKE group, read by the others), the observations it quotes, its
 * figures and its versions.
 */
export function ReportDetail({ id, focus, canWrite, canPublish }: Props) {
  const { t } = useTranslation();
  const styles = useStyles();
  const labels = useLabels();
  const words = useReportWords();
  const query = useReport(id);
  const heading = useHeadingFocus(focus, query.data !== undefined);

  if (query.isPending || query.isError) return <LoadState query={query} />;
  const tagged = query.data;
  const r = tagged.value;

  return (
    <div className={styles.root} data-testid="report-detail">
      <div className={styles.top}>
        <Heading level={3} id="report-heading" ref={heading} focusable className={styles.title}>
          <span lang={r.language}>{r.title}</span>
        </Heading>
        <ReportStateBadges report={r} />
        <Facts
          facts={[
            { term: t('workspace.reports.kindLabel'), value: words.kind(r.kind) },
            { term: t('workspace.reports.period'), value: words.range(r) },
            {
              term: t('workspace.reports.language'),
              value: t(`workspace.reports.languages.${r.language}`),
            },
            {
              term: t('workspace.reports.version'),
              value: t('workspace.reports.versionValue', {
                version: r.version,
                name: r.updatedByName,
                date: labels.dateTime(r.updatedAt),
              }),
              testId: 'report-version',
            },
            {
              term: t('workspace.reports.createdBy'),
              value: t('workspace.reports.byOn', {
                name: r.createdByName,
                date: labels.dateTime(r.createdAt),
              }),
            },
          ]}
        />
      </div>
      <ReportPublishing report={r} canPublish={canPublish}>
        {canWrite && <ReportHandOver report={tagged} />}
      </ReportPublishing>
      <ReportFiles id={r.id} title={r.title} exact={canWrite} />
      {canWrite ? <ReportEditor key={r.id} report={tagged} /> : <ReportReading report={r} />}
      <ReportQuotations key={`quotations-${r.id}`} report={tagged} canWrite={canWrite} />
      <ReportFigures report={r} />
      <ReportVersions report={r} />
    </div>
  );
}
