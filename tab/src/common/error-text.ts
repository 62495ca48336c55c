import type { TFunction } from 'i18next';
import { isApiError } from '../api/errors';

/** A failure as one sentence in the user's language (the server's message when it sent one). */
export function errorText(error: unknown, t: TFunction): string {
  if (isApiError(error)) {
    if (error.isNetwork) return t('common.network');
    return t('common.failed', { message: error.message });
  }
  return t('common.failed', { message: error instanceof Error ? error.message : String(error) });
}
