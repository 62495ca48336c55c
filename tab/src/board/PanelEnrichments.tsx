import { Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { Heading } from '../common/Heading';
import { useLabels } from '../common/use-labels';
import { formatLocalDate } from '../i18n/format';
import type { ObservationWithOutcome } from './phenomena-api';
import { usePhenomenaStyles } from './phenomena.styles';

/**
 * "Rikastaminen": the enrichment requests this observation was handed in, and what the
 * service area answered. Only those asked and the RAKE group get them from the server; for
 * anyone else there are none and nothing is shown.
 */
export function PanelEnrichments({
  observation,
}: {
  readonly observation: ObservationWithOutcome;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const styles = usePhenomenaStyles();
  if (observation.enrichments.length === 0) return null;
  return (
    <section className={styles.root} aria-labelledby="panel-enrichments">
      <Heading level={3} id="panel-enrichments">
        {t('panelEnrichments.heading')}
      </Heading>
      <ul className={styles.list} aria-labelledby="panel-enrichments">
        {observation.enrichments.map((e) => (
          <li key={e.id} className={styles.part}>
            <Text weight="semibold">{e.question}</Text>
            <Text size={200}>
              {t('panelEnrichments.asked', {
                area: labels.list('serviceAreas', e.serviceArea),
                date: formatLocalDate(e.dueDate),
              })}
            </Text>
            {e.answers.length === 0 ? (
              <Text size={200}>{t('panelEnrichments.noAnswers')}</Text>
            ) : (
              <ul className={styles.list}>
                {e.answers.map((a) => (
                  <li key={a.id} className={styles.text}>
                    <Text size={200}>
                      {t('panelEnrichments.answered', {
                        name: a.authorName,
                        date: labels.dateTime(a.at),
                      })}
                    </Text>
                    <Text>{a.text}</Text>
                    {a.proposal !== null && (
                      <Text>{t('panelEnrichments.proposal', { text: a.proposal })}</Text>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
