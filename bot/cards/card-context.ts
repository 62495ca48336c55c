import type { CountyConfig } from '../../src/domain/county/county-config';
import type { Choice, Locale } from '../../src/domain/shared/localized-text';
import { botCatalogue, type BotCatalogue } from '../i18n';
import { escapeCardText } from './escape-text';
import { formatDateTime } from './format-date';
import type { TabLinks } from './tab-links';

/** What every card builder needs: the language, the county's lists and where the tab is. */
export type CardContext = {
  readonly locale: Locale;
  readonly county: CountyConfig;
  readonly links: TabLinks;
};

export type CardTools = {
  readonly t: BotCatalogue;
  /** A county list label (topic, service area, municipality) in the card's language, escaped. */
  label(list: readonly Choice[], id: string): string;
  /** d.m.yyyy klo hh.mm in the county's time zone. */
  dateTime(iso: string): string;
};

export function cardTools(ctx: CardContext): CardTools {
  return {
    t: botCatalogue(ctx.locale),
    label: (list, id) => escapeCardText(list.find((c) => c.id === id)?.label[ctx.locale] ?? id),
    dateTime: (iso) => formatDateTime(iso, ctx.locale, ctx.county.timeZone),
  };
}
