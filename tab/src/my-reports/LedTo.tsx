import { Badge, Link, makeStyles, Text, tokens, type BadgeProps } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/types';
import { Heading } from '../common/Heading';
import { formatDate, formatLocalDate } from '../i18n/format';
import { useSession } from '../shell/session';

type LedToView = Schemas['LedTo'];
type Proposal = LedToView['proposals'][number];
type ProposalStatus = Schemas['ProposalStatus'];

const COLOR: Record<ProposalStatus, BadgeProps['color']> = {
  draft: 'informative',
  proposed: 'brand',
  accepted: 'success',
  rejected: 'danger',
  in_progress: 'brand',
  done: 'success',
};

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  para: { margin: 0 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  phenomena: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  proposal: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorBrandStroke1,
    paddingInlineStart: tokens.spacingHorizontalM,
  },
  title: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  term: { fontWeight: tokens.fontWeightSemibold },
  text: {
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    margin: 0,
  },
  by: { color: tokens.colorNeutralForeground2 },
});

/** Whether a proposal resting on the report has been decided, and whether it was carried out. */
export function outcomeOf(ledTo: LedToView): 'done' | 'decided' | null {
  if (ledTo.proposals.some((p) => p.status === 'done')) return 'done';
  if (ledTo.proposals.some((p) => p.decision !== null)) return 'decided';
  return null;
}

/**
 * "Mihin ilmoituksesi johti": the phenomena the report is part of and each action proposal
 * resting on it, with its status in words, the decision and, when done, the result. The loop
 * closes here: a reporter is never left unsure what became of their report.
 */
export function LedTo({ ledTo }: { readonly ledTo: LedToView }) {
  const { t } = useTranslation();
  const { config } = useSession();
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="led-to-heading" data-testid="led-to">
      <Heading level={4} id="led-to-heading">
        {t('ledTo.heading')}
      </Heading>
      {ledTo.phenomena.length > 0 && (
        <>
          <Text as="p" block id="led-to-phenomena" className={styles.para}>
            {t('ledTo.phenomena', { count: ledTo.phenomena.length })}
          </Text>
          <ul className={styles.phenomena} aria-labelledby="led-to-phenomena">
            {ledTo.phenomena.map((p) => (
              <li key={p.id} className={styles.title}>
                {p.title}
              </li>
            ))}
          </ul>
        </>
      )}
      {ledTo.publications.length > 0 && (
        <>
          <Text as="p" block id="led-to-publications" className={styles.para}>
            {t('ledTo.publications')}
          </Text>
          <ul
            className={styles.phenomena}
            aria-labelledby="led-to-publications"
            data-testid="led-to-publications"
          >
            {ledTo.publications.map((p) => (
              <li key={p.reportId}>
                <Link href={p.url} target="_blank" rel="noopener" className={styles.title}>
                  {p.title}
                </Link>{' '}
                <Text size={200} className={styles.by}>
                  ({t('ledTo.publishedOn', { date: formatDate(p.publishedAt, config.timeZone) })})
                </Text>
              </li>
            ))}
          </ul>
        </>
      )}
      {ledTo.proposals.length === 0 ? (
        <Text as="p" block data-testid="led-to-nothing" className={styles.para}>
          {t('ledTo.nothingYet')}
        </Text>
      ) : (
        <ul className={styles.list} aria-label={t('ledTo.proposals')}>
          {ledTo.proposals.map((p) => (
            <ProposalItem key={p.id} proposal={p} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ProposalItem({ proposal: p }: { proposal: Proposal }) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <li className={styles.proposal} data-testid="led-to-proposal">
      <Text className={styles.title}>{t('ledTo.proposal', { title: p.title })}</Text>
      <div>
        <Badge appearance="tint" shape="rounded" color={COLOR[p.status]}>
          {t(`ledTo.status.${p.status}`)}
        </Badge>
      </div>
      {p.decision && (
        <Outcome label={t('ledTo.decision')} testId="led-to-decision" outcome={p.decision}>
          {t('ledTo.decidedBy', { by: p.decision.by, date: formatLocalDate(p.decision.on) })}
        </Outcome>
      )}
      {p.result && (
        <Outcome label={t('ledTo.result')} testId="led-to-result" outcome={p.result}>
          {t('ledTo.recordedBy', { by: p.result.by, date: formatLocalDate(p.result.on) })}
        </Outcome>
      )}
    </li>
  );
}

type OutcomeProps = {
  readonly label: string;
  readonly testId: string;
  readonly outcome: NonNullable<Proposal['decision']>;
  readonly children: string;
};

/** A decision or a result: its text as written (never HTML), who and when. */
function Outcome({ label, testId, outcome, children }: OutcomeProps) {
  const styles = useStyles();
  return (
    <div data-testid={testId}>
      <Text block className={styles.term}>
        {label}
      </Text>
      <p className={styles.text}>{outcome.text}</p>
      <Text block size={200} className={styles.by}>
        {children}
      </Text>
    </div>
  );
}
