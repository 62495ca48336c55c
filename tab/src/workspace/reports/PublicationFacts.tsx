import { Link, makeStyles, Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useLabels } from '../../common/use-labels';
import type { Publication } from './reports-api';

const useStyles = makeStyles({ p: { margin: 0 } });

/** Where the report is on the intranet now, in a sentence, with the page's link. */
export function PublicationFacts({ publication }: { readonly publication: Publication | null }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const styles = useStyles();
  if (publication === null) {
    return (
      <Text as="p" block className={styles.p} data-testid="report-publication">
        {t('workspace.reports.notPublished')}
      </Text>
    );
  }
  const words = {
    version: publication.version,
    date: labels.dateTime(publication.publishedAt),
    name: publication.publishedByName,
  };
  return (
    <Text as="p" block className={styles.p} data-testid="report-publication">
      {t(`workspace.reports.publicationNow.${publication.state}`, {
        ...words,
        withdrawn: publication.withdrawnAt ? labels.dateTime(publication.withdrawnAt) : '',
      })}{' '}
      {publication.state !== 'withdrawn' && (
        <Link href={publication.url} target="_blank" rel="noopener" inline>
          {t('workspace.reports.openPage')}
        </Link>
      )}
    </Text>
  );
}
