import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '../../common/Heading';
import { LiveMessage, type LiveMessageValue } from '../../common/LiveMessage';
import { useLabels } from '../../common/use-labels';
import { dueFactsOf } from '../enrichments/due';
import { DueWords } from '../enrichments/DueWords';
import { EnrichmentAnswers } from '../enrichments/EnrichmentAnswers';
import type { Enrichment } from '../enrichments/enrichments-api';
import { EnrichmentRequestForm } from '../enrichments/EnrichmentRequestForm';
import { useWorkspaceNav } from '../workspace-nav';
import type { Compilation } from './compilations-api';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
  },
  request: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  question: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  answers: { alignSelf: 'stretch' },
  button: { alignSelf: 'flex-start' },
});

type Props = {
  readonly compilation: Compilation;
  readonly enrichments: readonly Enrichment[];
  /** The RAKE group: hand the compilation's observations to a service area. */
  readonly canRequest: boolean;
};

/** The enrichment requests made from the compilation, with their answers, and a new one. */
export function CompilationEnrichments({ compilation, enrichments, canRequest }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const styles = useStyles();
  const nav = useWorkspaceNav();
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState<LiveMessageValue | null>(null);
  const askButton = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const firstArea = compilation.serviceArea ?? compilation.byServiceArea[0]?.id ?? '';
  const idsOf = (area: string) =>
    compilation.observations.filter((o) => o.serviceArea === area).map((o) => o.id);

  return (
    <section
      className={styles.root}
      aria-labelledby="compilation-enrichments"
      data-testid="compilation-enrichments"
    >
      <Heading level={4} id="compilation-enrichments" ref={heading} focusable>
        {t('workspace.compilations.enrichments')}
      </Heading>
      <LiveMessage message={message} polite={['success']} />
      {enrichments.length === 0 && <Text>{t('workspace.compilations.noEnrichments')}</Text>}
      {enrichments.length > 0 && (
        <ul className={styles.list}>
          {enrichments.map((e) => (
            <li key={e.id} className={styles.request} data-enrichment-id={e.id}>
              <Text weight="semibold">{labels.list('serviceAreas', e.serviceArea)}</Text>
              <p className={styles.question}>{e.question}</p>
              <DueWords request={dueFactsOf(e)} size={200} />
              <div className={styles.answers}>
                <EnrichmentAnswers answers={e.answers} />
              </div>
              {nav.has('enrichments') && (
                <Button size="small" onClick={() => nav.open('enrichments', e.id)}>
                  {t('workspace.compilations.openRequest', {
                    area: labels.list('serviceAreas', e.serviceArea),
                  })}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canRequest &&
        (asking ? (
          <EnrichmentRequestForm
            compilationId={compilation.id}
            initialArea={firstArea}
            observationIds={idsOf}
            headingLevel={5}
            onDone={(e) => {
              setAsking(false);
              setMessage({
                intent: 'success',
                text: t('workspace.enrichments.sent', {
                  area: labels.list('serviceAreas', e.serviceArea),
                }),
              });
              requestAnimationFrame(() => heading.current?.focus());
            }}
            onCancel={() => {
              setAsking(false);
              requestAnimationFrame(() => askButton.current?.focus());
            }}
          />
        ) : (
          <Button
            className={styles.button}
            ref={askButton}
            onClick={() => {
              setMessage(null);
              setAsking(true);
            }}
          >
            {t('workspace.compilations.request')}
          </Button>
        ))}
    </section>
  );
}
