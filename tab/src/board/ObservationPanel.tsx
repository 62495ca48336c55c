import {
  Button,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  OverlayDrawer,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Fragment, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tagged } from '../api/client';
import type { ObservationView } from '../api/types';
import { WithQueries } from '../api/WithQueries';
import { AnswerTime } from '../common/AnswerTime';
import { Heading } from '../common/Heading';
import { LoadFailed } from '../common/LoadFailed';
import { Loading } from '../common/Loading';
import { ObservationDetails } from '../common/ObservationDetails';
import { MessageThread } from '../my-reports/MessageThread';
import { PanelHistory } from './PanelHistory';
import { PanelPhenomena } from './PanelPhenomena';
import { PanelSimilar } from './PanelSimilar';
import { PanelEnrichments } from './PanelEnrichments';
import { TransitionControls } from './TransitionControls';
import { TriageForm } from './TriageForm';
import { useObservation } from './use-observation';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXL },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
});

type Props = {
  readonly id: string;
  readonly onClose: () => void;
  readonly onChanged: (view: ObservationView) => void;
  /** Shows another observation in the panel (a similar one). */
  readonly onOpen: (id: string) => void;
};

/**
 * The side panel: the observation, the status change, its phenomena and similar observations,
 * the ten triage fields, the timeline. Its server state is in the shared query cache.
 */
export function ObservationPanel(props: Props) {
  return (
    <WithQueries>
      <Panel {...props} />
    </WithQueries>
  );
}

function Panel({ id, onClose, onChanged, onOpen }: Props) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { state, reload, accept } = useObservation(id);
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = useRef(id);

  // Another observation opened from within the panel: the reading starts again at its top.
  const ready = state.status === 'ok' && state.view.id === id;
  useEffect(() => {
    if (!ready || shown.current === id) return;
    shown.current = id;
    heading.current?.focus();
  }, [ready, id]);

  const changed = (tagged: Tagged<ObservationView>) => {
    accept(tagged);
    onChanged(tagged.value);
  };
  const refreshed = async () => {
    const fresh = await reload();
    if (fresh) onChanged(fresh.value);
    return fresh;
  };

  return (
    <OverlayDrawer
      open
      position="end"
      size="large"
      onOpenChange={(_, d) => {
        if (!d.open) onClose();
      }}
    >
      <DrawerHeader>
        <DrawerHeaderTitle
          action={
            <Button appearance="subtle" onClick={onClose}>
              {t('common.close')}
            </Button>
          }
        >
          {t('panel.title')}
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody className={styles.body} data-testid="observation-panel">
        {state.status === 'loading' && <Loading label={t('panel.loading')} />}
        {state.status === 'error' && <LoadFailed error={state.error} retry={() => void reload()} />}
        {state.status === 'ok' && (
          <Fragment key={state.view.id}>
            <section className={styles.section} aria-labelledby="panel-observation">
              <Heading level={3} id="panel-observation" ref={heading} focusable>
                {t('panel.observation')}
              </Heading>
              <ObservationDetails observation={state.view} />
              <AnswerTime observation={state.view} variant="board" />
            </section>
            <TransitionControls
              view={state.view}
              etag={state.etag}
              onChanged={changed}
              onStale={refreshed}
            />
            <PanelPhenomena observation={state.view} />
            <PanelSimilar id={state.view.id} onOpen={onOpen} />
            <PanelEnrichments observation={state.view} />
            <TriageForm
              key={state.view.id}
              view={state.view}
              etag={state.etag}
              onSaved={changed}
              onStale={refreshed}
            />
            <PanelHistory id={state.view.id} version={state.view.version} />
            <MessageThread observationId={state.view.id} headingLevel={3} />
          </Fragment>
        )}
      </DrawerBody>
    </OverlayDrawer>
  );
}
