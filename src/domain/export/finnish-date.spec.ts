import { finnishDate } from './finnish-date';

describe('finnishDate', () => {
  it('writes d.M.yyyy without leading zeros', () => {
    expect(finnishDate({ year: 2026, month: 11, day: 30 })).toBe('30.11.2026');
    expect(finnishDate({ year: 2026, month: 1, day: 5 })).toBe('5.1.2026');
  });
});
