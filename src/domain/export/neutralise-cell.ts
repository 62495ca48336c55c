/**
 * Spreadsheets run a cell as a formula when its text begins with `=`, `+`, `-` or `@` (or
 * their full-width forms, which some locales accept), also after leading blanks, and some
 * treat a leading tab or line break the same way. OWASP's CSV injection guidance: put a `'`
 * in front, so the cell shows as the text it is and never runs (`=HYPERLINK(…)` stays text).
 */
const LEADING_BLANKS = /^[\s\p{Default_Ignorable_Code_Point}\p{Cf}]*/u;
const FORMULA_START = /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/u;
const CONTROL_START = /^[\t\r\n]/;

const isFormulaChar = (code: number): boolean =>
  code === 0x3d || code === 0x2b || code === 0x2d || code === 0x40;

/** True when a spreadsheet could take `text` for a formula. */
export function looksLikeFormula(text: string): boolean {
  const first = text.charCodeAt(0);
  // Most cells begin with a visible ASCII character: decided without a regular expression
  // (an export runs this two million times).
  if (first > 0x20 && first < 0x7f) return isFormulaChar(first);
  if (Number.isNaN(first)) return false;
  if (CONTROL_START.test(text)) return true;
  const blanks = LEADING_BLANKS.exec(text)?.[0].length ?? 0;
  return FORMULA_START.test(text.slice(blanks));
}

/** The text as a cell that no spreadsheet runs: unchanged unless it could be a formula. */
export function neutraliseCell(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}
