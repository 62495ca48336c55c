import { useTranslation } from 'react-i18next';
import { Heading } from '../../common/Heading';
import { TimelineList } from '../../common/TimelineList';
import { useLabels } from '../../common/use-labels';
import { LoadState } from '../LoadState';
import type { Report } from './reports-api';
import { useReportVersions } from './use-reports';

/** The saved versions, newest first: who saved each, when, and which one is on the intranet. */
export function ReportVersions({ report }: { readonly report: Report }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const query = useReportVersions(report.id);
  const published = report.publication?.state === 'withdrawn' ? null : report.publication;
  return (
    <section aria-labelledby="report-versions-heading">
      <Heading level={4} id="report-versions-heading">
        {t('workspace.reports.versionsHeading')}
      </Heading>
      <LoadState query={query} />
      {query.data && (
        <TimelineList
          testId="report-versions"
          dense
          steps={[...query.data]
            .sort((a, b) => b.version - a.version)
            .map((v) => ({
              key: v.version,
              what: `${t('workspace.reports.versionLine', { version: v.version })}${
                published?.version === v.version
                  ? ` – ${t('workspace.reports.versionPublished')}`
                  : ''
              }`,
              by: t('workspace.reports.versionBy', {
                name: v.actorName,
                date: labels.dateTime(v.at),
              }),
            }))}
        />
      )}
    </section>
  );
}
