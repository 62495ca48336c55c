import { Button, Text } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '../common/Heading';
import { LiveMessage } from '../common/LiveMessage';
import { LinkOtherPhenomenon } from './LinkOtherPhenomenon';
import type { ObservationWithOutcome } from './phenomena-api';
import { usePhenomenaStyles } from './phenomena.styles';
import { PhenomenonSuggestions } from './PhenomenonSuggestions';
import { usePanelPhenomena } from './use-panel-phenomena';

/**
 * "Ilmiöt" in the observation panel: the phenomena the observation is linked to, the ones
 * suggested for it (with the words they share) and, for the RAKE group, one click to link,
 * a way to link any other, and a new phenomenon made from this observation.
 */
export function PanelPhenomena({ observation }: { readonly observation: ObservationWithOutcome }) {
  const { t } = useTranslation();
  const styles = usePhenomenaStyles();
  const state = usePanelPhenomena(observation);
  const root = useRef<HTMLElement>(null);
  const { focus, focusDone, linked } = state;

  // The control that made the change may be gone (a linked suggestion leaves its list): the
  // focus goes to where the phenomenon went, or to the list's heading after an unlink.
  useEffect(() => {
    if (focus === null) return;
    const selector =
      focus.kind === 'linked'
        ? `[data-linked-phenomenon="${CSS.escape(focus.phenomenonId)}"]`
        : '#panel-linked-heading';
    const target = root.current?.querySelector<HTMLElement>(selector);
    if (!target) return;
    target.focus();
    focusDone();
  }, [focus, focusDone, linked]);

  return (
    <section
      className={styles.root}
      aria-labelledby="panel-phenomena"
      ref={root}
      data-testid="panel-phenomena"
    >
      <div>
        <Heading level={3} id="panel-phenomena">
          {t('phenomenaPanel.heading')}
        </Heading>
        <LiveMessage message={state.message} polite={['success']} />
      </div>
      <div className={styles.part}>
        <Heading level={4} id="panel-linked-heading" focusable>
          {t('phenomenaPanel.linkedHeading')}
        </Heading>
        {linked.length === 0 ? (
          <Text as="p" block className={styles.para}>
            {t('phenomenaPanel.noneLinked')}
          </Text>
        ) : (
          <ul className={styles.list} aria-labelledby="panel-linked-heading" data-testid="linked">
            {linked.map((p) => (
              <li key={p.id} className={styles.item} tabIndex={-1} data-linked-phenomenon={p.id}>
                <span className={styles.title}>{p.title}</span>
                {state.canWrite && (
                  <Button
                    size="small"
                    disabledFocusable={state.busy}
                    aria-label={t('phenomenaPanel.unlinkNamed', { title: p.title })}
                    onClick={() => void state.unlink(p)}
                  >
                    {t('phenomenaPanel.unlink')}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        )}
        {!state.canWrite && (
          <Text as="p" block className={styles.para}>
            {t('phenomenaPanel.readOnly')}
          </Text>
        )}
      </div>
      <PhenomenonSuggestions state={state} />
      {state.canWrite && <LinkOtherPhenomenon state={state} />}
    </section>
  );
}
