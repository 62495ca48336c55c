import { Button, Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { Heading } from '../common/Heading';
import { LoadFailed } from '../common/LoadFailed';
import { Loading } from '../common/Loading';
import { MatchExplanation } from './MatchExplanation';
import { usePhenomenaStyles } from './phenomena.styles';
import type { PanelPhenomenaState } from './use-panel-phenomena';

/** The (at most three) phenomena the server finds most like the observation, best first. */
export function PhenomenonSuggestions({ state }: { readonly state: PanelPhenomenaState }) {
  const { t } = useTranslation();
  const styles = usePhenomenaStyles();
  const { suggestions, offered } = state;
  return (
    <div className={styles.part}>
      <Heading level={4} id="panel-suggestions-heading">
        {t('phenomenaPanel.suggestionsHeading')}
      </Heading>
      <Text as="p" block size={200} className={styles.para}>
        {t('phenomenaPanel.suggestionsIntro')}
      </Text>
      {suggestions.isPending && <Loading />}
      {suggestions.isError && (
        <LoadFailed error={suggestions.error} retry={() => void suggestions.refetch()} />
      )}
      {suggestions.isSuccess &&
        (offered.length === 0 ? (
          <Text as="p" block className={styles.para}>
            {t('phenomenaPanel.noSuggestions')}
          </Text>
        ) : (
          <ul
            className={styles.list}
            aria-labelledby="panel-suggestions-heading"
            data-testid="suggestions"
          >
            {offered.map((s) => (
              <li key={s.phenomenonId} className={styles.item} data-suggestion={s.phenomenonId}>
                <span className={styles.text}>
                  <span className={styles.title}>{s.title}</span>
                  <MatchExplanation score={s.score} matchedTerms={s.matchedTerms} />
                </span>
                {state.canWrite && (
                  <Button
                    appearance="primary"
                    size="small"
                    disabledFocusable={state.busy}
                    aria-label={t('phenomenaPanel.linkNamed', { title: s.title })}
                    onClick={() => void state.link({ id: s.phenomenonId, title: s.title })}
                  >
                    {t('phenomenaPanel.link')}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        ))}
    </div>
  );
}
