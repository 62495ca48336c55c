import type { TFunction } from 'i18next';
import { isApiError } from '../api/errors';

/** A failure as one sentence in the user's language (the server's message when it sent one). */
export function errorText(error: unknown, t: TFunction): string {
  if (isApiError(error)) {
    if (error.isNetwork) return t('common.network');
    // The tab words these itself: the advice (wait, or call IT) matters more than the detail.
    if (error.storageReason !== null) return t(`storage.${error.storageReason}`);
    return t('common.failed', { message: error.message });
  }
  return t('common.failed', { message: error instanceof Error ? error.message : String(error) });
}
