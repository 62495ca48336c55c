import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { Heading } from '../../common/Heading';
import { LoadFailed } from '../../common/LoadFailed';
import { Loading } from '../../common/Loading';
import { useLabels } from '../../common/use-labels';
import type { Report } from './reports-api';
import { useReportVersions } from './use-reports';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  entry: {
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorBrandStroke1,
    paddingInlineStart: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
  },
  title: { fontWeight: tokens.fontWeightSemibold },
});

/** The saved versions, newest first: who saved each, when, and which one is on the intranet. */
export function ReportVersions({ report }: { readonly report: Report }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const labels = useLabels();
  const query = useReportVersions(report.id);
  const published = report.publication?.state === 'withdrawn' ? null : report.publication;
  return (
    <section aria-labelledby="report-versions-heading">
      <Heading level={4} id="report-versions-heading">
        {t('workspace.reports.versionsHeading')}
      </Heading>
      {query.isPending && <Loading />}
      {query.isError && <LoadFailed error={query.error} retry={() => void query.refetch()} />}
      {query.data && (
        <ol className={styles.list} data-testid="report-versions">
          {[...query.data]
            .sort((a, b) => b.version - a.version)
            .map((v) => (
              <li key={v.version} className={styles.entry}>
                <Text className={styles.title}>
                  {t('workspace.reports.versionLine', { version: v.version })}
                  {published?.version === v.version &&
                    ` – ${t('workspace.reports.versionPublished')}`}
                </Text>
                <Text size={200}>
                  {t('workspace.reports.versionBy', {
                    name: v.actorName,
                    date: labels.dateTime(v.at),
                  })}
                </Text>
              </li>
            ))}
        </ol>
      )}
    </section>
  );
}
