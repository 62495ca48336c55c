import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useSession } from '../shell/session';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground2,
  },
  terms: { overflowWrap: 'anywhere' },
});

export type Strength = 'strong' | 'moderate' | 'weak';

/**
 * The server's score (cosine similarity of the texts' weighted terms, 0…1) in words. It
 * suggests no phenomenon below 0.06 and lists near-duplicates from 0.2 on
 * (src/domain/text-match/suggestion-rules.ts); from 0.4 on the texts share most of the words
 * that weigh.
 */
export function strengthOf(score: number): Strength {
  if (score >= 0.4) return 'strong';
  if (score >= 0.2) return 'moderate';
  return 'weak';
}

type Props = { readonly score: number; readonly matchedTerms: readonly string[] };

/** Why something was suggested: how strongly, and the words it shares (never a black box). */
export function MatchExplanation({ score, matchedTerms }: Props) {
  const { t } = useTranslation();
  const { language } = useSession();
  const styles = useStyles();
  const percent = new Intl.NumberFormat(`${language}-FI`, {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(score);
  return (
    <span className={styles.root}>
      <Text size={200} data-testid="match-score">
        {t('phenomenaPanel.score', {
          strength: t(`phenomenaPanel.strength.${strengthOf(score)}`),
          percent,
        })}
      </Text>
      {matchedTerms.length > 0 && (
        <Text size={200} className={styles.terms} data-testid="match-terms">
          {t('phenomenaPanel.matched', { terms: matchedTerms.join(', ') })}
        </Text>
      )}
    </span>
  );
}
