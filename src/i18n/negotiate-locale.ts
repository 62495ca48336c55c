import { LOCALES, type Locale } from '../domain/shared/localized-text';

export const DEFAULT_LOCALE: Locale = 'fi';

/**
 * Picks fi, sv or en from an Accept-Language header by quality, then by order. Finnish is
 * the default because every county works in Finnish first.
 */
export function negotiateLocale(header: string | undefined): Locale {
  if (header === undefined || header.length === 0) return DEFAULT_LOCALE;
  let best: { locale: Locale; q: number } | null = null;
  // The header is short and client-controlled; cap the work anyway.
  for (const part of header.slice(0, 500).split(',').slice(0, 20)) {
    const [tag = '', ...params] = part.trim().split(';');
    const locale = localeOfTag(tag.trim().toLowerCase());
    if (locale === null) continue;
    const q = qualityOf(params);
    if (q > 0 && (best === null || q > best.q)) best = { locale, q };
  }
  return best?.locale ?? DEFAULT_LOCALE;
}

function localeOfTag(tag: string): Locale | null {
  if (tag === '*') return DEFAULT_LOCALE;
  const primary = tag.split('-')[0] ?? '';
  // Norwegian and Danish readers understand Swedish better than English.
  if (primary === 'nb' || primary === 'nn' || primary === 'no' || primary === 'da') return 'sv';
  return (LOCALES as readonly string[]).includes(primary) ? (primary as Locale) : null;
}

function qualityOf(params: readonly string[]): number {
  for (const param of params) {
    const [key, value] = param.trim().split('=');
    if (key?.trim() === 'q' && value !== undefined) {
      const q = Number(value.trim());
      return Number.isFinite(q) && q >= 0 && q <= 1 ? q : 0;
    }
  }
  return 1;
}
