import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '../../common/Heading';
import { LoadFailed } from '../../common/LoadFailed';
import { Loading } from '../../common/Loading';
import { useSession } from '../../shell/session';
import { canWriteWorkspace, compilableAreas } from '../access';
import { BackButton } from '../BackButton';
import { SplitView } from '../SplitView';
import { usePane } from '../use-pane';
import { useOpenRequest, type OpenRequest } from '../workspace-nav';
import { CompilationDetail } from './CompilationDetail';
import { CompilationForm } from './CompilationForm';
import { CompilationList } from './CompilationList';
import { useCompilations, useCreateCompilation } from './use-compilations';

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
 * "Koosteet": the compilations, one of them, or a new one. A compilation is a report: it
 * takes the whole width, and the list comes back with "back" (on every screen).
 */
export function CompilationsView({ request }: { readonly request: OpenRequest | null }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { me } = useSession();
  const areas = compilableAreas(me);
  const canCompile = areas === null || areas.length > 0;
  const list = useCompilations();
  const create = useCreateCompilation();
  const root = useRef<HTMLDivElement>(null);
  const split = usePane(root);
  const { pane } = split;
  useOpenRequest(request, split.created);

  const listSection = (
    <section className={styles.column} aria-labelledby="compilations-heading">
      <div className={styles.bar}>
        <Heading level={3} id="compilations-heading">
          {t('workspace.compilations.heading')}
        </Heading>
        {canCompile && (
          <Button appearance="primary" data-new-button onClick={split.openNew}>
            {t('workspace.compilations.new')}
          </Button>
        )}
      </div>
      <Text as="p" block className={styles.intro}>
        {t('workspace.compilations.intro')}
      </Text>
      {list.isPending && <Loading />}
      {list.isError && <LoadFailed error={list.error} retry={() => void list.refetch()} />}
      {list.data?.length === 0 && <Text as="p">{t('workspace.compilations.none')}</Text>}
      {list.data && list.data.length > 0 && (
        <CompilationList items={list.data} onOpen={split.created} />
      )}
    </section>
  );

  const detail = (
    <div className={styles.column}>
      {pane.kind === 'item' && <BackButton onClick={split.back} />}
      {pane.kind === 'new' && (
        <CompilationForm
          save={async (req) => {
            const { value } = await create.mutateAsync(req);
            split.created(value.id);
          }}
          onCancel={split.cancelNew}
        />
      )}
      {pane.kind === 'item' && (
        <CompilationDetail
          key={pane.id}
          id={pane.id}
          focus={pane.focus}
          canRequest={canWriteWorkspace(me)}
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
