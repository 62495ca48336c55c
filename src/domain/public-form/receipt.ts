/**
 * The receipt a public reporter follows their submission with: 12 characters from an
 * alphabet without look-alikes (no 0/O, 1/I/L, 5/S, 2/Z, 8/B), so it can be read aloud or
 * typed from paper. 25^12 ≈ 6·10^16 codes: guessing one of the county's few thousand is
 * hopeless even before the rate limit.
 */
export const RECEIPT_ALPHABET = '34679ACDEFGHJKMNPQRTUVWXY';
export const RECEIPT_LENGTH = 12;

const RECEIPT_PATTERN = new RegExp(`^[${RECEIPT_ALPHABET}]{${RECEIPT_LENGTH}}$`);

/**
 * A new receipt from `randomIndex(n)`, a uniform random whole number 0 ≤ i < n; the caller
 * passes a cryptographic one (crypto.randomInt), tests a fixed one.
 */
export function newReceipt(randomIndex: (n: number) => number): string {
  let code = '';
  for (let i = 0; i < RECEIPT_LENGTH; i += 1) {
    code += RECEIPT_ALPHABET.charAt(randomIndex(RECEIPT_ALPHABET.length));
  }
  return code;
}

/**
 * The receipt as typed: spaces and dashes dropped, lower case raised. Null when it cannot be
 * a receipt (then nothing is looked up).
 */
export function normaliseReceipt(typed: string): string | null {
  const code = typed.replace(/[\s-]/g, '').toUpperCase();
  return RECEIPT_PATTERN.test(code) ? code : null;
}

/** `ABCD-EFGH-JKMN`: easier to read back than twelve characters in a row. */
export const formatReceipt = (code: string): string => code.replace(/(.{4})(?=.)/g, '$1-');
