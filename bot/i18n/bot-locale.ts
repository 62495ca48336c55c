import type { Locale } from '../../src/domain/shared/localized-text';
import { DEFAULT_LOCALE, negotiateLocale } from '../../src/i18n';
import type { BotCatalogue } from './bot-catalogue';
import { en } from './en';
import { fi } from './fi';
import { sv } from './sv';

const CATALOGUES: Readonly<Record<Locale, BotCatalogue>> = { fi, sv, en };

/**
 * The recipient's language from a Teams locale such as `sv-SE` (same rules as the HTTP
 * edge's Accept-Language, so the tab and the bot agree); Finnish when unknown.
 */
export function botLocale(tag: string | null | undefined): Locale {
  return tag === null || tag === undefined || tag === '' ? DEFAULT_LOCALE : negotiateLocale(tag);
}

export function botCatalogue(locale: Locale): BotCatalogue {
  return CATALOGUES[locale];
}
