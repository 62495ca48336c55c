/**
 * What counts as text in a free-text field. Whitespace and invisible characters (zero-width
 * spaces, joiners, soft hyphens, byte-order marks: Unicode's default-ignorable and format
 * characters) are not something a reader can see, so a field of only those is blank, and
 * lengths that mean "enough was said" count visible characters only.
 */
const NOT_VISIBLE = /[\s\p{Default_Ignorable_Code_Point}\p{Cf}]/gu;

/** Visible characters (code points) in the text. */
export function visibleLength(text: string): number {
  let count = 0;
  for (const _char of text.replace(NOT_VISIBLE, '')) count += 1;
  return count;
}

/** True when a reader would see nothing: empty, whitespace or invisible characters only. */
export function isBlankText(text: string): boolean {
  return visibleLength(text) === 0;
}

/**
 * A lone surrogate is half a character: no keyboard types it, JSON can carry it, and stores
 * write it as U+FFFD, so what was stored would differ from what was sent. Refused, not fixed.
 */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

export function isWellFormedText(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}
