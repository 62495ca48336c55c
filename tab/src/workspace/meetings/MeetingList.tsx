import { Badge, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { Heading } from '../../common/Heading';
import { useItemButtonStyles } from '../../common/item-button';
import { useSession } from '../../shell/session';
import { todayIn } from '../dates';
import { useWorkspaceLabels } from '../use-workspace-labels';
import type { Meeting } from './meetings-api';
import { useMeetingName } from './use-meeting-name';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  group: { display: 'flex', flexDirection: 'column' },
});

type Props = {
  readonly items: readonly Meeting[];
  readonly selectedId: string | null;
  readonly onOpen: (id: string) => void;
};

/** The meetings: those to come first (the next one marked), then those held, latest first. */
export function MeetingList({ items, selectedId, onOpen }: Props) {
  const { t } = useTranslation();
  const { config } = useSession();
  const labels = useWorkspaceLabels();
  const name = useMeetingName();
  const styles = useStyles();
  const item = useItemButtonStyles();
  const today = todayIn(config.timeZone);
  const upcoming = items
    .filter((m) => m.date >= today)
    .sort((a, b) => a.date.localeCompare(b.date));
  const held = items.filter((m) => m.date < today).sort((a, b) => b.date.localeCompare(a.date));
  const nextId = upcoming[0]?.id;

  const listOf = (meetings: readonly Meeting[]) => (
    <ul className={item.list}>
      {meetings.map((m) => {
        const selected = m.id === selectedId;
        return (
          <li key={m.id}>
            <button
              type="button"
              className={mergeClasses(item.button, selected && item.selected)}
              aria-pressed={selected}
              data-item-id={m.id}
              onClick={() => onOpen(m.id)}
            >
              <span className={item.title}>{name(m)}</span>
              <span className={item.meta}>
                {m.title.trim() !== '' && <Text size={200}>{labels.day(m.date)}</Text>}
                {m.id === nextId && (
                  <Badge appearance="tint" shape="rounded" color="brand">
                    {t('workspace.meetings.next')}
                  </Badge>
                )}
                {m.minutes !== null ? (
                  <Badge appearance="tint" shape="rounded" color="success">
                    {t('workspace.meetings.hasMinutes')}
                  </Badge>
                ) : (
                  m.date < today && <Text size={200}>{t('workspace.meetings.noMinutes')}</Text>
                )}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );

  const group = (id: string, title: string, meetings: readonly Meeting[]) =>
    meetings.length > 0 && (
      <section className={styles.group} aria-labelledby={id}>
        <Heading level={4} id={id}>
          {title}
        </Heading>
        {listOf(meetings)}
      </section>
    );

  return (
    <div className={styles.root} data-testid="meeting-list">
      {items.length === 0 && <Text as="p">{t('workspace.meetings.empty')}</Text>}
      {group('meetings-upcoming', t('workspace.meetings.upcoming'), upcoming)}
      {group('meetings-held', t('workspace.meetings.held'), held)}
    </div>
  );
}
