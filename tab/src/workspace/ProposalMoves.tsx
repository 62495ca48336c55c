import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { requiresProposalNote } from '../../../src/domain/proposal/proposal-transitions';
import { Heading } from '../common/Heading';
import { LiveMessage } from '../common/LiveMessage';
import type { ProposalDetails, ProposalStatus } from './api';
import { DayField } from './DayField';
import { DECISION_BODY_MAX, TEXT_MAX } from './limits';
import { useProposalMove } from './use-proposal-move';
import { useWorkspaceLabels } from './use-workspace-labels';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  status: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  line: { margin: 0 },
  form: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

type Props = {
  readonly proposal: ProposalDetails;
  readonly etag: string | null;
  readonly canWrite: boolean;
};

/** The status, and for writers the moves the server allows from it. */
export function ProposalMoves({ proposal, etag, canWrite }: Props) {
  const { t } = useTranslation();
  const labels = useWorkspaceLabels();
  const styles = useStyles();
  const mv = useProposalMove(proposal, etag);
  const root = useRef<HTMLElement>(null);
  const statusLine = useRef<HTMLParagraphElement>(null);
  const opener = useRef<ProposalStatus | null>(null);
  const allowed = canWrite ? proposal.allowedTransitions : [];

  useEffect(() => {
    if (mv.target !== null) root.current?.querySelector<HTMLElement>('#move-note')?.focus();
  }, [mv.target]);
  // After a move its buttons are gone: the focus goes to the new status, also announced.
  useEffect(() => {
    if (mv.moves > 0) statusLine.current?.focus();
  }, [mv.moves]);

  const choose = (to: ProposalStatus | null) => {
    opener.current = to;
    mv.choose(to);
  };
  const cancel = () => {
    const back = opener.current;
    mv.choose(null);
    if (back !== null) {
      requestAnimationFrame(() =>
        root.current?.querySelector<HTMLElement>(`[data-move="${back}"]`)?.focus(),
      );
    }
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void mv.confirm();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    cancel();
  };
  const target = mv.target;
  const decides = allowed.some(requiresProposalNote);

  return (
    <section className={styles.root} aria-labelledby="moves-heading" ref={root}>
      <Heading level={4} id="moves-heading">
        {t('workspace.moves.heading')}
      </Heading>
      <div className={styles.status}>
        <Text
          as="p"
          block
          className={styles.line}
          ref={statusLine}
          tabIndex={-1}
          data-testid="proposal-status"
        >
          {t('workspace.moves.current', { status: labels.status(proposal.status) })}
        </Text>
        <LiveMessage message={mv.message} polite={['success', 'warning']} />
      </div>
      {canWrite && allowed.length === 0 && <Text>{t('workspace.moves.none')}</Text>}
      {allowed.length > 0 && (
        <div className={styles.buttons}>
          {allowed.map((to) => (
            <Button
              key={to}
              data-move={to}
              aria-pressed={target === to}
              appearance={target === to ? 'primary' : 'secondary'}
              disabledFocusable={mv.busy}
              onClick={() => choose(target === to ? null : to)}
            >
              {labels.move(to)}
            </Button>
          ))}
        </div>
      )}
      {decides && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody data-testid="reporters-told">{t('workspace.moves.told')}</MessageBarBody>
        </MessageBar>
      )}
      {target !== null && (target === 'accepted' || target === 'rejected' || target === 'done') && (
        <form
          className={styles.form}
          onSubmit={onSubmit}
          onKeyDown={onKeyDown}
          noValidate
          aria-label={labels.move(target)}
          data-testid="move-form"
        >
          <Field
            label={{ children: t(`workspace.moves.note.${target}`), htmlFor: 'move-note' }}
            required
            hint={t('workspace.moves.noteHint')}
            validationMessage={mv.errors.note}
          >
            <Textarea
              id="move-note"
              resize="vertical"
              rows={4}
              maxLength={TEXT_MAX}
              value={mv.outcome.note}
              onChange={(_, d) => mv.set('note', d.value)}
            />
          </Field>
          <Field
            label={{
              children: target === 'done' ? t('workspace.moves.byDone') : t('workspace.moves.by'),
              htmlFor: 'move-by',
            }}
            validationMessage={mv.errors.by}
          >
            <Input
              id="move-by"
              maxLength={DECISION_BODY_MAX}
              value={mv.outcome.by}
              onChange={(_, d) => mv.set('by', d.value)}
            />
          </Field>
          <DayField
            id="move-on"
            label={t('workspace.moves.on')}
            value={mv.outcome.on}
            onChange={(v) => mv.set('on', v)}
            {...(mv.errors.on ? { error: mv.errors.on } : {})}
          />
          <div className={styles.buttons}>
            <Button type="submit" appearance="primary" disabledFocusable={mv.busy}>
              {t('workspace.moves.confirm', { action: labels.move(target) })}
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
