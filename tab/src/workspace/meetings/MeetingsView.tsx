import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '../../common/Heading';
import { LoadFailed } from '../../common/LoadFailed';
import { Loading } from '../../common/Loading';
import { useSession } from '../../shell/session';
import { canKeepMeetings, canWriteWorkspace } from '../access';
import { BackButton } from '../BackButton';
import { SplitView } from '../SplitView';
import { usePane } from '../use-pane';
import { useOpenRequest, type OpenRequest } from '../workspace-nav';
import { MeetingDetail } from './MeetingDetail';
import { MeetingForm } from './MeetingForm';
import { MeetingList } from './MeetingList';
import { useMeetings, useMeetingWrites } from './use-meetings';

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
});

/** "Kokoukset": the RAKE group's meetings, one with its agenda and minutes, or a new one. */
export function MeetingsView({ request }: { readonly request: OpenRequest | null }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { me } = useSession();
  const canKeep = canKeepMeetings(me);
  const list = useMeetings();
  const { create } = useMeetingWrites();
  const root = useRef<HTMLDivElement>(null);
  const split = usePane(root);
  const { pane } = split;
  useOpenRequest(request, split.created);

  const listSection = (
    <section className={styles.column} aria-labelledby="meetings-heading">
      <div className={styles.bar}>
        <Heading level={3} id="meetings-heading">
          {t('workspace.meetings.heading')}
        </Heading>
        {canKeep && (
          <Button appearance="primary" data-new-button onClick={split.openNew}>
            {t('workspace.meetings.new')}
          </Button>
        )}
      </div>
      {list.isPending && <Loading />}
      {list.isError && <LoadFailed error={list.error} retry={() => void list.refetch()} />}
      {list.data && (
        <MeetingList
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
      {pane.kind === 'new' && (
        <MeetingForm
          headingLevel={3}
          save={async (draft) => {
            const { value } = await create.mutateAsync(draft);
            split.created(value.id);
          }}
          onCancel={split.cancelNew}
        />
      )}
      {pane.kind === 'item' && (
        <MeetingDetail
          key={pane.id}
          id={pane.id}
          focus={pane.focus}
          canKeep={canKeep}
          canRequest={canWriteWorkspace(me)}
        />
      )}
      {pane.kind === 'none' && <Text as="p">{t('workspace.meetings.pick')}</Text>}
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
