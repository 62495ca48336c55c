import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EMPTY_TRIAGE,
  TRIAGE_FIELDS,
  type TriageField,
  type TriageRecord,
} from '../../../src/domain/triage/triage-record';
import type { Tagged } from '../api/client';
import { isApiError } from '../api/errors';
import type { ObservationView } from '../api/types';
import { errorText } from '../common/error-text';
import { useSession } from '../shell/session';

export type TriageValues = Record<TriageField, string>;

const str = (v: string | number | null | undefined): string =>
  v === null || v === undefined ? '' : String(v);

export const toValues = (r: TriageRecord): TriageValues =>
  Object.fromEntries(TRIAGE_FIELDS.map((f) => [f, str(r[f])])) as TriageValues;

type Editing = {
  readonly values: TriageValues;
  /** The stored record the user's edits are relative to. */
  readonly base: TriageRecord;
  /** Fields someone else changed under the user's own edit: field → the value stored now. */
  readonly conflicts: Partial<Record<TriageField, string>>;
};

/**
 * A newer stored record arrived: untouched fields take the new values, the user's own edits
 * stay in the fields, and any the other person also changed are flagged.
 */
function rebase(s: Editing, next: TriageRecord): Editing {
  const values = { ...s.values };
  const conflicts: Partial<Record<TriageField, string>> = {};
  for (const f of TRIAGE_FIELDS) {
    const edited = s.values[f] !== str(s.base[f]);
    if (!edited) values[f] = str(next[f]);
    else if (str(next[f]) !== str(s.base[f]) && str(next[f]) !== s.values[f]) {
      conflicts[f] = str(next[f]);
    }
  }
  return { values, base: next, conflicts };
}

export type SaveState =
  | { readonly status: 'idle' | 'saving' | 'saved' | 'conflict' }
  | { readonly status: 'failed'; readonly message: string };

type Options = {
  readonly view: ObservationView;
  readonly etag: string | null;
  readonly onSaved: (tagged: Tagged<ObservationView>) => void;
  readonly onStale: () => Promise<unknown>;
};

/** The ten-field record being edited, saved with PATCH + If-Match. */
export function useTriage({ view, etag, onSaved, onStale }: Options) {
  const { api } = useSession();
  const { t } = useTranslation();
  const stored = view.triage ?? EMPTY_TRIAGE;
  const [editing, setEditing] = useState<Editing>(() => ({
    values: toValues(stored),
    base: stored,
    conflicts: {},
  }));
  const [save, setSave] = useState<SaveState>({ status: 'idle' });
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<TriageField, string>>>({});

  const storedKey = JSON.stringify(stored);
  useEffect(() => {
    setEditing((s) =>
      JSON.stringify(s.base) === storedKey ? s : rebase(s, JSON.parse(storedKey)),
    );
  }, [storedKey]);

  const set = useCallback((field: TriageField, value: string) => {
    setEditing((s) => ({ ...s, values: { ...s.values, [field]: value } }));
    setFieldErrors((e) => (field in e ? { ...e, [field]: undefined } : e));
    setSave((s) => (s.status === 'saved' ? { status: 'idle' } : s));
  }, []);

  const dirty = TRIAGE_FIELDS.filter((f) => editing.values[f] !== str(editing.base[f]));

  const submit = useCallback(async () => {
    const patch: Record<string, string | number | null> = {};
    const errors: Partial<Record<TriageField, string>> = {};
    for (const f of dirty) {
      const raw = editing.values[f].trim();
      if (f === 'priority') {
        const n = Number(raw);
        if (raw !== '' && (!Number.isInteger(n) || n < 1))
          errors.priority = t('panel.priorityInvalid');
        patch[f] = raw === '' ? null : n;
      } else {
        patch[f] = raw === '' ? null : editing.values[f];
      }
    }
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0 || dirty.length === 0 || !etag) return;
    setSave({ status: 'saving' });
    try {
      const tagged = await api.patchTriage(view.id, patch, etag);
      const saved = tagged.value.triage ?? EMPTY_TRIAGE;
      setEditing({ values: toValues(saved), base: saved, conflicts: {} });
      setSave({ status: 'saved' });
      onSaved(tagged);
    } catch (e) {
      if (isApiError(e) && e.status === 412) {
        setSave({ status: 'conflict' });
        await onStale();
      } else if (isApiError(e) && e.status === 422 && e.fields.length > 0) {
        setFieldErrors(e.fieldMessages() as Partial<Record<TriageField, string>>);
        setSave({ status: 'failed', message: e.message });
      } else {
        setSave({ status: 'failed', message: errorText(e, t) });
      }
    }
  }, [api, dirty, editing.values, etag, onSaved, onStale, t, view.id]);

  return {
    values: editing.values,
    conflicts: editing.conflicts,
    dirty,
    set,
    submit,
    save,
    fieldErrors,
  };
}
