import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ObservationView } from '../api/types';
import { formatDuration } from '../i18n/format';

/** A week without any answer is flagged: silence is what makes reporters stop reporting. */
export const LONG_WAIT_HOURS = 7 * 24;

const useStyles = makeStyles({
  long: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

type Props = {
  readonly observation: Pick<ObservationView, 'hoursToFirstAnswer' | 'firstAnsweredAt' | 'status'>;
  readonly variant: 'board' | 'timeline';
};

/** How long the reporter waited (or still waits) for the first answer: hours, then days. */
export function AnswerTime({ observation, variant }: Props) {
  const { t } = useTranslation();
  const styles = useStyles();
  // Withdrawn before anyone answered: nobody waits for an answer to it.
  if (observation.status === 'withdrawn' && observation.firstAnsweredAt === null) return null;
  const duration = formatDuration(observation.hoursToFirstAnswer, t);
  const waiting = observation.firstAnsweredAt === null;
  const key = waiting ? 'waiting' : 'answered';
  const long = waiting && observation.hoursToFirstAnswer >= LONG_WAIT_HOURS;
  return (
    <Text size={200} className={long ? styles.long : undefined} data-testid="answer-time">
      {t(`${variant}.${key}`, { duration })}
    </Text>
  );
}
