import { makeStyles, tokens } from '@fluentui/react-components';
import type { ObservationView, Schemas } from '../api/types';
import { AnswerTime } from '../common/AnswerTime';
import { LoadFailed } from '../common/LoadFailed';
import { Loading } from '../common/Loading';
import { ObservationDetails } from '../common/ObservationDetails';
import { Timeline } from '../common/Timeline';
import { FollowUpActions } from './FollowUpActions';
import { LedTo } from './LedTo';
import { MessageThread } from './MessageThread';
import { useHistory } from './use-my-reports';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
});

type Props = {
  readonly observation: Schemas['ObservationWithOutcome'];
  /** The reporter withdrew it or sent it again: the list shows the new status. */
  readonly onChanged?: (view: ObservationView) => void;
};

/**
 * One observation, its answer time, what it led to (phenomena, action proposals and their
 * decisions), what the reporter can still do with it (withdraw, answer a return), its
 * timeline with the feedback the reporter got, and the messages with those handling it.
 */
export function ReportDetail({ observation, onChanged }: Props) {
  const styles = useStyles();
  const [history, reload] = useHistory(observation.id, observation.version);
  const returned =
    history.status === 'ok' ? (history.value.findLast((e) => e.to === 'returned') ?? null) : null;
  // A withdrawn report will not lead anywhere: "not yet linked … when it is" would mislead.
  const withdrawnUnlinked =
    observation.status === 'withdrawn' &&
    observation.phenomena.length === 0 &&
    observation.proposals.length === 0;
  return (
    <div className={styles.root} data-testid="report-detail">
      <ObservationDetails observation={observation} />
      <AnswerTime observation={observation} variant="timeline" />
      {!withdrawnUnlinked && <LedTo ledTo={observation} />}
      <FollowUpActions
        observation={observation}
        returned={returned}
        onChanged={(view) => onChanged?.(view)}
      />
      {history.status === 'loading' && <Loading />}
      {history.status === 'error' && <LoadFailed error={history.error} retry={reload} />}
      {history.status === 'ok' && <Timeline entries={history.value} headingLevel={4} />}
      <MessageThread observationId={observation.id} />
    </div>
  );
}
