import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useLabels } from '../../common/use-labels';
import type { EnrichmentAnswer } from './enrichments-api';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  answer: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    paddingInlineStart: tokens.spacingHorizontalM,
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorBrandStroke1,
  },
  text: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  proposal: {
    margin: 0,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
  },
  by: { color: tokens.colorNeutralForeground2 },
});

type Props = { readonly answers: readonly EnrichmentAnswer[] };

/** A request's answers, oldest first: the comment, the proposal if any, who and when. */
export function EnrichmentAnswers({ answers }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const styles = useStyles();
  if (answers.length === 0) return <Text>{t('workspace.enrichments.noAnswers')}</Text>;
  return (
    <ol className={styles.list} data-testid="enrichment-answers">
      {answers.map((a) => (
        <li key={a.id} className={styles.answer} data-answer-id={a.id} tabIndex={-1}>
          <p className={styles.text}>{a.text}</p>
          {a.proposal && (
            <p className={styles.proposal}>
              <Text weight="semibold">{t('workspace.enrichments.proposalLabel')}</Text> {a.proposal}
            </p>
          )}
          <Text size={200} className={styles.by}>
            {t('workspace.enrichments.answeredBy', {
              name: a.authorName,
              date: labels.dateTime(a.at),
            })}
          </Text>
        </li>
      ))}
    </ol>
  );
}
