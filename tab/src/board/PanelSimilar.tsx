import { Text } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Heading } from '../common/Heading';
import { useItemButtonStyles } from '../common/item-button';
import { LoadFailed } from '../common/LoadFailed';
import { Loading } from '../common/Loading';
import { StatusBadge } from '../common/StatusBadge';
import { observationTitle } from '../common/title';
import { useLabels } from '../common/use-labels';
import { useSession } from '../shell/session';
import { MatchExplanation } from './MatchExplanation';
import { usePhenomenaStyles } from './phenomena.styles';
import {
  observationKey,
  readObservation,
  similarKey,
  similarObservations,
  type SimilarObservation,
} from './phenomena-api';

type Props = {
  readonly id: string;
  /** Opens another observation in this panel. */
  readonly onOpen: (id: string) => void;
};

/** "Samankaltaiset havainnot": near-duplicates, each with why it is similar, each openable. */
export function PanelSimilar({ id, onOpen }: Props) {
  const { t } = useTranslation();
  const { api } = useSession();
  const styles = usePhenomenaStyles();
  const similar = useQuery({
    queryKey: similarKey(id),
    queryFn: ({ signal }) => similarObservations(api, id, signal),
  });
  return (
    <section className={styles.root} aria-labelledby="panel-similar" data-testid="panel-similar">
      <div>
        <Heading level={3} id="panel-similar">
          {t('phenomenaPanel.similarHeading')}
        </Heading>
        <Text as="p" block size={200} className={styles.para}>
          {t('phenomenaPanel.similarIntro')}
        </Text>
      </div>
      {similar.isPending && <Loading />}
      {similar.isError && <LoadFailed error={similar.error} retry={() => void similar.refetch()} />}
      {similar.isSuccess &&
        (similar.data.length === 0 ? (
          <Text as="p" block className={styles.para}>
            {t('phenomenaPanel.noSimilar')}
          </Text>
        ) : (
          <ul className={styles.list} aria-labelledby="panel-similar">
            {similar.data.map((s) => (
              <li key={s.observationId}>
                <SimilarItem item={s} onOpen={onOpen} />
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}

/** One near-duplicate: its start, status and place (read like the panel reads it), and why. */
function SimilarItem({ item, onOpen }: { item: SimilarObservation; onOpen: Props['onOpen'] }) {
  const { t } = useTranslation();
  const { api } = useSession();
  const labels = useLabels();
  const styles = useItemButtonStyles();
  // The same cache entry the panel opens it from: opening it is then immediate.
  const observation = useQuery({
    queryKey: observationKey(item.observationId),
    queryFn: ({ signal }) => readObservation(api, item.observationId, signal),
  });
  const o = observation.data?.value;
  return (
    <button
      type="button"
      className={styles.button}
      data-similar-id={item.observationId}
      onClick={() => onOpen(item.observationId)}
    >
      <span className={styles.title}>
        {o
          ? observationTitle(o.description)
          : observation.isPending
            ? t('app.loading')
            : t('phenomenaPanel.similarUnnamed')}
      </span>
      {o && (
        <span className={styles.meta}>
          <StatusBadge status={o.status} />
          <Text size={200}>{labels.list('serviceAreas', o.serviceArea)}</Text>
          <Text size={200}>{labels.list('municipalities', o.municipality)}</Text>
          <Text size={200}>{t('mine.created', { date: labels.date(o.createdAt) })}</Text>
        </span>
      )}
      <MatchExplanation score={item.score} matchedTerms={item.matchedTerms} />
    </button>
  );
}
