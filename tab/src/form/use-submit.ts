import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/errors';
import type { SubmitResponse } from '../api/types';
import { errorText } from '../common/error-text';
import { useSession } from '../shell/session';
import { FORM_FIELDS, toRequestBody, type Draft } from './draft';
import type { FieldMessages } from './validate';

/** The key had already filed the draft as it was before the reporter edited it. */
export const ALREADY_FILED = 'already_filed';

export type SubmitState =
  | { readonly status: 'idle' }
  | { readonly status: 'submitting' }
  | {
      readonly status: 'failed';
      readonly message: string;
      /** Sending the same draft (same key) again may succeed; offer it. */
      readonly retryable: boolean;
      /** The key had filed this observation before the draft was edited; offer to open it. */
      readonly filedId?: string;
    }
  | { readonly status: 'done'; readonly observation: SubmitResponse };

export type SubmitApi = {
  readonly state: SubmitState;
  /** Per-field messages from the server's last answer (422). */
  readonly serverErrors: FieldMessages;
  readonly clearServerError: (field: keyof FieldMessages) => void;
  /**
   * True when filed; `already_filed` when the key filed an earlier version of the draft (the
   * caller takes a new key); otherwise the per-field problems (possibly none) to focus.
   */
  readonly submit: (
    draft: Draft,
    idempotencyKey: string,
  ) => Promise<true | typeof ALREADY_FILED | FieldMessages>;
  readonly acknowledge: () => void;
};

/**
 * Sends the draft once (guarded against double clicks). The caller keeps the draft and its
 * Idempotency-Key until a filing succeeds, so a retry after a lost answer files nothing twice.
 */
export function useSubmit(): SubmitApi {
  const { api, config } = useSession();
  const { t } = useTranslation();
  const [state, setState] = useState<SubmitState>({ status: 'idle' });
  const [serverErrors, setServerErrors] = useState<FieldMessages>({});
  const inFlight = useRef(false);

  const submit = useCallback(
    async (draft: Draft, idempotencyKey: string) => {
      if (inFlight.current) return {};
      inFlight.current = true;
      setState({ status: 'submitting' });
      try {
        const observation = await api.submit(
          toRequestBody(draft, config.supervisorNamedByReporter),
          idempotencyKey,
        );
        setServerErrors({});
        setState({ status: 'done', observation });
        return true as const;
      } catch (e) {
        if (isApiError(e) && e.filedObservationId !== null) {
          // The answer to an earlier send was lost, and the draft was edited since: the
          // server filed the earlier version and kept none of the edits. They stay here.
          setServerErrors({});
          setState({
            status: 'failed',
            message: t('form.alreadyFiled'),
            retryable: false,
            filedId: e.filedObservationId,
          });
          return ALREADY_FILED;
        }
        if (isApiError(e) && (e.status === 422 || e.status === 400)) {
          const fields = e.fieldMessages() as FieldMessages;
          setServerErrors(fields);
          // Problems the form can point at are marked there; any others are spelled out here.
          const elsewhere = Object.entries(fields)
            .filter(([field]) => !(FORM_FIELDS as readonly string[]).includes(field))
            .map(([, message]) => message);
          const marked = Object.keys(fields).length > elsewhere.length;
          const message = [marked ? t('form.fixErrors') : e.message, ...elsewhere].join(' ');
          setState({ status: 'failed', message, retryable: false });
          return fields;
        }
        setState({
          status: 'failed',
          // The network message already says nothing was lost; every other one needs telling.
          message:
            isApiError(e) && e.isNetwork
              ? errorText(e, t)
              : `${errorText(e, t)} ${t('form.draftKept')}`,
          retryable:
            isApiError(e) && (e.isPassing || (e.status >= 500 && e.storageReason === null)),
        });
        return {};
      } finally {
        inFlight.current = false;
      }
    },
    [api, config.supervisorNamedByReporter, t],
  );

  const clearServerError = useCallback((field: keyof FieldMessages) => {
    setServerErrors((s) => {
      if (!(field in s)) return s;
      const next = { ...s };
      delete next[field];
      return next;
    });
  }, []);

  const acknowledge = useCallback(() => setState({ status: 'idle' }), []);

  return { state, serverErrors, clearServerError, submit, acknowledge };
}
