import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { Heading } from '../../common/Heading';
import { Loading } from '../../common/Loading';
import { useSession } from '../../shell/session';
import { canSeeCompilations } from '../access';
import { useCompilation, useCompilations } from '../compilations/use-compilations';
import { ObservationExcerpt, type ObservationGist } from '../ObservationExcerpt';
import { useObservationGists } from '../use-observation-gists';
import { useWorkspaceLabels } from '../use-workspace-labels';
import type { Enrichment } from './enrichments-api';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
});

/**
 * The observations a request asks about: from its compilation when the user may read it
 * (it is among their compilations), else each one as the user may see it (a supervisor sees
 * their area's on the board).
 */
export function EnrichmentObservations({ enrichment }: { readonly enrichment: Enrichment }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const words = useWorkspaceLabels();
  const styles = useStyles();
  const mayList = canSeeCompilations(me) && enrichment.compilationId !== null;
  const listed = useCompilations(mayList);
  const readable = listed.data?.some((c) => c.id === enrichment.compilationId) ?? false;
  const compilation = useCompilation(readable ? enrichment.compilationId : null);
  // Without the compilation (none, not among the user's, not answering): one by one.
  const known = !mayList || listed.isSuccess || listed.isError;
  const read = useObservationGists(
    enrichment.observationIds,
    (known && !readable) || compilation.isError,
  );

  const shown: readonly ObservationGist[] =
    compilation.data?.observations.filter((o) => enrichment.observationIds.includes(o.id)) ??
    read.gists;
  const pending = (readable && compilation.isPending) || read.pending;
  const n = enrichment.observationIds.length;
  const unseen = n - shown.length;

  return (
    <section className={styles.root} aria-labelledby="enrichment-observations">
      <Heading level={4} id="enrichment-observations">
        {t('workspace.enrichments.observations', { n: words.number(n) })}
      </Heading>
      {n === 0 && <Text>{t('workspace.enrichments.noObservations')}</Text>}
      {pending && <Loading />}
      {shown.length > 0 && (
        <ul className={styles.list} data-testid="enrichment-observations">
          {shown.map((o) => (
            <li key={o.id}>
              <ObservationExcerpt observation={o} />
            </li>
          ))}
        </ul>
      )}
      {!pending && unseen > 0 && (
        <Text>{t('workspace.enrichments.unseen', { count: unseen, n: words.number(unseen) })}</Text>
      )}
    </section>
  );
}
