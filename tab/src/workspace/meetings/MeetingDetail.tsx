import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '../../common/Heading';
import { LiveMessage } from '../../common/LiveMessage';
import { useLabels } from '../../common/use-labels';
import { DetailHeading } from '../DetailHeading';
import { Facts } from '../Facts';
import { LoadState } from '../LoadState';
import { useEditMode } from '../use-edit-mode';
import { useHeadingFocus } from '../use-heading-focus';
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
  const heading = useHeadingFocus(focus, query.data !== undefined);
  const minutesHeading = useRef<HTMLHeadingElement>(null);
  // The meeting's day and title, and its minutes: each opens a form of its own.
  const editor = useEditMode(heading);
  const writer = useEditMode(minutesHeading);

  if (query.isPending || query.isError) return <LoadState query={query} />;
  const { value: agenda, etag } = query.data;
  const { meeting } = agenda;

  return (
    <div className={styles.root} data-testid="meeting-detail">
      <DetailHeading id="meeting-heading" headingRef={heading} message={editor.message}>
        {name(meeting)}
      </DetailHeading>
      <div className={styles.facts}>
        {editor.editing ? (
          <MeetingForm
            editing={meeting}
            headingLevel={4}
            save={async (draft) => {
              const patch: MeetingPatch = {
                ...(draft.date !== meeting.date ? { date: draft.date } : {}),
                ...(draft.title !== meeting.title ? { title: draft.title } : {}),
              };
              if (Object.keys(patch).length > 0) await edit.mutateAsync({ id, patch, etag });
              editor.saved(t('workspace.meetings.saved'));
            }}
            onConflict={() => reload(id)}
            onCancel={editor.cancel}
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
              <Button className={styles.button} ref={editor.button} onClick={editor.start}>
                {t('workspace.meetings.edit')}
              </Button>
            )}
          </>
        )}
      </div>
      <Agenda agenda={agenda} />
      <div className={styles.minutes}>
        {writer.editing ? (
          <MinutesEditor
            agenda={agenda}
            etag={etag}
            onSaved={() => writer.saved(t('workspace.minutes.saved'))}
            onCancel={writer.cancel}
          />
        ) : (
          <>
            <LiveMessage message={writer.message} polite={['success']} />
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
                ref={writer.button}
                onClick={writer.start}
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
