import { Button, Field, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, type FormEvent, type KeyboardEvent } from 'react';
import { FitSelect } from '../common/FitSelect';
import { useTranslation } from 'react-i18next';
import { RETURN_REASONS } from '../../../src/domain/lifecycle/status';
import type { Tagged } from '../api/client';
import type { ObservationView, Status } from '../api/types';
import { Heading } from '../common/Heading';
import { LiveMessage } from '../common/LiveMessage';
import { useLabels } from '../common/use-labels';
import { useSession } from '../shell/session';
import { useTransition } from './use-transition';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
});

type Props = {
  readonly view: ObservationView;
  readonly etag: string | null;
  readonly onChanged: (tagged: Tagged<ObservationView>) => void;
  readonly onStale: () => Promise<unknown>;
};

/** The moves the server allows this user, each with feedback to the reporter. */
export function TransitionControls(props: Props) {
  const { t } = useTranslation();
  const { config } = useSession();
  const labels = useLabels();
  const styles = useStyles();
  const tr = useTransition(props);
  const allowed = props.view.allowedTransitions;
  const reasons = config.returnReasons.length
    ? config.returnReasons.map((r) => r.id)
    : [...RETURN_REASONS];

  const root = useRef<HTMLElement>(null);
  const statusLine = useRef<HTMLParagraphElement>(null);
  /** The move button that opened the form, for the focus to return to on cancel. */
  const opener = useRef<string | null>(null);

  // Choosing a move opens its form: the focus goes to its first field.
  useEffect(() => {
    if (tr.target === null) return;
    const first = tr.target === 'returned' ? 'return-reason' : 'transition-feedback';
    root.current?.querySelector<HTMLElement>(`#${first}`)?.focus();
  }, [tr.target]);

  // After a move the buttons that were there are gone: the focus goes to the new status,
  // which is also announced (the status region below).
  useEffect(() => {
    if (tr.moves > 0) statusLine.current?.focus();
  }, [tr.moves]);

  const choose = (to: Status | null) => {
    opener.current = to;
    tr.choose(to);
  };
  const cancel = () => {
    const back = opener.current ?? tr.target;
    tr.choose(null);
    if (back !== null) {
      requestAnimationFrame(() =>
        root.current?.querySelector<HTMLElement>(`[data-transition="${back}"]`)?.focus(),
      );
    }
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void tr.confirm();
  };
  // Escape closes the move's form, not the whole panel around it.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    e.preventDefault();
    cancel();
  };

  return (
    <section className={styles.root} aria-labelledby="transitions-heading" ref={root}>
      <Heading level={3} id="transitions-heading">
        {t('panel.transitionsHeading')}
      </Heading>
      <Text as="p" block ref={statusLine} tabIndex={-1} data-testid="current-status">
        {t('panel.currentStatus', { status: labels.status(props.view.status) })}
      </Text>
      <LiveMessage message={tr.message} polite={['success']} />
      {allowed.length === 0 ? (
        <Text>{t('panel.noTransitions')}</Text>
      ) : (
        <div className={styles.buttons}>
          {allowed.map((to) => (
            <Button
              key={to}
              data-transition={to}
              aria-pressed={tr.target === to}
              appearance={tr.target === to ? 'primary' : 'secondary'}
              onClick={() => choose(tr.target === to ? null : to)}
            >
              {labels.transition(to)}
            </Button>
          ))}
        </div>
      )}
      {tr.target && (
        <form
          className={styles.form}
          onSubmit={onSubmit}
          onKeyDown={onKeyDown}
          noValidate
          data-testid="transition-form"
        >
          {tr.target === 'returned' && (
            <Field
              label={{ children: t('panel.returnReason'), htmlFor: 'return-reason' }}
              required
              validationMessage={tr.errors.returnReason}
            >
              <FitSelect
                id="return-reason"
                value={tr.returnReason}
                onChange={(_, d) => tr.setReturnReason(d.value)}
              >
                <option value="">{t('common.choose')}</option>
                {reasons.map((r) => (
                  <option key={r} value={r}>
                    {labels.returnReason(r)}
                  </option>
                ))}
              </FitSelect>
            </Field>
          )}
          <Field
            label={{ children: t('panel.feedback'), htmlFor: 'transition-feedback' }}
            required={tr.needsFeedback}
            hint={t('panel.feedbackHint')}
            validationMessage={tr.errors.feedback}
          >
            <Textarea
              id="transition-feedback"
              resize="vertical"
              rows={4}
              value={tr.feedback}
              onChange={(_, d) => tr.setFeedback(d.value)}
            />
          </Field>
          <div className={styles.buttons}>
            <Button type="submit" appearance="primary" disabledFocusable={tr.busy}>
              {t('panel.confirm', { action: labels.transition(tr.target) })}
            </Button>
            <Button type="button" onClick={cancel}>
              {t('common.cancel')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
