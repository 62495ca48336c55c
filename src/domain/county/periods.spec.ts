import {
  nextPeriod,
  periodById,
  periodOf,
  periodOfLocalDate,
  previousPeriod,
  recentPeriods,
} from './periods';

const HELSINKI = 'Europe/Helsinki';
const at = (iso: string) => new Date(iso);

describe('quarters', () => {
  it.each([
    ['2026-01-01', { id: '2026-Q1', start: '2026-01-01', end: '2026-03-31' }],
    ['2026-05-15', { id: '2026-Q2', start: '2026-04-01', end: '2026-06-30' }],
    ['2026-09-30', { id: '2026-Q3', start: '2026-07-01', end: '2026-09-30' }],
    ['2026-12-31', { id: '2026-Q4', start: '2026-10-01', end: '2026-12-31' }],
  ])('puts %s in the right quarter', (date, period) => {
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    expect(periodOfLocalDate('quarters', { year, month, day })).toEqual(period);
  });

  it.each([
    // Helsinki is UTC+3 in summer time (from 29.3.2026), UTC+2 in winter.
    ['2026-03-31T20:59:59Z', '2026-Q1'], // 31.3. 23:59:59 in Helsinki
    ['2026-03-31T21:00:00Z', '2026-Q2'], // 1.4. 00:00
    ['2026-03-31T21:30:00Z', '2026-Q2'], // 1.4. 00:30, still 31.3. in UTC
    ['2025-12-31T21:59:59Z', '2025-Q4'], // 31.12. 23:59:59
    ['2025-12-31T22:00:00Z', '2026-Q1'], // 1.1. 00:00, still 2025 in UTC
    ['2026-09-30T20:59:59Z', '2026-Q3'],
    ['2026-09-30T21:00:00Z', '2026-Q4'],
  ])('follows Helsinki time at the boundary: %s is in %s', (instant, id) => {
    expect(periodOf('quarters', at(instant), HELSINKI).id).toBe(id);
  });

  it('uses the time zone it is given', () => {
    expect(periodOf('quarters', at('2026-03-31T21:30:00Z'), 'UTC').id).toBe('2026-Q1');
  });
});

describe("Kymenlaakso's half-years from December", () => {
  it('puts 15.12.2025 in 2026-H1, which starts on 1.12.2025', () => {
    expect(periodOf('half-years-dec', at('2025-12-15T10:00:00Z'), HELSINKI)).toEqual({
      id: '2026-H1',
      start: '2025-12-01',
      end: '2026-05-31',
    });
  });

  it('puts summer and autumn in H2', () => {
    expect(periodOf('half-years-dec', at('2026-08-01T10:00:00Z'), HELSINKI)).toEqual({
      id: '2026-H2',
      start: '2026-06-01',
      end: '2026-11-30',
    });
  });

  it.each([
    ['2025-11-30T21:59:59Z', '2025-H2'], // 30.11. 23:59:59 in Helsinki
    ['2025-11-30T22:00:00Z', '2026-H1'], // 1.12. 00:00: the December rollover
    ['2025-12-31T22:30:00Z', '2026-H1'], // new year's night changes nothing
    ['2026-05-31T20:59:59Z', '2026-H1'], // 31.5. 23:59:59 (summer time)
    ['2026-05-31T21:00:00Z', '2026-H2'], // 1.6. 00:00
  ])('follows Helsinki time at the boundary: %s is in %s', (instant, id) => {
    expect(periodOf('half-years-dec', at(instant), HELSINKI).id).toBe(id);
  });
});

describe('periodById', () => {
  it('rebuilds the dates from the id', () => {
    expect(periodById('quarters', '2024-Q1')).toEqual({
      id: '2024-Q1',
      start: '2024-01-01',
      end: '2024-03-31',
    });
    expect(periodById('half-years-dec', '2026-H1')).toEqual({
      id: '2026-H1',
      start: '2025-12-01',
      end: '2026-05-31',
    });
  });

  it.each([
    ['quarters', '2026-Q5'],
    ['quarters', '2026-Q0'],
    ['quarters', '2026-H1'],
    ['quarters', 'Q1-2026'],
    ['quarters', '2026-q1'],
    ['quarters', ' 2026-Q1'],
    ['quarters', '0000-Q1'],
    ['half-years-dec', '2026-Q1'],
    ['half-years-dec', '2026-H3'],
    ['half-years-dec', ''],
  ] as const)('gives null for a %s id %p that is not one', (scheme, id) => {
    expect(periodById(scheme, id)).toBeNull();
  });
});

describe('previousPeriod and nextPeriod', () => {
  it('cross the year for quarters', () => {
    const q1 = periodById('quarters', '2026-Q1');
    expect(q1 && previousPeriod('quarters', q1).id).toBe('2025-Q4');
    const q4 = periodById('quarters', '2025-Q4');
    expect(q4 && nextPeriod('quarters', q4).id).toBe('2026-Q1');
  });

  it('alternate H1 and H2', () => {
    const h1 = periodById('half-years-dec', '2026-H1');
    const h2 = periodById('half-years-dec', '2026-H2');
    expect(h1 && previousPeriod('half-years-dec', h1).id).toBe('2025-H2');
    expect(h1 && nextPeriod('half-years-dec', h1).id).toBe('2026-H2');
    expect(h2 && nextPeriod('half-years-dec', h2).id).toBe('2027-H1');
  });

  it('leave no gap: each period starts the day after the previous one ends', () => {
    for (const [scheme, id] of [
      ['quarters', '2023-Q1'],
      ['half-years-dec', '2023-H1'],
    ] as const) {
      let period = periodById(scheme, id);
      for (let i = 0; i < 12 && period; i++) {
        const next = nextPeriod(scheme, period);
        const dayAfter = new Date(`${period.end}T00:00:00Z`);
        dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
        expect(next.start).toBe(dayAfter.toISOString().slice(0, 10));
        period = next;
      }
    }
  });

  it('refuses a period of another scheme', () => {
    expect(() => previousPeriod('quarters', { id: '2026-H1', start: '', end: '' })).toThrow(
      /not a quarters period/,
    );
  });
});

describe('recentPeriods', () => {
  it('lists the current period and those before it, newest first', () => {
    expect(
      recentPeriods('quarters', at('2026-02-10T12:00:00Z'), HELSINKI, 5).map((p) => p.id),
    ).toEqual(['2026-Q1', '2025-Q4', '2025-Q3', '2025-Q2', '2025-Q1']);
    expect(
      recentPeriods('half-years-dec', at('2025-12-15T12:00:00Z'), HELSINKI, 3).map((p) => p.id),
    ).toEqual(['2026-H1', '2025-H2', '2025-H1']);
  });

  it('gives nothing for a count of zero or less', () => {
    expect(recentPeriods('quarters', at('2026-02-10T12:00:00Z'), HELSINKI, 0)).toEqual([]);
    expect(recentPeriods('quarters', at('2026-02-10T12:00:00Z'), HELSINKI, -2)).toEqual([]);
  });
});
