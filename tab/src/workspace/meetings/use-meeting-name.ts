import { useTranslation } from 'react-i18next';
import { useWorkspaceLabels } from '../use-workspace-labels';
import type { Meeting } from './meetings-api';

/** A meeting's name: its title, or "Kokous 10.2.2027" when it has none (the rhythm's). */
export function useMeetingName(): (meeting: Pick<Meeting, 'title' | 'date'>) => string {
  const { t } = useTranslation();
  const labels = useWorkspaceLabels();
  return (meeting) =>
    meeting.title.trim() || t('workspace.meetings.name', { date: labels.day(meeting.date) });
}
