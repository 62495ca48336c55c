import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { Heading } from '../../common/Heading';
import { useLabels } from '../../common/use-labels';
import { DueWords } from '../enrichments/DueWords';
import { ObservationExcerpt } from '../ObservationExcerpt';
import { ProposalStatusBadge } from '../ProposalStatusBadge';
import { usePhenomena } from '../use-phenomena';
import { useWorkspaceLabels } from '../use-workspace-labels';
import { useWorkspaceNav } from '../workspace-nav';
import type { Agenda as AgendaValue } from './meetings-api';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  part: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
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
    alignItems: 'flex-start',
    rowGap: tokens.spacingVerticalXXS,
    minWidth: 0,
  },
  meta: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground2,
  },
  text: { margin: 0, overflowWrap: 'anywhere' },
});

/**
 * A meeting's agenda, built by the server: the observations received since the previous
 * meeting, the proposals due for follow-up and the open enrichment requests.
 */
export function Agenda({ agenda }: { readonly agenda: AgendaValue }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const words = useWorkspaceLabels();
  const styles = useStyles();
  const nav = useWorkspaceNav();
  const phenomena = usePhenomena().data ?? [];
  const titleOf = (id: string) => phenomena.find((p) => p.id === id)?.title ?? id;
  const count = (n: number) => words.number(n);

  return (
    <section className={styles.root} aria-labelledby="agenda-heading" data-testid="agenda">
      <Heading level={4} id="agenda-heading">
        {t('workspace.agenda.heading')}
      </Heading>

      <section className={styles.part} aria-labelledby="agenda-observations">
        <Heading level={5} id="agenda-observations">
          {agenda.since === null
            ? t('workspace.agenda.observationsFirst', { n: count(agenda.observations.length) })
            : t('workspace.agenda.observations', {
                date: words.day(agenda.since),
                n: count(agenda.observations.length),
              })}
        </Heading>
        {agenda.observations.length === 0 ? (
          <Text>{t('workspace.agenda.noObservations')}</Text>
        ) : (
          <ul className={styles.list} data-testid="agenda-observations">
            {agenda.observations.map((o) => (
              <li key={o.id}>
                <ObservationExcerpt observation={o}>
                  <Text size={200}>
                    {o.phenomenonIds.length === 0
                      ? t('workspace.agenda.noPhenomenon')
                      : t('workspace.agenda.phenomena', {
                          names: o.phenomenonIds.map(titleOf).join('; '),
                        })}
                  </Text>
                </ObservationExcerpt>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className={styles.part} aria-labelledby="agenda-proposals">
        <Heading level={5} id="agenda-proposals">
          {t('workspace.agenda.proposals', { n: count(agenda.proposalsDue.length) })}
        </Heading>
        {agenda.proposalsDue.length === 0 ? (
          <Text>{t('workspace.agenda.noProposals')}</Text>
        ) : (
          <ul className={styles.list}>
            {agenda.proposalsDue.map((p) => (
              <li key={p.id} className={styles.item}>
                <Text weight="semibold" className={styles.text}>
                  {p.title}
                </Text>
                <span className={styles.meta}>
                  <ProposalStatusBadge status={p.status} />
                  <Text size={200}>{p.decisionBody}</Text>
                  {p.dueDate && (
                    <Text size={200}>
                      {t('workspace.proposals.due', { date: words.day(p.dueDate) })}
                    </Text>
                  )}
                </span>
                <Button
                  size="small"
                  onClick={() => nav.open('proposals', p.id)}
                  aria-label={t('workspace.agenda.openProposal', { title: p.title })}
                >
                  {t('workspace.agenda.open')}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className={styles.part} aria-labelledby="agenda-enrichments">
        <Heading level={5} id="agenda-enrichments">
          {t('workspace.agenda.enrichments', { n: count(agenda.enrichments.length) })}
        </Heading>
        {agenda.enrichments.length === 0 ? (
          <Text>{t('workspace.agenda.noEnrichments')}</Text>
        ) : (
          <ul className={styles.list}>
            {agenda.enrichments.map((e) => (
              <li key={e.id} className={styles.item}>
                <Text weight="semibold">{labels.list('serviceAreas', e.serviceArea)}</Text>
                <p className={styles.text}>{e.question}</p>
                <span className={styles.meta}>
                  <DueWords
                    size={200}
                    request={{ dueDate: e.dueDate, closedAt: null, answerCount: e.answerCount }}
                  />
                  <Text size={200}>
                    {t('workspace.enrichments.answers', {
                      count: e.answerCount,
                      n: count(e.answerCount),
                    })}
                  </Text>
                </span>
                <Button
                  size="small"
                  onClick={() => nav.open('enrichments', e.id)}
                  aria-label={t('workspace.agenda.openEnrichment', {
                    area: labels.list('serviceAreas', e.serviceArea),
                  })}
                >
                  {t('workspace.agenda.open')}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
