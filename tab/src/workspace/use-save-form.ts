import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/errors';
import { errorText } from '../common/error-text';
import type { LiveMessageValue } from '../common/LiveMessage';

export type FieldErrors = Readonly<Record<string, string>>;

type Options<V> = {
  /**
   * The id of each field's control, in the order of the form: the first error gets focus. A
   * dotted name is a part of a field (`item.<key>.phenomenonId`, as the server names them).
   */
  readonly fieldIds: Readonly<Partial<Record<(keyof V & string) | `${string}.${string}`, string>>>;
  /** The tab's own checks (required fields); the server checks again. */
  readonly validate: (values: V) => FieldErrors;
  readonly send: (values: V) => Promise<void>;
  /** The edit was based on an old version (412): fetch the current one. */
  readonly onConflict?: () => Promise<unknown>;
};

/**
 * A workspace form's state and its save: the tab's checks, then the server's answer. Field
 * errors (the tab's or a 422's) show on their fields and the first gets the focus; a 412
 * says that someone else changed it and keeps what the user wrote; anything else is one
 * announced sentence.
 */
export function useSaveForm<V extends object>(initial: V, options: Options<V>) {
  const { t } = useTranslation();
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<LiveMessageValue | null>(null);
  const [busy, setBusy] = useState(false);

  const set = <K extends keyof V & string>(field: K, value: V[K]) => {
    setValues((old) => ({ ...old, [field]: value }));
    setErrors((old) => {
      if (!(field in old)) return old;
      const { [field]: _gone, ...rest } = old;
      return rest;
    });
  };

  /** Takes the errors of these fields away (a part of the form the user has just changed). */
  const clearErrors = (keys: readonly string[]) =>
    setErrors((old) => {
      if (!keys.some((key) => key in old)) return old;
      return Object.fromEntries(Object.entries(old).filter(([key]) => !keys.includes(key)));
    });

  const showErrors = (found: FieldErrors) => {
    setErrors(found);
    setMessage({ intent: 'error', text: t('workspace.fixErrors') });
    const ids = Object.entries(options.fieldIds) as [string, string][];
    const first = ids.find(([field]) => field in found)?.[1];
    if (first) requestAnimationFrame(() => document.getElementById(first)?.focus());
  };

  /** True when saved. */
  const submit = async (): Promise<boolean> => {
    if (busy) return false;
    const found = options.validate(values);
    if (Object.keys(found).length > 0) {
      showErrors(found);
      return false;
    }
    setBusy(true);
    setMessage(null);
    try {
      await options.send(values);
      setErrors({});
      return true;
    } catch (error) {
      if (isApiError(error) && error.status === 412 && options.onConflict) {
        await options.onConflict();
        setMessage({ intent: 'warning', text: t('workspace.conflict') });
      } else if (isApiError(error) && Object.keys(error.fieldMessages()).length > 0) {
        showErrors(error.fieldMessages());
      } else {
        setMessage({ intent: 'error', text: errorText(error, t) });
      }
      return false;
    } finally {
      setBusy(false);
    }
  };

  return { values, set, clearErrors, errors, message, busy, submit };
}
