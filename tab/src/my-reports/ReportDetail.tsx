import { makeStyles, tokens } from '@fluentui/react-components';
import type { Schemas } from '../api/types';
import { AnswerTime } from '../common/AnswerTime';
import { LoadFailed } from '../common/LoadFailed';
import { Loading } from '../common/Loading';
import { ObservationDetails } from '../common/ObservationDetails';
import { Timeline } from '../common/Timeline';
import { LedTo } from './LedTo';
import { useHistory } from './use-my-reports';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
});

/**
 * One observation, its answer time, what it led to (phenomena, action proposals and their
 * decisions) and its timeline with the feedback the reporter got.
 */
export function ReportDetail({ observation }: { observation: Schemas['ObservationWithOutcome'] }) {
  const styles = useStyles();
  const [history, reload] = useHistory(observation.id);
  return (
    <div className={styles.root} data-testid="report-detail">
      <ObservationDetails observation={observation} />
      <AnswerTime observation={observation} variant="timeline" />
      <LedTo ledTo={observation} />
      {history.status === 'loading' && <Loading />}
      {history.status === 'error' && <LoadFailed error={history.error} retry={reload} />}
      {history.status === 'ok' && <Timeline entries={history.value} headingLevel={4} />}
    </div>
  );
}
