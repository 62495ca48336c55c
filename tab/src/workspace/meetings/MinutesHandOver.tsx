import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '../../common/Heading';
import { LiveMessage, type LiveMessageValue } from '../../common/LiveMessage';
import { useLabels } from '../../common/use-labels';
import { EnrichmentRequestForm } from '../enrichments/EnrichmentRequestForm';
import { useEnrichments } from '../enrichments/use-enrichments';
import { useWorkspaceLabels } from '../use-workspace-labels';
import { useWorkspaceNav } from '../workspace-nav';
import type { Minutes } from './meetings-api';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
  },
});

/** The observations the minutes handed to each service area: one enrichment request per area. */
function handedByArea(minutes: Minutes): Map<string, string[]> {
  const byArea = new Map<string, string[]>();
  for (const item of minutes.items) {
    if (item.decision !== 'hand_to_service_area' || item.serviceArea === null) continue;
    if (item.subject !== 'observation') continue;
    byArea.set(item.serviceArea, [...(byArea.get(item.serviceArea) ?? []), item.subjectId]);
  }
  return byArea;
}

/**
 * "Hand to a service area" made real: for each area the minutes handed observations to, a
 * request to enrich them, or the request already made.
 */
export function MinutesHandOver({ minutes }: { readonly minutes: Minutes }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const words = useWorkspaceLabels();
  const styles = useStyles();
  const nav = useWorkspaceNav();
  const requests = useEnrichments().data ?? [];
  const [open, setOpen] = useState<string | null>(null);
  const [message, setMessage] = useState<LiveMessageValue | null>(null);
  const byArea = handedByArea(minutes);
  if (byArea.size === 0) return null;

  const made = (area: string, ids: readonly string[]) =>
    requests.find(
      (r) => r.serviceArea === area && ids.every((id) => r.observationIds.includes(id)),
    );
  const focusLater = (selector: string) =>
    requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());

  return (
    <section className={styles.root} aria-labelledby="handover-heading">
      <Heading level={5} id="handover-heading" focusable>
        {t('workspace.minutes.handOver')}
      </Heading>
      <LiveMessage message={message} polite={['success']} />
      <ul className={styles.list}>
        {[...byArea].map(([area, ids]) => {
          const name = labels.list('serviceAreas', area);
          const request = made(area, ids);
          return (
            <li key={area}>
              <div className={styles.row}>
                <Text>
                  {t('workspace.minutes.handedCount', {
                    area: name,
                    count: ids.length,
                    n: words.number(ids.length),
                  })}
                </Text>
                {request ? (
                  <Button
                    size="small"
                    data-handover={area}
                    onClick={() => nav.open('enrichments', request.id)}
                  >
                    {t('workspace.agenda.openEnrichment', { area: name })}
                  </Button>
                ) : (
                  open !== area && (
                    <Button
                      size="small"
                      data-handover={area}
                      onClick={() => {
                        setMessage(null);
                        setOpen(area);
                      }}
                    >
                      {t('workspace.minutes.request', { area: name })}
                    </Button>
                  )
                )}
              </div>
              {open === area && (
                <EnrichmentRequestForm
                  compilationId={null}
                  initialArea={area}
                  observationIds={(chosen) => byArea.get(chosen) ?? []}
                  headingLevel={5}
                  onDone={(e) => {
                    setOpen(null);
                    setMessage({
                      intent: 'success',
                      text: t('workspace.enrichments.sent', {
                        area: labels.list('serviceAreas', e.serviceArea),
                      }),
                    });
                    focusLater('#handover-heading');
                  }}
                  onCancel={() => {
                    setOpen(null);
                    focusLater(`[data-handover="${CSS.escape(area)}"]`);
                  }}
                />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
