import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requiresProposalNote } from '../../../src/domain/proposal/proposal-transitions';
import { isApiError } from '../api/errors';
import { errorText } from '../common/error-text';
import type { LiveMessageValue } from '../common/LiveMessage';
import { useSession } from '../shell/session';
import type { ProposalDetails, ProposalStatus } from './api';
import { dayText, parseDay, todayIn } from './dates';
import type { FieldErrors } from './use-save-form';
import { useProposalWrites } from './use-proposals';
import { useWorkspaceLabels } from './use-workspace-labels';

type Outcome = { readonly note: string; readonly by: string; readonly on: string };

/**
 * A proposal's moves: those without an outcome go at once; a decision or a result first opens
 * its form (the text, who, when: by default the decision body, or the user for a result, and
 * today). The server's refusals land on their fields (422) or say that the status changed.
 */
export function useProposalMove(proposal: ProposalDetails, etag: string | null) {
  const { t } = useTranslation();
  const { me, config } = useSession();
  const labels = useWorkspaceLabels();
  const { move, reload } = useProposalWrites();
  const [target, setTarget] = useState<ProposalStatus | null>(null);
  const [outcome, setOutcome] = useState<Outcome>({ note: '', by: '', on: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<LiveMessageValue | null>(null);
  /** Grows with each move made: the view then moves the focus to the new status. */
  const [moves, setMoves] = useState(0);

  /** Errors on their fields, the first of them focused, and one sentence announced. */
  const showErrors = (found: FieldErrors) => {
    setErrors(found);
    setMessage({ intent: 'error', text: t('workspace.fixErrors') });
    const first = ['note', 'by', 'on'].find((field) => field in found);
    if (first) requestAnimationFrame(() => document.getElementById(`move-${first}`)?.focus());
  };

  const send = async (to: ProposalStatus, withOutcome: Outcome | null) => {
    setMessage(null);
    try {
      await move.mutateAsync({
        id: proposal.id,
        move: withOutcome
          ? {
              to,
              note: withOutcome.note.trim(),
              by: withOutcome.by.trim() || null,
              on: withOutcome.on || null,
            }
          : { to },
        etag,
      });
      setTarget(null);
      setErrors({});
      setMessage({
        intent: 'success',
        text: t('workspace.moves.changed', { status: labels.status(to) }),
      });
      setMoves((n) => n + 1);
    } catch (error) {
      if (isApiError(error) && (error.status === 409 || error.status === 412)) {
        await reload(proposal.id);
        setTarget(null);
        setMessage({ intent: 'warning', text: t('workspace.moves.illegal') });
      } else if (isApiError(error) && Object.keys(error.fieldMessages()).length > 0) {
        showErrors(error.fieldMessages());
      } else {
        setMessage({ intent: 'error', text: errorText(error, t) });
      }
    }
  };

  const choose = (to: ProposalStatus | null) => {
    setErrors({});
    setMessage(null);
    if (to !== null && !requiresProposalNote(to)) {
      setTarget(null);
      void send(to, null);
      return;
    }
    setTarget(to);
    if (to !== null) {
      setOutcome({
        note: '',
        by: to === 'done' ? me.name : proposal.decisionBody,
        on: dayText(todayIn(config.timeZone)),
      });
    }
  };

  /** Sends the open form's move; false when the tab's own check stopped it. */
  const confirm = async (): Promise<boolean> => {
    if (target === null || move.isPending) return false;
    const on = parseDay(outcome.on);
    const found = {
      ...(outcome.note.trim() === '' ? { note: t('common.required') } : {}),
      ...(on === null ? { on: t('workspace.dateInvalid') } : {}),
    };
    if (Object.keys(found).length > 0) {
      showErrors(found);
      return false;
    }
    await send(target, { ...outcome, on: on ?? '' });
    return true;
  };

  const set = (field: keyof Outcome, value: string) => {
    setOutcome((old) => ({ ...old, [field]: value }));
    setErrors(({ [field]: _gone, ...rest }) => rest);
  };

  return { target, outcome, set, errors, message, moves, busy: move.isPending, choose, confirm };
}
