import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../api/types';
import { Heading } from './Heading';
import { useLabels } from './use-labels';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  entry: {
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorBrandStroke1,
    paddingInlineStart: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
  step: { fontWeight: tokens.fontWeightSemibold },
  feedback: {
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    margin: 0,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
});

/** An observation's history, oldest first: who moved it, when, and what they told the reporter. */
type Props = { readonly entries: readonly HistoryEntry[]; readonly headingLevel?: 3 | 4 };

export function Timeline({ entries, headingLevel = 3 }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const styles = useStyles();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Heading level={headingLevel} id={headingId}>
        {t('timeline.heading')}
      </Heading>
      {entries.length === 0 ? (
        <Text>{t('timeline.empty')}</Text>
      ) : (
        <ol className={styles.list}>
          {entries.map((e) => (
            <li key={e.id} className={styles.entry} data-testid="timeline-entry">
              <Text className={styles.step}>
                {e.from === null
                  ? t('timeline.filed')
                  : t('timeline.moved', { from: labels.status(e.from), to: labels.status(e.to) })}
              </Text>
              <Text size={200}>
                {t('timeline.by', { name: e.actorName, date: labels.dateTime(e.at) })}
              </Text>
              {e.returnReason && (
                <Text>
                  <span className={styles.term}>{t('timeline.returnReason')}: </span>
                  {labels.returnReason(e.returnReason)}
                </Text>
              )}
              {e.feedback && (
                <div>
                  <Text className={styles.term}>{t('timeline.feedback')}</Text>
                  <p className={styles.feedback} data-testid="timeline-feedback">
                    {e.feedback}
                  </p>
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
