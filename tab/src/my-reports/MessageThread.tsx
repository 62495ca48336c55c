import { Button, Field, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_MESSAGE_LENGTH } from '../../../src/domain/message/observation-message';
import { errorText } from '../common/error-text';
import { Heading } from '../common/Heading';
import { LiveMessage, type LiveMessageValue } from '../common/LiveMessage';
import { LoadFailed } from '../common/LoadFailed';
import { Loading } from '../common/Loading';
import { TimelineList } from '../common/TimelineList';
import { useAsync } from '../common/use-async';
import { useLabels } from '../common/use-labels';
import { useSession } from '../shell/session';
import { messagesOf, sendMessage, type ObservationMessage } from './follow-up-api';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: 0 },
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  send: { alignSelf: 'flex-start' },
});

type Props = { readonly observationId: string; readonly headingLevel?: 3 | 4 };

/**
 * The message thread on an observation, between its reporters and those handling it: the
 * messages oldest first, and a box to write one. A sent message joins the list and is
 * announced (the status region); personal-data warnings come back the same way.
 */
export function MessageThread({ observationId, headingLevel = 4 }: Props) {
  const { t } = useTranslation();
  const { api } = useSession();
  const labels = useLabels();
  const styles = useStyles();
  const headingId = useId();
  const [loaded, reload] = useAsync(
    (signal) => messagesOf(api, observationId, signal),
    [api, observationId],
  );
  const [sent, setSent] = useState<readonly ObservationMessage[]>([]);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [live, setLive] = useState<LiveMessageValue | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  /** A refused message stays in the box, and the focus goes there with its reason. */
  const refuse = (reason: string) => {
    setProblem(reason);
    setLive(null);
    requestAnimationFrame(() => box.current?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (text.trim() === '') {
      refuse(t('common.required'));
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const posted = await sendMessage(api, observationId, text);
      const { warnings, ...message } = posted;
      setSent((s) => [...s, message]);
      setText('');
      const notes = warnings.map((w) => w.message).join(' ');
      setLive({
        intent: warnings.length > 0 ? 'warning' : 'success',
        text: notes ? `${t('followUp.sent')} ${notes}` : t('followUp.sent'),
      });
    } catch (error) {
      refuse(errorText(error, t));
    } finally {
      setBusy(false);
    }
  };

  const all =
    loaded.status === 'ok'
      ? [...loaded.value, ...sent.filter((m) => !loaded.value.some((l) => l.id === m.id))]
      : sent;

  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="message-thread">
      <Heading level={headingLevel} id={headingId}>
        {t('followUp.messages')}
      </Heading>
      {loaded.status === 'loading' && <Loading />}
      {loaded.status === 'error' && <LoadFailed error={loaded.error} retry={reload} />}
      {loaded.status === 'ok' && all.length === 0 && <Text>{t('followUp.noMessages')}</Text>}
      {all.length > 0 && (
        <TimelineList
          stepTestId="message"
          steps={all.map((m) => ({
            key: m.id,
            what: `${m.authorName} (${t(
              m.side === 'reporter' ? 'followUp.reporterSide' : 'followUp.handlerSide',
            )})`,
            by: labels.dateTime(m.at),
            more: <p className={styles.text}>{m.text}</p>,
          }))}
        />
      )}
      <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate>
        <Field
          label={t('followUp.message')}
          validationMessage={problem ?? undefined}
          validationState={problem ? 'error' : 'none'}
        >
          <Textarea
            ref={box}
            value={text}
            onChange={(_, d) => setText(d.value)}
            maxLength={MAX_MESSAGE_LENGTH}
            resize="vertical"
            data-testid="message-text"
          />
        </Field>
        <Button
          className={styles.send}
          type="submit"
          appearance="primary"
          disabledFocusable={busy}
          data-testid="message-send"
        >
          {t('followUp.send')}
        </Button>
        <LiveMessage message={live} polite={['success', 'warning']} />
      </form>
    </section>
  );
}
