import { Button, Field, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_TEXT_LENGTH, MIN_DESCRIPTION_LENGTH } from '../../../src/domain/observation/limits';
import { isApiError } from '../api/errors';
import type { ObservationView } from '../api/types';
import { errorText } from '../common/error-text';
import { Heading } from '../common/Heading';
import { LiveMessage, type LiveMessageValue } from '../common/LiveMessage';
import { useSession } from '../shell/session';
import { resubmit, withdraw } from './follow-up-api';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
});

type Props = {
  readonly observation: ObservationView;
  readonly onChanged: (view: ObservationView) => void;
};

/**
 * What the reporter can do with their own observation: withdraw it while nobody has started
 * on it (with a confirmation), or amend and send again one that was returned to them.
 * Co-reporters follow, the reporter decides; the server checks the same.
 */
export function FollowUpActions({ observation, onChanged }: Props) {
  const { me } = useSession();
  const [live, setLive] = useState<LiveMessageValue | null>(null);
  const own = observation.reporterId === me.id;
  const done = (view: ObservationView, text: string) => {
    setLive({ intent: 'success', text });
    onChanged(view);
  };
  return (
    <>
      {own && observation.status === 'received' && (
        <Withdraw observation={observation} onDone={done} onFailed={setLive} />
      )}
      {own && observation.status === 'returned' && (
        <Resubmit observation={observation} onDone={done} />
      )}
      <LiveMessage message={live} polite={['success']} />
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

  // The question takes the focus; cancelling gives it back to the button that asked.
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  const cancel = () => {
    setConfirming(false);
    requestAnimationFrame(() => opener.current?.focus());
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
    <div className={styles.root} role="group" aria-labelledby="withdraw-question">
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
        <Button onClick={cancel}>{t('followUp.cancel')}</Button>
      </div>
    </div>
  );
}

type Problems = { description?: string; solutionProposal?: string; form?: string };

function Resubmit({ observation, onDone }: Part) {
  const { t } = useTranslation();
  const { api } = useSession();
  const styles = useStyles();
  const [description, setDescription] = useState(observation.description);
  const [solutionProposal, setSolutionProposal] = useState(observation.solutionProposal);
  const [problems, setProblems] = useState<Problems>({});
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);

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
    if (Object.keys(found).length > 0) {
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
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
      setProblems(
        field === 'description' || field === 'solutionProposal'
          ? { [field]: text }
          : { form: text },
      );
      setBusy(false);
    }
  };

  return (
    <section className={styles.root} aria-labelledby="resubmit-heading" data-testid="resubmit">
      <Heading level={4} id="resubmit-heading">
        {t('followUp.resubmitHeading')}
      </Heading>
      <Text as="p" block>
        {t('followUp.resubmitIntro')}
      </Text>
      <form ref={form} className={styles.form} onSubmit={(e) => void submit(e)} noValidate>
        <Field
          label={t('detail.description')}
          required
          validationMessage={problems.description}
          validationState={problems.description ? 'error' : 'none'}
        >
          <Textarea
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
