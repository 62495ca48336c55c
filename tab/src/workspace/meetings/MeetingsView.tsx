import { Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../shell/session';
import { canKeepMeetings, canWriteWorkspace } from '../access';
import { SplitSection } from '../SplitSection';
import type { OpenRequest } from '../workspace-nav';
import { MeetingDetail } from './MeetingDetail';
import { MeetingForm } from './MeetingForm';
import { MeetingList } from './MeetingList';
import { useMeetings, useMeetingWrites } from './use-meetings';

/** "Kokoukset": the RAKE group's meetings, one with its agenda and minutes, or a new one. */
export function MeetingsView({ request }: { readonly request: OpenRequest | null }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const canKeep = canKeepMeetings(me);
  const list = useMeetings();
  const { create } = useMeetingWrites();

  return (
    <SplitSection
      name="meetings"
      heading={t('workspace.meetings.heading')}
      newLabel={canKeep ? t('workspace.meetings.new') : undefined}
      list={list}
      renderList={(items, { selectedId, open }) => (
        <MeetingList items={items} selectedId={selectedId} onOpen={open} />
      )}
      renderNew={({ created, cancel }) => (
        <MeetingForm
          headingLevel={3}
          save={async (draft) => {
            const { value } = await create.mutateAsync(draft);
            created(value.id);
          }}
          onCancel={cancel}
        />
      )}
      renderItem={({ id, focus }) => (
        <MeetingDetail id={id} focus={focus} canKeep={canKeep} canRequest={canWriteWorkspace(me)} />
      )}
      pick={<Text as="p">{t('workspace.meetings.pick')}</Text>}
      request={request}
    />
  );
}
