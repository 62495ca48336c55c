import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '../../common/Heading';
import { LiveMessage, type LiveMessageValue } from '../../common/LiveMessage';
import { LoadFailed } from '../../common/LoadFailed';
import { Loading } from '../../common/Loading';
import { useLabels } from '../../common/use-labels';
import { Facts } from '../Facts';
import { useWorkspaceLabels } from '../use-workspace-labels';
import { Agenda } from './Agenda';
import { MeetingForm } from './MeetingForm';
import type { MeetingPatch } from './meetings-api';
import { MinutesEditor } from './MinutesEditor';
import { RecordedMinutes } from './RecordedMinutes';
import { useAgenda, useMeetingWrites } from './use-meetings';
import { useMeetingName } from './use-meeting-name';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXL },
  // The heading and the outcome of the last save, which is there only now and then.
  top: { display: 'flex', flexDirection: 'column' },
  facts: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  button: { alignSelf: 'flex-start' },
  minutes: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
});

type Props = {
  readonly id: string;
  /** Move the focus to the heading once it is there (just made, opened narrow, linked to). */
  readonly focus: boolean;
  /** The coordinator (and admins): move and rename it, record the minutes. */
  readonly canKeep: boolean;
  /** The RAKE group: hand the minutes' observations on to a service area. */
  readonly canRequest: boolean;
};

/** One meeting: when, its agenda, and its minutes (recorded, or being written). */
export function MeetingDetail({ id, focus, canKeep, canRequest }: Props) {
  const { t } = useTranslation();
  const styles = useStyles();
  const labels = useLabels();
  const words = useWorkspaceLabels();
  const name = useMeetingName();
  const query = useAgenda(id);
  const { edit, reload } = useMeetingWrites();
  const [editing, setEditing] = useState(false);
  const [writing, setWriting] = useState(false);
  const [message, setMessage] = useState<LiveMessageValue | null>(null);
  const [minutesMessage, setMinutesMessage] = useState<LiveMessageValue | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const minutesButton = useRef<HTMLButtonElement>(null);
  const minutesHeading = useRef<HTMLHeadingElement>(null);

  const loaded = query.data !== undefined;
  const focused = useRef(false);
  useEffect(() => {
    if (!focus || !loaded || focused.current) return;
    focused.current = true;
    heading.current?.focus();
  }, [focus, loaded]);

  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadFailed error={query.error} retry={() => void query.refetch()} />;
  const { value: agenda, etag } = query.data;
  const { meeting } = agenda;
  const later = (f: () => void) => requestAnimationFrame(f);

  return (
    <div className={styles.root} data-testid="meeting-detail">
      <div className={styles.top}>
        <Heading level={3} id="meeting-heading" ref={heading} focusable>
          {name(meeting)}
        </Heading>
        <LiveMessage message={message} polite={['success']} />
      </div>
      <div className={styles.facts}>
        {editing ? (
          <MeetingForm
            editing={meeting}
            headingLevel={4}
            save={async (draft) => {
              const patch: MeetingPatch = {
                ...(draft.date !== meeting.date ? { date: draft.date } : {}),
                ...(draft.title !== meeting.title ? { title: draft.title } : {}),
              };
              if (Object.keys(patch).length > 0) await edit.mutateAsync({ id, patch, etag });
              setEditing(false);
              setMessage({ intent: 'success', text: t('workspace.meetings.saved') });
              later(() => heading.current?.focus());
            }}
            onConflict={() => reload(id)}
            onCancel={() => {
              setEditing(false);
              later(() => editButton.current?.focus());
            }}
          />
        ) : (
          <>
            <Facts
              facts={[
                { term: t('workspace.meetings.date'), value: words.day(meeting.date) },
                ...(meeting.scheduledFor !== null && meeting.scheduledFor !== meeting.date
                  ? [
                      {
                        term: t('workspace.meetings.scheduledFor'),
                        value: words.day(meeting.scheduledFor),
                      },
                    ]
                  : []),
                {
                  term: t('workspace.minutes.heading'),
                  value: meeting.minutes
                    ? t('workspace.meetings.minutesRecorded', {
                        date: labels.date(meeting.minutes.recordedAt),
                      })
                    : t('workspace.meetings.noMinutes'),
                  testId: 'meeting-minutes-state',
                },
              ]}
            />
            {canKeep && (
              <Button
                className={styles.button}
                ref={editButton}
                onClick={() => {
                  setMessage(null);
                  setEditing(true);
                }}
              >
                {t('workspace.meetings.edit')}
              </Button>
            )}
          </>
        )}
      </div>
      <Agenda agenda={agenda} />
      <div className={styles.minutes}>
        {writing ? (
          <MinutesEditor
            agenda={agenda}
            etag={etag}
            onSaved={() => {
              setWriting(false);
              setMinutesMessage({ intent: 'success', text: t('workspace.minutes.saved') });
              later(() => minutesHeading.current?.focus());
            }}
            onCancel={() => {
              setWriting(false);
              later(() => minutesButton.current?.focus());
            }}
          />
        ) : (
          <>
            <LiveMessage message={minutesMessage} polite={['success']} />
            {meeting.minutes ? (
              <RecordedMinutes
                agenda={agenda}
                headingRef={minutesHeading}
                canRequest={canRequest}
              />
            ) : (
              <section className={styles.minutes} aria-labelledby="minutes-heading">
                <Heading level={4} id="minutes-heading">
                  {t('workspace.minutes.heading')}
                </Heading>
                <Text>{t('workspace.minutes.none')}</Text>
              </section>
            )}
            {canKeep && (
              <Button
                className={styles.button}
                appearance={meeting.minutes ? 'secondary' : 'primary'}
                ref={minutesButton}
                onClick={() => {
                  setMinutesMessage(null);
                  setWriting(true);
                }}
              >
                {meeting.minutes ? t('workspace.minutes.edit') : t('workspace.minutes.new')}
              </Button>
            )}
          </>
        )}
      </div>
    </div>
  );
}
