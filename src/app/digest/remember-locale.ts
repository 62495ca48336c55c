import type { Actor } from '../../domain/policy/actor';
import { LOCALES, type Locale } from '../../domain/shared/localized-text';
import { ok, type Result } from '../../domain/shared/result';
import { validationError, type AppError } from '../app-error';
import type { DigestDeps } from './digest-deps';

/**
 * The tab tells the language the user works in, so that cards reach them in it even before
 * they have written to the bot (the bot's own activities update it later).
 */
export async function rememberLocale(
  deps: Pick<DigestDeps, 'conversations'>,
  actor: Actor,
  input: unknown,
): Promise<Result<{ readonly locale: Locale }, AppError>> {
  const locale =
    typeof input === 'object' && input !== null ? (input as Record<string, unknown>).locale : null;
  if (typeof locale !== 'string' || !(LOCALES as readonly string[]).includes(locale)) {
    return validationError([{ field: 'locale', code: 'unknown_choice' }]);
  }
  if (Object.keys(input as object).length > 1) {
    const extra = Object.keys(input as object).find((key) => key !== 'locale') ?? '';
    return validationError([{ field: extra, code: 'unknown_field' }]);
  }
  await deps.conversations.saveUserLocale(actor.id, locale);
  return ok({ locale: locale as Locale });
}
