import { readTriageDate } from './triage-date';
import { isTriageDateField, TRIAGE_FIELDS } from './triage-record';

describe('readTriageDate', () => {
  it.each([
    ['2026-09-30', '2026-09-30'],
    ['2026-9-3', '2026-09-03'],
    ['30.9.2026', '2026-09-30'],
    ['03.09.2026', '2026-09-03'],
    [' 30. 9. 2026 ', '2026-09-30'],
    ['29.2.2028', '2028-02-29'],
  ])('reads %j as the day %s', (text, date) => {
    expect(readTriageDate(text)).toEqual({ kind: 'date', date });
  });

  it.each(['2026-02-30', '31.4.2026', '29.2.2027', '0.1.2026', '2026-13-01'])(
    'refuses %j: written as a date, but no such day',
    (text) => {
      expect(readTriageDate(text)).toEqual({ kind: 'invalid' });
    },
  );

  it.each(['Syksyn kokouskierros', 'viikolla 40', '30.9.', '2026', 'ennen 30.9.2026'])(
    'leaves %j as free text (older records, other tools)',
    (text) => {
      expect(readTriageDate(text)).toEqual({ kind: 'text' });
    },
  );

  it('knows "when" and "follow-up" as the date fields', () => {
    expect(TRIAGE_FIELDS.filter(isTriageDateField)).toEqual(['timing', 'followUp']);
  });
});
