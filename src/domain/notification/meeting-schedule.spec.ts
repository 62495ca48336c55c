import { resolveCountyConfig } from '../county/county-presets';
import {
  addDays,
  digestDueOn,
  isoWeekday,
  meetingBefore,
  meetingDates,
  meetingOnOrAfter,
  nextDigestAt,
} from './meeting-schedule';

const kainuu = resolveCountyConfig('kainuu');
const kantaHame = resolveCountyConfig('kanta-hame');
const kymenlaakso = resolveCountyConfig('kymenlaakso');

describe('meetingDates: the second Tuesday of each meeting month by default', () => {
  it('Kainuu meets in Feb, May, Sep and Nov', () => {
    expect(meetingDates(kainuu, 2026)).toEqual([
      '2026-02-10',
      '2026-05-12',
      '2026-09-08',
      '2026-11-10',
    ]);
  });

  it('Kanta-Häme compiles in Feb, May, Aug and Nov', () => {
    expect(meetingDates(kantaHame, 2027)).toEqual([
      '2027-02-09',
      '2027-05-11',
      '2027-08-10',
      '2027-11-09',
    ]);
  });

  it('Kymenlaakso handles its half-years in June and December, after each period ends', () => {
    expect(meetingDates(kymenlaakso, 2026)).toEqual(['2026-06-09', '2026-12-08']);
    for (const date of meetingDates(kymenlaakso, 2026)) expect(isoWeekday(date)).toBe(2);
  });

  it('follows a county override of the day (first Monday)', () => {
    const county = resolveCountyConfig('kainuu', {
      meetings: { ...kainuu.meetings, day: { weekday: 1, nth: 1 } },
    });
    expect(meetingDates(county, 2026)).toEqual([
      '2026-02-02',
      '2026-05-04',
      '2026-09-07',
      '2026-11-02',
    ]);
  });

  it('uses the default day when an override of meetings leaves it out', () => {
    const county = resolveCountyConfig('kainuu', {
      meetings: { months: [11, 2, 2], description: kainuu.meetings.description },
    });
    expect(meetingDates(county, 2026)).toEqual(['2026-02-10', '2026-11-10']);
  });

  it('refuses an impossible day in the configuration', () => {
    expect(() =>
      resolveCountyConfig('kainuu', {
        meetings: { ...kainuu.meetings, day: { weekday: 8, nth: 5 } },
      }),
    ).toThrow(/meetings.day/);
  });
});

describe('meetings around a date', () => {
  it('finds the next meeting (today counts) and the one before, across the year end', () => {
    expect(meetingOnOrAfter(kainuu, '2026-05-12')).toBe('2026-05-12');
    expect(meetingOnOrAfter(kainuu, '2026-11-11')).toBe('2027-02-09');
    expect(meetingBefore(kainuu, '2026-05-12')).toBe('2026-02-10');
    expect(meetingBefore(kymenlaakso, '2026-06-09')).toBe('2025-12-09');
  });

  it('has none without meeting months', () => {
    const county = { meetings: { ...kainuu.meetings, months: [] } };
    expect(meetingOnOrAfter(county, '2026-01-01')).toBeNull();
    expect(digestDueOn(county, '2026-01-01', 3)).toBeNull();
  });
});

describe('digestDueOn and nextDigestAt (3 days before, Helsinki time)', () => {
  it('is due exactly daysBefore days before a meeting', () => {
    expect(digestDueOn(kainuu, '2026-05-09', 3)).toBe('2026-05-12');
    expect(digestDueOn(kainuu, '2026-05-08', 3)).toBeNull();
    expect(digestDueOn(kainuu, '2026-05-10', 3)).toBeNull();
    expect(digestDueOn(kantaHame, '2026-08-08', 3)).toBe('2026-08-11');
    expect(digestDueOn(kymenlaakso, '2026-12-05', 3)).toBe('2026-12-08');
    expect(digestDueOn(kymenlaakso, '2026-12-08', 0)).toBe('2026-12-08');
  });

  it('crosses a month boundary', () => {
    // Kymenlaakso's June meeting with a two-week lead: the digest goes in May.
    expect(digestDueOn(kymenlaakso, '2026-05-26', 14)).toBe('2026-06-09');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('reads "today" in Helsinki: 23:30 UTC on 8 May is already 9 May there', () => {
    expect(nextDigestAt(kainuu, new Date('2026-05-08T21:30:00Z'), 3)).toEqual({
      meetingDate: '2026-05-12',
      sendOn: '2026-05-09',
    });
    expect(nextDigestAt(kainuu, new Date('2026-05-08T20:30:00Z'), 3)).toEqual({
      meetingDate: '2026-05-12',
      sendOn: '2026-05-09',
    });
  });

  it('after the send date, points at the following meeting', () => {
    expect(nextDigestAt(kainuu, new Date('2026-05-10T09:00:00Z'), 3)).toEqual({
      meetingDate: '2026-09-08',
      sendOn: '2026-09-05',
    });
    expect(nextDigestAt(kymenlaakso, new Date('2026-12-06T09:00:00Z'), 3)).toEqual({
      meetingDate: '2027-06-08',
      sendOn: '2027-06-05',
    });
  });
});
