import { Button, Field, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_TEXT_LENGTH, MIN_DESCRIPTION_LENGTH } from '../../../src/domain/observation/limits';
import { isApiError } from '../api/errors';
import type { HistoryEntry, ObservationView } from '../api/types';
import { errorText } from '../common/error-text';
import { Heading } from '../common/Heading';
import { LiveMessage, type LiveMessageValue } from '../common/LiveMessage';
import { useLabels } from '../common/use-labels';
import { useSession } from '../shell/session';
import { resubmit, withdraw } from './follow-up-api';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  outcome: { outlineStyle: 'none' },
  para: { margin: 0 },
  asked: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorPaletteYellowBorder2,
    paddingInlineStart: tokens.spacingHorizontalM,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  feedback: {
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    margin: 0,
  },
});

type Props = {
  readonly observation: ObservationView;
  /** The return the reporter is answering (the latest step to `returned`), when known. */
  readonly returned?: HistoryEntry | null;
  readonly onChanged: (view: ObservationView) => void;
};

/**
 * What the reporter can do with their own observation: withdraw it while nobody has started
 * on it (with a confirmation), or amend and send again one that was returned to them.
 * Co-reporters follow, the reporter decides; the server checks the same.
 */
export function FollowUpActions({ observation, returned = null, onChanged }: Props) {
  const { t } = useTranslation();
  const { me } = useSession();
  const styles = useStyles();
  const [live, setLive] = useState<LiveMessageValue | null>(null);
  const outcome = useRef<HTMLDivElement>(null);
  const own = observation.reporterId === me.id;
  // The button or form the user was in goes away with the old status: the focus moves to
  // the outcome, so it is not lost to the page and the words are read where the user is.
  const done = (view: ObservationView, text: string) => {
    setLive({ intent: 'success', text });
    outcome.current?.focus();
    onChanged(view);
  };
  return (
    <>
      {observation.status === 'withdrawn' && live === null && (
        <Text as="p" block className={styles.para} data-testid="withdrawn-note">
          {t('followUp.withdrawnNote')}
        </Text>
      )}
      {own && observation.status === 'received' && (
        <Withdraw observation={observation} onDone={done} onFailed={setLive} />
      )}
      {own && observation.status === 'returned' && (
        <Resubmit observation={observation} returned={returned} onDone={done} />
      )}
      <div ref={outcome} tabIndex={-1} className={styles.outcome} data-testid="follow-up-outcome">
        <LiveMessage message={live} polite={['success']} />
      </div>
    </>
  );
}

type Part = {
  readonly observation: ObservationView;
  readonly onDone: (view: ObservationView, text: string) => void;
};

function Withdraw({
  observation,
  onDone,
  onFailed,
}: Part & { onFailed: (m: LiveMessageValue) => void }) {
  const { t } = useTranslation();
  const { api } = useSession();
  const styles = useStyles();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const cancelled = useRef(false);

  // The question takes the focus; cancelling gives it back to the button that asked, as soon
  // as that button is back in the page.
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
    else if (cancelled.current) {
      cancelled.current = false;
      opener.current?.focus();
    }
  }, [confirming]);

  const cancel = () => {
    cancelled.current = true;
    setConfirming(false);
  };
  const confirm = async () => {
    setBusy(true);
    try {
      const { value } = await withdraw(api, observation.id, observation.version);
      onDone(value, t('followUp.withdrawn'));
    } catch (error) {
      onFailed({ intent: 'error', text: errorText(error, t) });
      setBusy(false);
      setConfirming(false);
    }
  };

  if (!confirming) {
    return (
      <div className={styles.buttons}>
        <Button ref={opener} onClick={() => setConfirming(true)} data-testid="withdraw">
          {t('followUp.withdraw')}
        </Button>
      </div>
    );
  }
  return (
    <div
      className={styles.root}
      role="group"
      aria-labelledby="withdraw-question"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !busy) cancel();
      }}
    >
      <Text id="withdraw-question" weight="semibold">
        {t('followUp.withdrawConfirm')}
      </Text>
      <div className={styles.buttons}>
        <Button
          ref={confirmButton}
          appearance="primary"
          disabledFocusable={busy}
          onClick={() => void confirm()}
          data-testid="withdraw-confirm"
        >
          {t('followUp.withdrawYes')}
        </Button>
        <Button onClick={cancel} data-testid="withdraw-cancel">
          {t('followUp.cancel')}
        </Button>
      </div>
    </div>
  );
}

type Problems = { description?: string; solutionProposal?: string; form?: string };

/** What the person who returned it asked: the reason and the feedback, above the form. */
function Asked({ entry }: { readonly entry: HistoryEntry }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const styles = useStyles();
  return (
    <div className={styles.asked} data-testid="resubmit-asked">
      <Text size={200}>
        {t('timeline.by', { name: entry.actorName, date: labels.dateTime(entry.at) })}
      </Text>
      {entry.returnReason && (
        <Text>
          <span className={styles.term}>{t('timeline.returnReason')}: </span>
          {labels.returnReason(entry.returnReason)}
        </Text>
      )}
      {entry.feedback && (
        <div>
          <Text className={styles.term}>{t('timeline.feedback')}</Text>
          <p className={styles.feedback}>{entry.feedback}</p>
        </div>
      )}
    </div>
  );
}

function Resubmit({ observation, returned, onDone }: Part & { returned: HistoryEntry | null }) {
  const { t } = useTranslation();
  const { api } = useSession();
  const styles = useStyles();
  const descriptionBox = useRef<HTMLTextAreaElement>(null);
  const proposalBox = useRef<HTMLTextAreaElement>(null);
  /** The field the user must fix takes the focus, so its message is read out there. */
  const focusField = (field: 'description' | 'solutionProposal') =>
    requestAnimationFrame(() =>
      (field === 'description' ? descriptionBox : proposalBox).current?.focus(),
    );
  const [description, setDescription] = useState(observation.description);
  const [solutionProposal, setSolutionProposal] = useState(observation.solutionProposal);
  const [problems, setProblems] = useState<Problems>({});
  const [busy, setBusy] = useState(false);

  const check = (): Problems => {
    const found: Problems = {};
    const visible = description.trim().length;
    if (visible === 0) found.description = t('common.required');
    else if (visible < MIN_DESCRIPTION_LENGTH) {
      found.description = t('common.tooShort', { min: MIN_DESCRIPTION_LENGTH });
    }
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found = check();
    setProblems(found);
    if (found.description) {
      focusField('description');
      return;
    }
    setBusy(true);
    try {
      const { value } = await resubmit(
        api,
        observation.id,
        { description, solutionProposal },
        observation.version,
      );
      const { warnings, ...view } = value;
      const notes = warnings.map((w) => w.message).join(' ');
      onDone(view, notes ? `${t('followUp.resubmitted')} ${notes}` : t('followUp.resubmitted'));
    } catch (error) {
      // The server's own words for a field it refused (an identity code, a length).
      const field = isApiError(error) ? error.field : null;
      const text = errorText(error, t);
      if (field === 'description' || field === 'solutionProposal') {
        setProblems({ [field]: text });
        focusField(field);
      } else {
        setProblems({ form: text });
      }
      setBusy(false);
    }
  };

  return (
    <section className={styles.root} aria-labelledby="resubmit-heading" data-testid="resubmit">
      <Heading level={4} id="resubmit-heading">
        {t('followUp.resubmitHeading')}
      </Heading>
      <Text>{t('followUp.resubmitIntro')}</Text>
      {returned && <Asked entry={returned} />}
      <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate>
        <Field
          label={t('detail.description')}
          required
          validationMessage={problems.description}
          validationState={problems.description ? 'error' : 'none'}
        >
          <Textarea
            ref={descriptionBox}
            value={description}
            onChange={(_, d) => setDescription(d.value)}
            maxLength={MAX_TEXT_LENGTH}
            resize="vertical"
            rows={6}
            data-testid="resubmit-description"
          />
        </Field>
        <Field
          label={t('detail.solutionProposal')}
          validationMessage={problems.solutionProposal}
          validationState={problems.solutionProposal ? 'error' : 'none'}
        >
          <Textarea
            ref={proposalBox}
            value={solutionProposal}
            onChange={(_, d) => setSolutionProposal(d.value)}
            maxLength={MAX_TEXT_LENGTH}
            resize="vertical"
            rows={4}
          />
        </Field>
        {problems.form && (
          <Text role="alert" data-testid="resubmit-error">
            {problems.form}
          </Text>
        )}
        <div className={styles.buttons}>
          <Button
            type="submit"
            appearance="primary"
            disabledFocusable={busy}
            data-testid="resubmit-send"
          >
            {t('followUp.resubmit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
