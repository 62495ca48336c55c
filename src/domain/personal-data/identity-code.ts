import { FinnishSSN } from 'finnish-ssn';
import { toScanText, type ScanText } from './scan-text';

/**
 * Henkilötunnus: DDMMYY, century sign, three-digit individual number, check character.
 * Century signs: '+' (1800s); '-' and, since 2023, 'Y','X','W','V','U' (1900s); 'A' and,
 * since 2023, 'B','C','D','E','F' (2000s).
 *
 * Codes are looked for in the scan view of the text (scan-text.ts: full-width and other
 * scripts' digits, typographic dashes, look-alike letters and invisible characters undone),
 * in any case, with up to two whitespace characters (a space, a line break) between any two
 * of its characters, as PDFs and phones break them. A code may be glued to a word
 * ("hetu010128A908Y") but not to digits: then it is part of a longer number. A check
 * character set apart by whitespace must not be followed by a letter either: "123456-789 ja"
 * is a reference number and a word.
 */
const GAP = '\\s{0,2}';
const digits = (count: number) => `[0-9](?:${GAP}[0-9]){${count - 1}}`;
const CANDIDATE = new RegExp(
  `${digits(6)}${GAP}[-+A-FU-Ya-fu-y]${GAP}${digits(3)}` +
    `(?:[0-9A-Za-z](?![0-9])|\\s{1,2}[0-9A-Za-z](?![\\p{L}\\p{N}]))`,
  'uy',
);
const WHITESPACE = /\s/g;

const CHECK_CHARACTERS = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const CENTURY: Readonly<Record<string, number>> = {
  '+': 1800,
  '-': 1900,
  Y: 1900,
  X: 1900,
  W: 1900,
  V: 1900,
  U: 1900,
  A: 2000,
  B: 2000,
  C: 2000,
  D: 2000,
  E: 2000,
  F: 2000,
};

/**
 * Upper case, plain characters, no whitespace: the form the check-character rules are
 * written for.
 */
export function normalizeIdentityCode(candidate: string): string {
  return toScanText(candidate).text.replace(WHITESPACE, '').toUpperCase();
}

/** True when the code has a real date and the right check character. */
export function isValidIdentityCode(code: string): boolean {
  const normal = normalizeIdentityCode(code);
  return FinnishSSN.validate(normal) || isValidBeyondPackageRange(normal);
}

/**
 * finnish-ssn's format check ends the 2000s at 2029 and starts '+' at 1850. The same rules
 * apply beyond, so without this a child born in 2030 could be named by code in a report.
 */
function isValidBeyondPackageRange(code: string): boolean {
  if (!/^\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]$/.test(code)) return false;
  const century = CENTURY[code.charAt(6)] ?? 0;
  const day = Number(code.slice(0, 2));
  const month = Number(code.slice(2, 4));
  const year = century + Number(code.slice(4, 6));
  // Date.UTC only does calendar arithmetic here; no clock is read.
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth) return false;
  const checked = Number(code.slice(0, 6) + code.slice(7, 10));
  return CHECK_CHARACTERS.charAt(checked % 31) === code.charAt(10);
}

/** A valid identity code found in a text: where it is and how it was written. */
export type IdentityCodeMatch = { readonly index: number; readonly text: string };

/**
 * Every valid personal identity code in the text, with its position and its characters as
 * written there (for highlighting and masking).
 */
export function matchPersonalIdentityCodes(text: string): IdentityCodeMatch[] {
  const scan = scanViewOf(text);
  const found: IdentityCodeMatch[] = [];
  let from = 0;
  while (from < scan.text.length) {
    const at = nextCodeStart(scan.text, from);
    if (at === -1) break;
    CANDIDATE.lastIndex = at;
    const candidate = CANDIDATE.exec(scan.text)?.[0];
    // Only a valid check character counts: look-alikes with a wrong one are let through.
    if (candidate !== undefined && isValidIdentityCode(candidate)) {
      const start = scan.start[at] as number;
      const end = scan.end[at + candidate.length - 1] as number;
      found.push({ index: start, text: text.slice(start, end) });
      from = at + candidate.length;
    } else from = at + 1;
  }
  return found;
}

/** Where a code could begin: a digit that does not continue a longer number. */
function nextCodeStart(text: string, from: number): number {
  for (let at = from; at < text.length; at += 1) {
    if (isAsciiDigit(text.charAt(at)) && !isAsciiDigit(text.charAt(at - 1))) return at;
  }
  return -1;
}

const isAsciiDigit = (char: string): boolean => char >= '0' && char <= '9';

/** Plain printable ASCII has nothing to undo; most texts are spared the work. */
const PLAIN_ASCII = /^[\t\n\r\x20-\x7E]*$/;

function scanViewOf(text: string): ScanText {
  if (!PLAIN_ASCII.test(text)) return toScanText(text);
  const positions = Array.from({ length: text.length }, (_, index) => index);
  return { text, start: positions, end: positions.map((index) => index + 1) };
}

/** Every valid personal identity code in the text, as written there. */
export function findPersonalIdentityCodes(text: string): string[] {
  return matchPersonalIdentityCodes(text).map((match) => match.text);
}
