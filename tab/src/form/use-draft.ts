import { useCallback, useEffect, useState } from 'react';
import { EMPTY_DRAFT, type Draft, type DraftField } from './draft';
import { loadDraft, saveDraft, type StoredDraft } from './draft-storage';
import { newIdempotencyKey } from './idempotency';

export type DraftApi = {
  readonly draft: Draft;
  /** The Idempotency-Key of this draft; a new one only after a successful submit. */
  readonly idempotencyKey: string;
  readonly set: <K extends DraftField>(field: K, value: Draft[K]) => void;
  /** After success: an empty form with a new key. */
  readonly reset: () => void;
  /**
   * The key already filed an earlier version of this draft: keep the draft, take a new key,
   * so that sending it again files the draft as it is now as a new observation.
   */
  readonly renewKey: () => void;
};

/**
 * The form's state, autosaved to localStorage per user so that nothing typed is lost
 * (identity codes excepted: they are masked in what is kept).
 */
export function useDraft(userId: string): DraftApi {
  const [stored, setStored] = useState<StoredDraft>(() => loadDraft(userId));

  useEffect(() => saveDraft(userId, stored), [userId, stored]);

  const set = useCallback(<K extends DraftField>(field: K, value: Draft[K]) => {
    setStored((s) => {
      const draft: Draft = { ...s.draft, [field]: value };
      // A supervisor belongs to a service area: a new area needs a new choice.
      if (field === 'serviceArea' && value !== s.draft.serviceArea) {
        return { ...s, draft: { ...draft, supervisorId: '' } };
      }
      return { ...s, draft };
    });
  }, []);

  const reset = useCallback(() => {
    setStored({ draft: EMPTY_DRAFT, key: newIdempotencyKey() });
  }, []);

  const renewKey = useCallback(() => {
    setStored((s) => ({ ...s, key: newIdempotencyKey() }));
  }, []);

  return { draft: stored.draft, idempotencyKey: stored.key, set, reset, renewKey };
}
