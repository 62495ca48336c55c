import {
  formatCount,
  formatDate,
  formatDecimal,
  formatMonth,
  formatPercent,
  formatProtectedCount,
  formatRange,
} from './report-format';

const NBSP = '\u00a0';

describe('Finnish number and date formats', () => {
  it('groups thousands with a no-break space and writes decimals with a comma', () => {
    expect(formatCount(1234567)).toBe(`1${NBSP}234${NBSP}567`);
    expect(formatCount(214)).toBe('214');
    expect(formatDecimal(2.5)).toBe('2,5');
    expect(formatPercent(1, 3)).toBe(`33${NBSP}%`);
    expect(formatPercent(0, 0)).toBe(`0${NBSP}%`);
  });

  it('writes dates d.M.yyyy and a range with the year once when it is one year', () => {
    expect(formatDate('2026-03-01')).toBe('1.3.2026');
    expect(formatDate('2026-11-30T22:00:00.000Z')).toBe('30.11.2026');
    expect(formatRange('2026-01-01', '2026-03-31')).toBe('1.1.–31.3.2026');
    expect(formatRange('2025-12-01', '2026-05-31')).toBe('1.12.2025–31.5.2026');
    expect(formatMonth('2026-03')).toBe('3/2026');
  });

  it('writes a protected count of 1–4 as "under 5", zeros and larger counts as they are', () => {
    expect([0, 1, 4, 5, 1200].map((n) => formatProtectedCount(n, 'alle 5'))).toEqual([
      '0',
      'alle 5',
      'alle 5',
      '5',
      `1${NBSP}200`,
    ]);
  });
});
