import { auditRangeOf, localDay, nextLocalDay, startOfLocalDay } from './audit-range';

describe('audit ranges in the county calendar', () => {
  it('starts a Helsinki day at 22:00 UTC in winter and 21:00 UTC in summer', () => {
    expect(startOfLocalDay('2026-01-15', 'Europe/Helsinki').toISOString()).toBe(
      '2026-01-14T22:00:00.000Z',
    );
    expect(startOfLocalDay('2026-07-01', 'Europe/Helsinki').toISOString()).toBe(
      '2026-06-30T21:00:00.000Z',
    );
  });

  it('starts the days either side of a clock change at their own offsets', () => {
    // EET → EEST at 03:00 local on 29.3.2026; back on 25.10.2026.
    expect(startOfLocalDay('2026-03-29', 'Europe/Helsinki').toISOString()).toBe(
      '2026-03-28T22:00:00.000Z',
    );
    expect(startOfLocalDay('2026-03-30', 'Europe/Helsinki').toISOString()).toBe(
      '2026-03-29T21:00:00.000Z',
    );
    expect(startOfLocalDay('2026-10-26', 'Europe/Helsinki').toISOString()).toBe(
      '2026-10-25T22:00:00.000Z',
    );
  });

  it('takes both days whole: to is the start of the day after', () => {
    expect(auditRangeOf('2026-03-01', '2026-03-31', 'Europe/Helsinki')).toEqual({
      from: '2026-02-28T22:00:00.000Z',
      to: '2026-03-31T21:00:00.000Z',
    });
    expect(nextLocalDay('2026-12-31')).toBe('2027-01-01');
    expect(nextLocalDay('2028-02-28')).toBe('2028-02-29');
  });

  it('tells today in the zone, not in UTC', () => {
    expect(localDay(new Date('2026-03-31T21:30:00.000Z'), 'Europe/Helsinki')).toBe('2026-04-01');
  });
});
