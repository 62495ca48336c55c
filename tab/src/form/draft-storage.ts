import { matchPersonalIdentityCodes } from '../../../src/domain/personal-data/identity-code';
import { storage } from '../common/storage';
import { EMPTY_DRAFT, reviveDraft, TEXT_FIELDS, type Draft } from './draft';
import { newIdempotencyKey } from './idempotency';

/** A draft as kept between visits: the form and the Idempotency-Key it will be sent with. */
export type StoredDraft = { readonly draft: Draft; readonly key: string };

const PREFIX = 'rake.draft.v1.';
const storageKey = (userId: string) => `${PREFIX}${userId}`;

/** What stands in for an identity code in a kept draft: one mark per character. */
const MASK = '•';

/**
 * The draft with every identity code masked, character for character. The form refuses a
 * code anyway; this keeps one typed by mistake from staying in the browser's storage on a
 * shared computer, while the rest of the text survives.
 */
export function withoutIdentityCodes(draft: Draft): Draft {
  let masked = draft;
  for (const field of TEXT_FIELDS) {
    const text = draft[field];
    const codes = matchPersonalIdentityCodes(text);
    if (codes.length === 0) continue;
    let kept = '';
    let from = 0;
    for (const code of codes) {
      kept += text.slice(from, code.index) + MASK.repeat([...code.text].length);
      from = code.index + code.text.length;
    }
    masked = { ...masked, [field]: kept + text.slice(from) };
  }
  return masked;
}

export function loadDraft(userId: string): StoredDraft {
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

export function saveDraft(userId: string, stored: StoredDraft): void {
  storage.set(
    storageKey(userId),
    JSON.stringify({ ...stored, draft: withoutIdentityCodes(stored.draft) }),
  );
}

/**
 * Someone else now uses this browser (another Teams account, another acting-as identity):
 * the drafts of anyone else are removed, so nobody reads what another person left unsent.
 */
export function forgetOtherUsersDrafts(userId: string): void {
  for (const key of storage.keys()) {
    if (key.startsWith(PREFIX) && key !== storageKey(userId)) storage.remove(key);
  }
}
