import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../api/types';
import { Heading } from './Heading';
import { TimelineList } from './TimelineList';
import { useLabels } from './use-labels';

const useStyles = makeStyles({
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
        <TimelineList
          stepTestId="timeline-entry"
          steps={entries.map((e) => ({
            key: e.id,
            what:
              e.from === null
                ? t('timeline.filed')
                : // Only a resubmit moves returned → received: say what the reporter did.
                  e.from === 'returned' && e.to === 'received'
                  ? t('timeline.resubmitted')
                  : t('timeline.moved', { from: labels.status(e.from), to: labels.status(e.to) }),
            by: t('timeline.by', { name: e.actorName, date: labels.dateTime(e.at) }),
            more: (
              <>
                {e.returnReason && (
                  <Text>
                    <span className={styles.term}>{t('timeline.returnReason')}: </span>
                    {labels.returnReason(e.returnReason)}
                  </Text>
                )}
                {e.changes?.map((c) => (
                  <details key={c.field} data-testid="timeline-previous">
                    <summary>
                      {t('followUp.previous')}: {t(`detail.${c.field}`)}
                    </summary>
                    <p className={styles.feedback}>{c.before || t('common.empty')}</p>
                  </details>
                ))}
                {e.feedback && (
                  <div>
                    <Text className={styles.term}>{t('timeline.feedback')}</Text>
                    <p className={styles.feedback} data-testid="timeline-feedback">
                      {e.feedback}
                    </p>
                  </div>
                )}
              </>
            ),
          }))}
        />
      )}
    </section>
  );
}
