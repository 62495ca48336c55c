import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '../../common/Heading';
import { useLabels } from '../../common/use-labels';
import { usePhenomena } from '../use-phenomena';
import { useObservationGists } from '../use-observation-gists';
import { useProposals } from '../use-proposals';
import type { Agenda, MinutesItem } from './meetings-api';
import { MinutesHandOver } from './MinutesHandOver';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  summary: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    paddingInlineStart: tokens.spacingHorizontalM,
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorBrandStroke1,
  },
  subject: { margin: 0, overflowWrap: 'anywhere', color: tokens.colorNeutralForeground2 },
  decision: { fontWeight: tokens.fontWeightSemibold },
  note: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  by: { color: tokens.colorNeutralForeground2 },
});

type Props = {
  readonly agenda: Agenda;
  readonly headingRef: Ref<HTMLHeadingElement>;
  /** Whether the user may hand the observations on (request enrichment): the RAKE group. */
  readonly canRequest: boolean;
};

/** The minutes as recorded: the summary and what was decided on each item, in words. */
export function RecordedMinutes({ agenda, headingRef, canRequest }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const styles = useStyles();
  const phenomena = usePhenomena().data ?? [];
  const proposals = useProposals().data ?? [];
  const minutes = agenda.meeting.minutes;
  // Lines about observations no longer on this agenda: their excerpts read one by one.
  const elsewhere = (minutes?.items ?? [])
    .filter((i) => i.subject === 'observation')
    .map((i) => i.subjectId)
    .filter((id) => !agenda.observations.some((o) => o.id === id));
  const read = useObservationGists(elsewhere, elsewhere.length > 0);
  if (minutes === null) return null;

  const subjectOf = (item: MinutesItem): string => {
    if (item.subject === 'observation') {
      return (
        agenda.observations.find((o) => o.id === item.subjectId)?.excerpt ??
        read.gists.find((o) => o.id === item.subjectId)?.excerpt ??
        t('workspace.minutes.otherObservation')
      );
    }
    if (item.subject === 'proposal') {
      const title =
        agenda.proposalsDue.find((p) => p.id === item.subjectId)?.title ??
        proposals.find((p) => p.id === item.subjectId)?.title;
      return t('workspace.minutes.proposalSubject', { title: title ?? item.subjectId });
    }
    const request = agenda.enrichments.find((e) => e.id === item.subjectId);
    return t('workspace.minutes.enrichmentSubject', {
      question: request?.question ?? item.subjectId,
    });
  };
  const decisionOf = (item: MinutesItem): string => {
    switch (item.decision) {
      case 'link_to_phenomenon':
        return t('workspace.minutes.linked', {
          title: phenomena.find((p) => p.id === item.phenomenonId)?.title ?? item.phenomenonId,
        });
      case 'make_proposal':
        return t('workspace.minutes.proposed', {
          title: proposals.find((p) => p.id === item.proposalId)?.title ?? item.proposalId,
        });
      case 'hand_to_service_area':
        return t('workspace.minutes.handed', {
          area: labels.list('serviceAreas', item.serviceArea ?? ''),
        });
      default:
        return t('workspace.minutes.noted');
    }
  };

  return (
    <section className={styles.root} aria-labelledby="minutes-heading" data-testid="minutes">
      <Heading level={4} id="minutes-heading" ref={headingRef} focusable>
        {t('workspace.minutes.heading')}
      </Heading>
      <Text size={200} className={styles.by}>
        {t('workspace.minutes.recordedBy', {
          name: minutes.recordedByName,
          date: labels.dateTime(minutes.recordedAt),
        })}
      </Text>
      {minutes.summary && <p className={styles.summary}>{minutes.summary}</p>}
      {minutes.items.length === 0 ? (
        <Text>{t('workspace.minutes.noItems')}</Text>
      ) : (
        <ol className={styles.list} aria-label={t('workspace.minutes.items')}>
          {minutes.items.map((item) => (
            <li key={`${item.subject}:${item.subjectId}`} className={styles.item}>
              <p className={styles.subject}>{subjectOf(item)}</p>
              <Text className={styles.decision}>{decisionOf(item)}</Text>
              {item.note && <p className={styles.note}>{item.note}</p>}
            </li>
          ))}
        </ol>
      )}
      {canRequest && <MinutesHandOver minutes={minutes} />}
    </section>
  );
}
