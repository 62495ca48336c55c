import { useCallback, useEffect, useState } from 'react';
import { storage } from '../common/storage';
import { EMPTY_DRAFT, reviveDraft, type Draft, type DraftField } from './draft';
import { newIdempotencyKey } from './idempotency';

type Stored = { readonly draft: Draft; readonly key: string };

const storageKey = (userId: string) => `rake.draft.v1.${userId}`;

function load(userId: string): Stored {
  const raw = storage.get(storageKey(userId));
  if (raw) {
    try {
      const parsed = JSON.parse(raw) as { draft?: unknown; key?: unknown };
      return {
        draft: reviveDraft(parsed.draft),
        key: typeof parsed.key === 'string' && parsed.key ? parsed.key : newIdempotencyKey(),
      };
    } catch {
      // a broken entry is replaced by a fresh draft
    }
  }
  return { draft: EMPTY_DRAFT, key: newIdempotencyKey() };
}

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

/** The form's state, autosaved to localStorage per user so that nothing typed is lost. */
export function useDraft(userId: string): DraftApi {
  const [stored, setStored] = useState<Stored>(() => load(userId));

  useEffect(() => {
    storage.set(storageKey(userId), JSON.stringify(stored));
  }, [userId, stored]);

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
