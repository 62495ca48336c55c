import { daysInMonth, formatLocalDate, isKnownTimeZone, localDateOf } from './local-date';

describe('localDateOf', () => {
  it('gives the calendar date in the time zone, not in UTC', () => {
    const instant = new Date('2026-03-31T21:30:00Z');
    expect(localDateOf(instant, 'Europe/Helsinki')).toEqual({ year: 2026, month: 4, day: 1 });
    expect(localDateOf(instant, 'UTC')).toEqual({ year: 2026, month: 3, day: 31 });
  });

  it('throws for an unknown time zone', () => {
    expect(() => localDateOf(new Date(0), 'Europe/Kajaani')).toThrow(RangeError);
  });
});

describe('isKnownTimeZone', () => {
  it('knows IANA zones and refuses made-up ones', () => {
    expect(isKnownTimeZone('Europe/Helsinki')).toBe(true);
    expect(isKnownTimeZone('Europe/Kajaani')).toBe(false);
  });
});

describe('formatLocalDate', () => {
  it('pads to YYYY-MM-DD', () => {
    expect(formatLocalDate({ year: 2026, month: 4, day: 1 })).toBe('2026-04-01');
    expect(formatLocalDate({ year: 999, month: 12, day: 31 })).toBe('0999-12-31');
  });
});

describe('daysInMonth', () => {
  it('knows month lengths and leap years', () => {
    expect(daysInMonth(2026, 1)).toBe(31);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
  });
});
