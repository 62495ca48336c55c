import { FinnishSSN } from 'finnish-ssn';

/**
 * Henkilötunnus: DDMMYY, century sign, three-digit individual number, check character.
 * Century signs: '+' (1800s); '-' and, since 2023, 'Y','X','W','V','U' (1900s); 'A' and,
 * since 2023, 'B','C','D','E','F' (2000s). People type in any case and word processors turn
 * '-' into a typographic dash, so the scan accepts both and normalises before validating.
 * The candidate must stand alone: not glued to letters or digits on either side.
 */
const CANDIDATE =
  /(?<![\p{L}\p{N}])\d{6}[-+A-FU-Ya-fu-y\u2010-\u2015\u2212]\d{3}[0-9A-Za-z](?![\p{L}\p{N}])/gu;

const TYPOGRAPHIC_DASHES = /[\u2010-\u2015\u2212]/g;
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

/** Upper case, plain hyphen: the form the check-character rules are written for. */
export function normalizeIdentityCode(candidate: string): string {
  return candidate.replace(TYPOGRAPHIC_DASHES, '-').toUpperCase();
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

/** Every valid personal identity code in the text, with positions (for highlighting). */
export function matchPersonalIdentityCodes(text: string): IdentityCodeMatch[] {
  const found: IdentityCodeMatch[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    // Only a valid check character counts: look-alikes with a wrong one are let through.
    if (isValidIdentityCode(match[0])) found.push({ index: match.index, text: match[0] });
  }
  return found;
}

/** Every valid personal identity code in the text, as written there. */
export function findPersonalIdentityCodes(text: string): string[] {
  return matchPersonalIdentityCodes(text).map((match) => match.text);
}
