import { countyConfigProblems } from './county-config-problems';
import { COUNTY_PRESETS } from './county-presets';
import type { CountyConfig } from './county-config';

const base = COUNTY_PRESETS.kymenlaakso;
const label = { fi: 'Yksi', sv: 'Ett', en: 'One' };

describe('countyConfigProblems', () => {
  it('finds nothing wrong with a preset', () => {
    expect(countyConfigProblems(base)).toEqual([]);
  });

  it('finds empty lists, repeated and empty ids, and missing labels', () => {
    const config: CountyConfig = {
      ...base,
      topics: [],
      serviceAreas: [
        { id: 'a', label },
        { id: 'a', label },
        { id: ' ', label },
      ],
      targetGroups: [{ id: 'kids', label: { ...label, sv: '' } }],
    };
    expect(countyConfigProblems(config)).toEqual([
      'serviceAreas repeats the id a',
      'serviceAreas has an empty id',
      'topics is empty',
      'targetGroups.kids has no sv label',
    ]);
  });

  it('finds meeting months outside 1–12, an unknown scheme and an unknown time zone', () => {
    const config = {
      ...base,
      meetings: { ...base.meetings, months: [0, 6, 13] },
      periodScheme: 'weeks',
      timeZone: 'Europe/Kotka',
    } as unknown as CountyConfig;
    expect(countyConfigProblems(config)).toEqual([
      'periodScheme weeks is not one of quarters, half-years-dec',
      'meetings.months must be months 1–12',
      'timeZone Europe/Kotka is unknown',
    ]);
  });

  it('finds unknown indicators and targets that are not whole numbers', () => {
    const config = {
      ...base,
      indicators: {
        enabled: ['communicated', 'tweets'],
        publications: -1,
        phenomenonReports: 1.5,
        periodsJudged: 'some',
      },
    } as unknown as CountyConfig;
    expect(countyConfigProblems(config)).toEqual([
      'indicators.enabled has the unknown indicator tweets',
      'indicators.phenomenonReports must be a whole number 0–1000',
      'indicators.publications must be a whole number 0–1000',
      'indicators.periodsJudged must be ended or all',
    ]);
    expect(countyConfigProblems({ ...base, indicators: { publications: 2 } })).toEqual([]);
  });
});
