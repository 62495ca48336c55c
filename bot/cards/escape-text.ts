/**
 * Adaptive Card TextBlocks and FactSets render a markdown subset (bold, italics, lists,
 * links) and Teams turns `<at>…</at>` into mentions. People's own words must show exactly
 * as typed and never become a link, a mention or formatting, so every markdown-significant
 * ASCII punctuation mark gets a CommonMark backslash escape.
 */
const INLINE = /[\\`*_{}[\]()<>#!|~&]/g;
/** Only meaningful at the start of a line: list bullets, headings, quotes, numbered lists. */
const LINE_START = /^([ \t]*)([-+=])/gm;
const NUMBERED = /^([ \t]*\d+)([.)])/gm;

export function escapeCardText(text: string): string {
  return text
    .replace(INLINE, (mark) => `\\${mark}`)
    .replace(NUMBERED, (_all, digits: string, mark: string) => `${digits}\\${mark}`)
    .replace(LINE_START, (_all, space: string, mark: string) => `${space}\\${mark}`);
}

/** Cuts at a character (not UTF-16 unit) boundary and marks the cut. */
export function truncate(text: string, max: number, mark = '…'): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return (
    chars
      .slice(0, Math.max(0, max - 1))
      .join('')
      .trimEnd() + mark
  );
}

/** Truncated first, then escaped: an escape is never cut in half. */
export function userText(text: string, max: number): string {
  return escapeCardText(truncate(text, max));
}
