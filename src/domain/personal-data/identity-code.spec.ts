import { FinnishSSN } from 'finnish-ssn';
import {
  findPersonalIdentityCodes,
  isValidIdentityCode,
  matchPersonalIdentityCodes,
  normalizeIdentityCode,
} from './identity-code';

/*
 * All codes here are invented. To stay clear of real people they use birth dates nobody
 * living has (1800s, 1900–1901, or 2028–2035, not yet born) and individual numbers from
 * 900 up, the range kept for temporary codes.
 */
const CHECK_CHARACTERS = '0123456789ABCDEFHJKLMNPRSTUVWXY';
/** Builds a code with the right check character (remainder of DDMMYYNNN divided by 31). */
const withCheck = (birth: string, sign: string, serial: string): string =>
  birth + sign + serial + CHECK_CHARACTERS.charAt(Number(birth + serial) % 31);
/** Same code with a wrong check character (the next one in the table). */
const withWrongCheck = (birth: string, sign: string, serial: string): string => {
  const right = CHECK_CHARACTERS.indexOf(withCheck(birth, sign, serial).charAt(10));
  return birth + sign + serial + CHECK_CHARACTERS.charAt((right + 1) % 31);
};

const VALID_BY_SIGN: ReadonlyArray<readonly [string, string]> = [
  ['+', '010150+901D'],
  ['-', '150300-9026'],
  ['Y', '310101Y9036'],
  ['X', '280200X904U'],
  ['W', '010101W905W'],
  ['V', '121201V906W'],
  ['U', '050501U907S'],
  ['A', '010128A908Y'],
  ['B', '311229B909F'],
  ['C', '290228C910W'],
  ['D', '150629D911C'],
  ['E', '010129E912B'],
  ['F', '151129F913F'],
];

describe('isValidIdentityCode', () => {
  it.each(VALID_BY_SIGN)('accepts a valid code with century sign %s (%s)', (_sign, code) => {
    expect(isValidIdentityCode(code)).toBe(true);
    // The hand-made examples agree with the package and with the helper above.
    expect(FinnishSSN.validate(code)).toBe(true);
    expect(withCheck(code.slice(0, 6), code.charAt(6), code.slice(7, 10))).toBe(code);
  });

  it.each(VALID_BY_SIGN)('refuses sign %s with a wrong check character', (_sign, code) => {
    expect(
      isValidIdentityCode(withWrongCheck(code.slice(0, 6), code.charAt(6), code.slice(7, 10))),
    ).toBe(false);
  });

  it('accepts lower case letters for the century sign and check character', () => {
    expect(isValidIdentityCode('010128a908y')).toBe(true);
    expect(isValidIdentityCode('151129f913f')).toBe(true);
  });

  it('rejects dates that do not exist even when the remainder matches', () => {
    // 29.2.2029 and 29.2.1900 are not dates (neither year is a leap year).
    expect(isValidIdentityCode(withCheck('290229', 'A', '916'))).toBe(false);
    expect(isValidIdentityCode(withCheck('290200', '-', '917'))).toBe(false);
    expect(isValidIdentityCode(withCheck('320128', 'A', '918'))).toBe(false);
    expect(isValidIdentityCode(withCheck('011328', 'A', '919'))).toBe(false);
    // 29.2.2028 is.
    expect(isValidIdentityCode(withCheck('290228', 'A', '920'))).toBe(true);
  });

  it('covers years the package does not: 2030s and the early 1800s', () => {
    const born2035 = withCheck('010135', 'A', '914');
    const born1820 = withCheck('010120', '+', '915');
    expect(FinnishSSN.validate(born2035)).toBe(false);
    expect(isValidIdentityCode(born2035)).toBe(true);
    expect(isValidIdentityCode(born1820)).toBe(true);
    expect(isValidIdentityCode(withWrongCheck('010135', 'A', '914'))).toBe(false);
  });

  it('agrees with finnish-ssn on a sweep of generated codes within its range', () => {
    for (const sign of ['-', 'Y', 'U', 'A', 'F']) {
      for (let day = 1; day <= 31; day += 3) {
        const year = sign === 'A' || sign === 'F' ? '28' : '01';
        const birth = `${String(day).padStart(2, '0')}02${year}`;
        const code = withCheck(birth, sign, `9${String(day).padStart(2, '0')}`);
        expect(isValidIdentityCode(code)).toBe(FinnishSSN.validate(code));
      }
    }
  });
});

describe('normalizeIdentityCode', () => {
  it('upper-cases and turns typographic dashes into a hyphen', () => {
    expect(normalizeIdentityCode('150300\u2013902x')).toBe('150300-902X');
    expect(normalizeIdentityCode('150300\u2212902x')).toBe('150300-902X');
  });
});

describe('findPersonalIdentityCodes', () => {
  it.each(VALID_BY_SIGN)('finds a sign-%s code inside a sentence', (_sign, code) => {
    expect(findPersonalIdentityCodes(`Asiakkaan tunnus on ${code} ja hän asuu yksin.`)).toEqual([
      code,
    ]);
  });

  it.each(VALID_BY_SIGN)('finds a sign-%s code written in lower case', (_sign, code) => {
    const lower = code.toLowerCase();
    expect(findPersonalIdentityCodes(`hetu ${lower}`)).toEqual([lower]);
  });

  it.each([
    ['(%s)'],
    ['hetu:%s.'],
    ['"%s"'],
    ['%s,'],
    ['%s;'],
    ['[%s]'],
    ['«%s»'],
    ['\n%s\n'],
    ['%s'],
  ])('finds a code with punctuation around: %s', (template) => {
    const code = '010128A908Y';
    expect(findPersonalIdentityCodes(template.replace('%s', code))).toEqual([code]);
  });

  it('finds a code typed with an en dash (word processors)', () => {
    expect(findPersonalIdentityCodes('tunnus 150300\u20139026')).toEqual(['150300\u20139026']);
  });

  it('finds every code of a text, with its position', () => {
    const text = 'ensin 010101W905W sitten 151129f913f';
    expect(matchPersonalIdentityCodes(text)).toEqual([
      { index: 6, text: '010101W905W' },
      { index: 25, text: '151129f913f' },
    ]);
  });

  it('does not find a code glued to digits: it is part of a longer number', () => {
    expect(findPersonalIdentityCodes('9010128A908Y')).toEqual([]);
    expect(findPersonalIdentityCodes('010128A908Y1')).toEqual([]);
    expect(findPersonalIdentityCodes('12 010128A908Y1')).toEqual([]);
  });

  it('finds a code glued to a word on either side', () => {
    expect(findPersonalIdentityCodes('X010128A908Y')).toEqual(['010128A908Y']);
    expect(findPersonalIdentityCodes('hetu010128A908Y')).toEqual(['010128A908Y']);
    expect(findPersonalIdentityCodes('010128A908Ykin')).toEqual(['010128A908Ykin'.slice(0, 11)]);
  });

  it('does not find codes with a wrong check character', () => {
    expect(findPersonalIdentityCodes(`tunnus ${withWrongCheck('010128', 'A', '908')}`)).toEqual([]);
  });

  it.each([
    'Havainto tehtiin 1.12.2025 ja toinen 2025-12-01.',
    'Y-tunnus 1234567-8 ja viitenumero 12345 67890 12341.',
    'Sosiaalihuoltolaki 1301/2014, 7 §; valvontalaki 741/2023, 29 §.',
    'Asiakkaista 45 % oli vuonna 2025 yli 65-vuotiaita.',
    'Diaarinumero 123456-789 ja tilausnumero 123456-7890.',
    'Jakso 011225-310526 käsitellään kesäkuussa.',
  ])('finds nothing in a look-alike: %s', (text) => {
    expect(findPersonalIdentityCodes(text)).toEqual([]);
  });
});
