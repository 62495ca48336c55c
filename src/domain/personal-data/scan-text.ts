/**
 * The text as a scanner should see it: what pasting from PDFs, Word and phones does to an
 * identity code undone, with a map back to where each character came from, so a finding
 * can be highlighted or masked in the text as typed.
 *
 * - Invisible characters (zero-width spaces and joiners, soft hyphens, byte-order marks,
 *   variation selectors: Unicode's default-ignorable and format characters) are dropped.
 * - Every character is put in Unicode NFKC form: full-width and other compatibility
 *   digits, letters and signs become plain ones (`０７` → `07`, `＋` → `+`).
 * - Decimal digits of any script become ASCII digits (Arabic-Indic `٠٧` → `07`); NFKC
 *   leaves those alone.
 * - Dashes and minus signs become a hyphen, other plus signs a plus.
 * - Cyrillic and Greek letters that look like Latin ones become those Latin letters.
 *   Unicode's confusables table (UTS #39) is not used on purpose: it also folds the digit
 *   zero into the letter O, which would hide codes instead of finding them.
 */
export type ScanText = {
  /** The normalised text. */
  readonly text: string;
  /** For each UTF-16 unit of `text`, the index in the original where its character begins. */
  readonly start: readonly number[];
  /** For each UTF-16 unit of `text`, the index in the original where its character ends. */
  readonly end: readonly number[];
};

const INVISIBLE = /^[\p{Default_Ignorable_Code_Point}\p{Cf}]$/u;
const DASH = /^[\p{Pd}\u2212\u2796\u02D7]$/u;
const PLUS = /^[\u2795\u02D6]$/u;
const DIGIT = /^\p{Nd}$/u;

/** Cyrillic and Greek letters drawn like Latin ones: pairs of the look-alike and its Latin letter. */
const LOOK_ALIKE_PAIRS = [
  'АA ВB СC ЕE НH ЈJ КK МM ОO РP ЅS ТT УY ҮY ХX ԜW', // Cyrillic capitals
  'аa сc ԁd еe һh јj кk оo рp ѕs уy хx ԝw', // Cyrillic small letters
  'ΑA ΒB ΕE ΗH ΚK ΜM ΝN ΟO ΡP ΤT ΥY ΧX οo νv υu', // Greek
].join(' ');
const LOOK_ALIKES: ReadonlyMap<string, string> = new Map(
  LOOK_ALIKE_PAIRS.split(' ').map((pair) => [pair.charAt(0), pair.charAt(1)]),
);

/**
 * The ASCII digit of any Unicode decimal digit. Every script's digits are one run of ten
 * code points from zero to nine (mathematical digits, the one longer run, NFKC has already
 * turned into ASCII), so the digit's value is its distance from the start of its run.
 */
function asciiDigit(char: string): string {
  let codePoint = char.codePointAt(0) ?? 0;
  let value = 0;
  while (DIGIT.test(String.fromCodePoint(codePoint - 1)) && value < 9) {
    codePoint -= 1;
    value += 1;
  }
  return String(value);
}

function scanFormOf(char: string): string {
  if (char >= '0' && char <= '9') return char;
  if (DIGIT.test(char)) return asciiDigit(char);
  if (char === '-' || DASH.test(char)) return '-';
  if (PLUS.test(char)) return '+';
  return LOOK_ALIKES.get(char) ?? char;
}

/** The scan view of a text (see ScanText). */
export function toScanText(original: string): ScanText {
  let text = '';
  const start: number[] = [];
  const end: number[] = [];
  let index = 0;
  for (const char of original) {
    const next = index + char.length;
    if (!INVISIBLE.test(char)) {
      for (const part of char.normalize('NFKC')) {
        const scanned = scanFormOf(part);
        text += scanned;
        for (let unit = 0; unit < scanned.length; unit += 1) {
          start.push(index);
          end.push(next);
        }
      }
    }
    index = next;
  }
  return { text, start, end };
}
