import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '../../common/Heading';
import { LoadFailed } from '../../common/LoadFailed';
import { Loading } from '../../common/Loading';
import { useSession } from '../../shell/session';
import { canWriteWorkspace } from '../access';
import { BackButton } from '../BackButton';
import { SplitView } from '../SplitView';
import { usePane } from '../use-pane';
import { useOpenRequest, type OpenRequest } from '../workspace-nav';
import { EnrichmentDetail } from './EnrichmentDetail';
import { EnrichmentList } from './EnrichmentList';
import { useEnrichments } from './use-enrichments';

const useStyles = makeStyles({
  column: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  intro: { margin: 0 },
});

/** "Rikastamispyynnöt": the requests the user sees (the RAKE group all, supervisors their areas'). */
export function EnrichmentsView({ request }: { readonly request: OpenRequest | null }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { me } = useSession();
  const list = useEnrichments();
  const root = useRef<HTMLDivElement>(null);
  const split = usePane(root);
  const { pane } = split;
  useOpenRequest(request, split.created);

  const listSection = (
    <section className={styles.column} aria-labelledby="enrichments-heading">
      <div>
        <Heading level={3} id="enrichments-heading">
          {t('workspace.enrichments.listHeading')}
        </Heading>
        <Text as="p" block className={styles.intro}>
          {canWriteWorkspace(me)
            ? t('workspace.enrichments.introRake')
            : t('workspace.enrichments.introAsked')}
        </Text>
      </div>
      {list.isPending && <Loading />}
      {list.isError && <LoadFailed error={list.error} retry={() => void list.refetch()} />}
      {list.data?.length === 0 && <Text as="p">{t('workspace.enrichments.empty')}</Text>}
      {list.data && list.data.length > 0 && (
        <EnrichmentList
          items={list.data}
          selectedId={pane.kind === 'item' ? pane.id : null}
          onOpen={split.open}
        />
      )}
    </section>
  );

  const detail = (
    <div className={styles.column}>
      {split.narrow && pane.kind === 'item' && <BackButton onClick={split.back} />}
      {pane.kind === 'item' && <EnrichmentDetail key={pane.id} id={pane.id} focus={pane.focus} />}
      {pane.kind !== 'item' && <Text as="p">{t('workspace.enrichments.pick')}</Text>}
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
