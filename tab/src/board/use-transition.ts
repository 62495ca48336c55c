import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requiresFeedback } from '../../../src/domain/lifecycle/transitions';
import { isBlankText } from '../../../src/domain/shared/free-text';
import type { Tagged } from '../api/client';
import { isApiError } from '../api/errors';
import type { ObservationView, Status } from '../api/types';
import { errorText } from '../common/error-text';
import { useLabels } from '../common/use-labels';
import { useSession } from '../shell/session';

export type TransitionErrors = { feedback?: string; returnReason?: string };

type Options = {
  readonly view: ObservationView;
  readonly etag: string | null;
  readonly onChanged: (tagged: Tagged<ObservationView>) => void;
  readonly onStale: () => Promise<unknown>;
};

/** A chosen move with its feedback; the text stays if the server refuses. */
export function useTransition({ view, etag, onChanged, onStale }: Options) {
  const { api } = useSession();
  const { t } = useTranslation();
  const labels = useLabels();
  const [target, setTarget] = useState<Status | null>(null);
  const [feedback, setFeedback] = useState('');
  const [returnReason, setReturnReason] = useState('');
  const [errors, setErrors] = useState<TransitionErrors>({});
  const [busy, setBusy] = useState(false);
  /** Counts the moves made here, so the view can put the focus on the new status after each. */
  const [moves, setMoves] = useState(0);
  const [message, setMessage] = useState<{
    intent: 'success' | 'error' | 'warning';
    text: string;
  } | null>(null);

  const choose = useCallback((to: Status | null) => {
    setTarget(to);
    setErrors({});
    setMessage(null);
  }, []);

  const needsFeedback = target !== null && requiresFeedback(target);

  const confirm = useCallback(async () => {
    if (!target) return;
    const found: TransitionErrors = {};
    if (needsFeedback && isBlankText(feedback)) found.feedback = t('common.required');
    if (target === 'returned' && !returnReason) found.returnReason = t('common.required');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const tagged = await api.transition(
        view.id,
        {
          to: target,
          ...(isBlankText(feedback) ? {} : { feedback }),
          ...(target === 'returned' ? { returnReason } : {}),
        },
        etag,
      );
      onChanged(tagged);
      setMessage({
        intent: 'success',
        text: t('panel.changed', { status: labels.status(target) }),
      });
      setTarget(null);
      setFeedback('');
      setReturnReason('');
      setMoves((n) => n + 1);
    } catch (e) {
      if (isApiError(e) && (e.status === 412 || e.status === 409)) {
        setMessage({
          intent: 'warning',
          text: e.status === 412 ? t('panel.transitionConflict') : e.message,
        });
        await onStale();
      } else if (isApiError(e) && e.status === 422) {
        const fields = e.fieldMessages();
        setErrors({ feedback: fields.feedback, returnReason: fields.returnReason });
        setMessage({ intent: 'error', text: e.message });
      } else {
        setMessage({ intent: 'error', text: errorText(e, t) });
      }
    } finally {
      setBusy(false);
    }
  }, [
    api,
    etag,
    feedback,
    labels,
    needsFeedback,
    onChanged,
    onStale,
    returnReason,
    t,
    target,
    view.id,
  ]);

  return {
    target,
    choose,
    feedback,
    setFeedback,
    returnReason,
    setReturnReason,
    needsFeedback,
    errors,
    busy,
    message,
    confirm,
    moves,
  };
}
