import {
  Button,
  Field,
  Text,
  Textarea,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceSelect } from '../common/ChoiceSelect';
import { errorText } from '../common/error-text';
import { Heading } from '../common/Heading';
import { LiveMessage, type LiveMessageValue } from '../common/LiveMessage';
import { LoadFailed } from '../common/LoadFailed';
import { useAsync } from '../common/use-async';
import { useLabels } from '../common/use-labels';
import { useSession } from '../shell/session';
import { accept, discard, listQueue, type PublicSubmission } from './public-queue-api';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    rowGap: tokens.spacingVerticalL,
  },
  item: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    display: 'grid',
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  facts: { margin: 0, display: 'grid', rowGap: tokens.spacingVerticalS },
  /** A short fact: its name and value on one line where they fit. */
  fact: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, overflowWrap: 'anywhere' },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  grow: { flexGrow: 1, minWidth: 0, maxWidth: '100%' },
});

/**
 * "Julkiset ilmoitukset": the public form's waiting submissions on the coordinator's board,
 * each accepted into a service area and topic, or discarded with a reason. Shown only while
 * something waits (or an outcome is being told). After a decision the focus goes to the
 * section's heading, since the item it was on is gone.
 */
export function PublicQueue({ onAccepted }: { readonly onAccepted: () => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { api } = useSession();
  const [state, reload] = useAsync((signal) => listQueue(api, signal), [api]);
  const [message, setMessage] = useState<LiveMessageValue | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // While the list loads again after a decision, the last one stays (no flash, no lost focus).
  const last = useRef<readonly PublicSubmission[] | null>(null);
  if (state.status === 'ok') last.current = state.value;
  const [focusHeading, setFocusHeading] = useState(false);
  // The decided item is gone: once the list is back, the focus goes to the section's heading.
  useEffect(() => {
    if (!focusHeading || state.status !== 'ok') return;
    heading.current?.focus();
    setFocusHeading(false);
  }, [focusHeading, state]);

  const decided = (text: string, accepted: boolean) => {
    setMessage({ intent: 'success', text });
    setFocusHeading(true);
    reload();
    if (accepted) onAccepted();
  };

  if (state.status === 'error') return <LoadFailed error={state.error} retry={reload} />;
  const items = state.status === 'ok' ? state.value : last.current;
  if (items === null) return null;
  if (items.length === 0 && message === null) return null;
  return (
    <section
      aria-labelledby="public-queue-heading"
      className={styles.root}
      data-testid="public-queue"
    >
      <Heading level={3} id="public-queue-heading" ref={heading} focusable>
        {t('publicQueue.heading', { count: items.length })}
      </Heading>
      <Text as="p" block>
        {t('publicQueue.intro')}
      </Text>
      <LiveMessage message={message} polite={['success']} />
      <ul className={styles.list}>
        {items.map((item) => (
          <QueueItem key={item.id} item={item} onDecided={decided} />
        ))}
      </ul>
    </section>
  );
}

/** Retired entries stay on old observations only. */
const offered = <C extends { readonly id: string }>(list: readonly C[]): readonly C[] =>
  list.filter((c) => (c as { readonly retired?: boolean }).retired !== true);

function QueueItem({
  item,
  onDecided,
}: {
  readonly item: PublicSubmission;
  readonly onDecided: (text: string, accepted: boolean) => void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const labels = useLabels();
  const { api, config, language } = useSession();
  const [serviceArea, setServiceArea] = useState('');
  const [topic, setTopic] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [missing, setMissing] = useState<ReadonlySet<string>>(new Set());
  const headingId = `public-submission-${item.id}`;

  const run = async (action: () => Promise<void>, text: string, accepted: boolean) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      onDecided(text, accepted);
    } catch (e) {
      setError(errorText(e, t));
      setBusy(false);
    }
  };
  const onAccept = () => {
    const absent = new Set(
      [serviceArea ? null : 'serviceArea', topic ? null : 'topic'].filter((x) => x !== null),
    );
    setMissing(absent);
    if (absent.size > 0) return;
    void run(() => accept(api, item.id, { serviceArea, topic }), t('publicQueue.accepted'), true);
  };
  const onDiscard = () => {
    const absent = new Set(reason.trim() ? [] : ['reason']);
    setMissing(absent);
    if (absent.size > 0) return;
    void run(() => discard(api, item.id, reason), t('publicQueue.discarded'), false);
  };
  const required = (field: string) =>
    missing.has(field)
      ? { validationState: 'error' as const, validationMessage: t('common.required') }
      : {};

  return (
    <li className={styles.item} aria-labelledby={headingId} data-submission-id={item.id}>
      <Heading level={4} id={headingId}>
        {t('publicQueue.item', { date: labels.dateTime(item.createdAt) })}
      </Heading>
      {/* Each fact named, so that what the submission is about is not read as its reporter. */}
      <dl className={styles.facts}>
        <div className={styles.fact}>
          <dt className={styles.term}>{t('publicQueue.reporter')}</dt>
          <dd className={styles.value}>{t(`publicQueue.reporterTypes.${item.reporterType}`)}</dd>
        </div>
        <div className={styles.fact}>
          <dt className={styles.term}>{t('detail.kind')}</dt>
          <dd className={styles.value}>{t(`kind.${item.kind}`)}</dd>
        </div>
        <div className={styles.fact}>
          <dt className={styles.term}>{t('detail.municipality')}</dt>
          <dd className={styles.value}>{labels.list('municipalities', item.municipality)}</dd>
        </div>
        <div className={styles.fact}>
          <dt className={styles.term}>{t('detail.targetGroup')}</dt>
          <dd className={styles.value}>{labels.list('targetGroups', item.targetGroup)}</dd>
        </div>
        <div>
          <dt className={styles.term}>{t('detail.description')}</dt>
          <dd className={mergeClasses(styles.value, styles.text)}>{item.description}</dd>
        </div>
        {item.solutionProposal !== '' && (
          <div>
            <dt className={styles.term}>{t('detail.solutionProposal')}</dt>
            <dd className={mergeClasses(styles.value, styles.text)}>{item.solutionProposal}</dd>
          </div>
        )}
      </dl>
      {item.contactEmail !== null && (
        <Text as="p" block className={styles.text}>
          {t('publicQueue.contact')}: {item.contactEmail}
        </Text>
      )}
      <div className={styles.actions}>
        <Field
          label={t('publicQueue.serviceArea')}
          required
          className={styles.grow}
          {...required('serviceArea')}
        >
          <ChoiceSelect
            choices={offered(config.serviceAreas)}
            language={language}
            value={serviceArea}
            onValue={setServiceArea}
            emptyLabel={t('common.choose')}
          />
        </Field>
        <Field
          label={t('publicQueue.topic')}
          required
          className={styles.grow}
          {...required('topic')}
        >
          <ChoiceSelect
            choices={offered(config.topics)}
            language={language}
            value={topic}
            onValue={setTopic}
            emptyLabel={t('common.choose')}
          />
        </Field>
        <Button appearance="primary" disabled={busy} onClick={onAccept}>
          {t('publicQueue.accept')}
        </Button>
      </div>
      <div className={styles.actions}>
        <Field label={t('publicQueue.reason')} className={styles.grow} {...required('reason')}>
          <Textarea value={reason} onChange={(_, d) => setReason(d.value)} resize="vertical" />
        </Field>
        <Button disabled={busy} onClick={onDiscard}>
          {t('publicQueue.discard')}
        </Button>
      </div>
      {error !== null && (
        <Text role="alert" block>
          {error}
        </Text>
      )}
    </li>
  );
}
