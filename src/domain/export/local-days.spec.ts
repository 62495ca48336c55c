import { localDateOf } from '../county/local-date';
import { localDays } from './local-days';

describe('localDays', () => {
  it('gives the county’s date, as localDateOf does, also across midnight and DST changes', () => {
    const helsinki = localDays('Europe/Helsinki');
    const instants: string[] = [];
    // Every 7 minutes over the spring and autumn changes of 2026, and a New Year.
    for (const from of ['2026-03-28T12:00:00Z', '2026-10-24T12:00:00Z', '2025-12-31T12:00:00Z']) {
      for (let m = 0; m < 48 * 60; m += 7) {
        instants.push(new Date(Date.parse(from) + m * 60_000).toISOString());
      }
    }
    for (const instant of instants) {
      expect([instant, helsinki(instant)]).toEqual([
        instant,
        localDateOf(new Date(instant), 'Europe/Helsinki'),
      ]);
    }
  });

  it('puts 00:30 on 1 April in Helsinki in April, although it is 31 March in UTC', () => {
    expect(localDays('Europe/Helsinki')('2026-03-31T21:30:00.000Z')).toEqual({
      year: 2026,
      month: 4,
      day: 1,
    });
  });

  it('follows a zone with half-hour offsets', () => {
    const kolkata = localDays('Asia/Kolkata');
    expect(kolkata('2026-03-31T18:29:59.000Z')).toEqual({ year: 2026, month: 3, day: 31 });
    expect(kolkata('2026-03-31T18:30:00.000Z')).toEqual({ year: 2026, month: 4, day: 1 });
  });

  it('refuses an unknown time zone', () => {
    expect(() => localDays('Europe/Atlantis')).toThrow(RangeError);
  });
});
