import type { ApiClient } from '../api/client';
import { storage } from '../common/storage';
import type { Language } from '../i18n';

const KEY_PREFIX = 'rake.localeSent.';

/**
 * Tells the server the user's language (PUT /api/me/locale, for the bot's cards) when it is
 * not the one this browser last told it for this user: once, and again after a change, not
 * on every load. Best effort: without the Teams side (404) cards simply stay in Finnish, and
 * a failure is tried again on the next load.
 */
export async function rememberLocale(
  api: ApiClient,
  userId: string,
  language: Language,
): Promise<void> {
  const key = KEY_PREFIX + userId;
  if (storage.get(key) === language) return;
  try {
    await api.rememberLocale(language);
    storage.set(key, language);
  } catch {
    // next load
  }
}
