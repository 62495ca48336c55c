import { checkPersonalData } from './personal-data-guard';
import { matchPersonalIdentityCodes } from './identity-code';

/*
 * Codes as pasting from PDFs, Word and phones writes them. Every code is generated (invented:
 * individual numbers from 900 up, the range kept for temporary codes) for every century sign,
 * then disguised every way below; each must be found, and reported as written. The same
 * code with a wrong check character must pass however it is written.
 */
const CHECK_CHARACTERS = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const CENTURY_SIGNS = ['+', '-', 'Y', 'X', 'W', 'V', 'U', 'A', 'B', 'C', 'D', 'E', 'F'];
/** Birth dates per century sign's century that every century has (no 29 February). */
const BIRTH_DATES = ['010150', '150399', '281107', '311224'];

const checkOf = (birth: string, serial: string): string =>
  CHECK_CHARACTERS.charAt(Number(birth + serial) % 31);

type Code = { readonly birth: string; readonly sign: string; readonly serial: string };
const written = ({ birth, sign, serial }: Code, check = checkOf(birth, serial)): string =>
  birth + sign + serial + check;
const withWrongCheck = (code: Code): string => {
  const right = CHECK_CHARACTERS.indexOf(checkOf(code.birth, code.serial));
  return written(code, CHECK_CHARACTERS.charAt((right + 7) % 31));
};

const CODES: readonly Code[] = CENTURY_SIGNS.flatMap((sign, signIndex) =>
  BIRTH_DATES.map((birth, dateIndex) => ({
    birth,
    sign,
    serial: String(900 + ((signIndex * 7 + dateIndex * 23) % 100)),
  })),
);

/** Each digit in another script's digits, starting from that script's zero. */
const inDigits = (zero: number) => (text: string) =>
  text.replace(/[0-9]/g, (digit) => String.fromCodePoint(zero + Number(digit)));
const insertEverywhere = (insert: string) => (text: string) => [...text].join(insert);
const at = (position: number, insert: string) => (text: string) =>
  text.slice(0, position) + insert + text.slice(position);

const CYRILLIC: Readonly<Record<string, string>> = {
  A: '\u0410',
  B: '\u0412',
  C: '\u0421',
  E: '\u0415',
  H: '\u041D',
  K: '\u041A',
  M: '\u041C',
  P: '\u0420',
  T: '\u0422',
  X: '\u0425',
  Y: '\u0423',
};
const GREEK: Readonly<Record<string, string>> = {
  A: '\u0391',
  B: '\u0392',
  E: '\u0395',
  H: '\u0397',
  K: '\u039A',
  M: '\u039C',
  N: '\u039D',
  P: '\u03A1',
  T: '\u03A4',
  X: '\u03A7',
  Y: '\u03A5',
};
const lettersAs = (table: Readonly<Record<string, string>>) => (text: string) =>
  text.replace(/[A-Z]/g, (letter) => table[letter] ?? letter);

/** Disguises of any code; `sign` and `check` disguises only where the code has such a sign. */
const DISGUISES: ReadonlyArray<readonly [string, (text: string) => string]> = [
  ['as typed', (text) => text],
  ['lower case', (text) => text.toLowerCase()],
  [
    'full-width characters',
    (text) => text.replace(/[!-~]/g, (c) => String.fromCodePoint(c.charCodeAt(0) + 0xfee0)),
  ],
  ['mathematical bold digits', inDigits(0x1d7ce)],
  ['Arabic-Indic digits', inDigits(0x0660)],
  ['Eastern Arabic-Indic digits', inDigits(0x06f0)],
  ['Devanagari digits', inDigits(0x0966)],
  ['Thai digits', inDigits(0x0e50)],
  ['glued after a word', (text) => `hetu${text}`],
  ['glued before a word', (text) => `${text}kin`],
  ['a zero-width space between every character', insertEverywhere('\u200B')],
  ['a soft hyphen inside', at(3, '\u00AD')],
  ['a word joiner inside', at(8, '\u2060')],
  ['zero-width (non-)joiners inside', (text) => at(2, '\u200C')(at(9, '\u200D')(text))],
  ['a byte-order mark in front', (text) => `\uFEFF${text}`],
  ['a space between the date and the sign', at(6, ' ')],
  ['a space after the sign', at(7, ' ')],
  ['a space inside the date', at(2, ' ')],
  ['spaces between the date parts', (text) => at(4, ' ')(at(2, ' ')(text))],
  ['a space before the check character', at(10, ' ')],
  ['a no-break space inside', at(6, '\u00A0')],
  ['a line break inside', at(6, '\n')],
  ['a Windows line break inside', at(4, '\r\n')],
  ['a line break and indent from a PDF', at(7, '\n ')],
  ['Cyrillic look-alike letters', lettersAs(CYRILLIC)],
  ['Greek look-alike letters', lettersAs(GREEK)],
  [
    'everything at once',
    (text) => `hetu${insertEverywhere('\u200B')(inDigits(0xff10)(lettersAs(CYRILLIC)(text)))}`,
  ],
];

/** Other ways of writing the hyphen and plus of the 1900s' and 1800s' century signs. */
const HYPHENS = [
  '\u2010',
  '\u2011',
  '\u2012',
  '\u2013',
  '\u2014',
  '\u2015',
  '\u2212',
  '\uFE58',
  '\uFE63',
  '\uFF0D',
  '\u2796',
  '\u02D7',
];
const PLUSES = ['\uFF0B', '\uFE62', '\u207A', '\u208A', '\u2795', '\u02D6'];

type Disguise = (text: string) => string;

const cases = CODES.flatMap((code) => {
  const signs = code.sign === '-' ? HYPHENS : code.sign === '+' ? PLUSES : [];
  const typedSigns = signs.map((sign): readonly [string, Disguise] => {
    const codePoint = sign.codePointAt(0)?.toString(16).toUpperCase() ?? '';
    return [`with the sign U+${codePoint}`, (text) => text.replace(code.sign, sign)];
  });
  return [...DISGUISES, ...typedSigns].map(([how, disguise]) => [how, disguise, code] as const);
});

describe('identity codes however they are written', () => {
  it('covers every century sign, every disguise and every typed sign', () => {
    expect(new Set(cases.map(([, , code]) => code.sign))).toEqual(new Set(CENTURY_SIGNS));
    expect(cases.length).toBe(
      CODES.length * DISGUISES.length + BIRTH_DATES.length * (HYPHENS.length + PLUSES.length),
    );
  });

  it.each(cases)('finds the code %s (%#)', (_how, disguise, code) => {
    const text = disguise(written(code));
    const sentence = `Asiakkaan tunnus on ${text}, ja hän asuu yksin.`;
    const found = matchPersonalIdentityCodes(sentence);
    expect(found).toHaveLength(1);
    // Reported as written, at its place in the text: the part the reporter must delete.
    const [match] = found;
    expect(sentence.slice(match?.index, (match?.index ?? 0) + (match?.text.length ?? 0))).toBe(
      match?.text,
    );
    expect(text).toContain(match?.text);
  });

  it.each(cases)(
    'lets the code %s pass with a wrong check character (%#)',
    (_how, disguise, code) => {
      expect(
        matchPersonalIdentityCodes(`Tunnus ${disguise(withWrongCheck(code))} on väärin.`),
      ).toEqual([]);
    },
  );

  it('refuses a disguised code in the field where it is, naming that field', () => {
    const code = written(CODES[20] as Code);
    const findings = checkPersonalData({
      description: 'Kuvaus ilman tunnuksia.',
      feedback: `Tarkista ${insertEverywhere('\u200B')(inDigits(0xff10)(code))}.`,
    });
    expect(findings.refusals).toEqual([{ field: 'feedback', kind: 'personal_identity_code' }]);
  });
});
