import { Template } from 'adaptivecards-templating';

/** An Adaptive Card as JSON, ready to attach to an activity. */
export type CardJson = { readonly type: 'AdaptiveCard'; readonly version: string } & Readonly<
  Record<string, unknown>
>;

/**
 * Teams refuses messages over 28 KB. The card is kept well under that so the activity
 * envelope (conversation, ids, channel data) still fits.
 */
export const MAX_CARD_BYTES = 24 * 1024;

/** Expands a JSON template with data already localised and escaped. */
export function expandTemplate(template: object, data: object): CardJson {
  const expanded: unknown = new Template(template).expand({ $root: data });
  if (!isCard(expanded)) throw new Error('template did not expand to an AdaptiveCard');
  return expanded;
}

/**
 * Builds the card at full detail, and with less (fewer list rows, shorter texts) while it
 * is over the size limit. `detail` goes 1, ½, ¼ … so each builder decides what to drop.
 */
export function withinSizeLimit(build: (detail: number) => CardJson): CardJson {
  for (let detail = 1; ; detail /= 2) {
    const card = build(detail);
    if (cardBytes(card) <= MAX_CARD_BYTES || detail < 1 / 64) return card;
  }
}

export function cardBytes(card: CardJson): number {
  return Buffer.byteLength(JSON.stringify(card), 'utf8');
}

/** Scales a count or a length by the detail level, never below `min`. */
export function scaled(full: number, detail: number, min = 1): number {
  return Math.max(min, Math.floor(full * detail));
}

function isCard(value: unknown): value is CardJson {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { type?: unknown }).type === 'AdaptiveCard'
  );
}
