import { COUNTY_PRESETS } from '../county/county-presets';
import { computeIndicators, type IndicatorInput } from './compute-indicators';
import { DEFAULT_INDICATOR_SETTINGS, indicatorSettingsOf } from './indicator-settings';

const county = COUNTY_PRESETS.kymenlaakso;
const minutes = {
  summary: 'Käsiteltiin jakson kooste.',
  items: [],
  recordedBy: 's1',
  recordedByName: 'Sihteeri',
  recordedAt: '2026-06-09T12:00:00.000Z',
};
const publication = (publishedAt: string, state: 'published' | 'withdrawn' = 'published') => ({
  url: `https://intranet.example/${publishedAt.slice(0, 10)}`,
  publishedAt,
  state,
});

const input: IndicatorInput = {
  year: 2026,
  today: '2026-07-01',
  county,
  periods: [
    { id: '2026-H1', start: '2025-12-01', end: '2026-05-31', count: 54 },
    { id: '2026-H2', start: '2026-06-01', end: '2026-11-30', count: 0 },
  ],
  reports: [
    {
      title: 'Häätöuhat',
      kind: 'phenomenon',
      createdAt: '2026-03-01T08:00:00.000Z',
      version: 3,
      publication: null,
    },
    {
      title: 'Vain luonnos',
      kind: 'phenomenon',
      createdAt: '2026-04-01T08:00:00.000Z',
      version: 1,
      publication: null,
    },
    {
      title: 'Vanha',
      kind: 'phenomenon',
      createdAt: '2025-03-01T08:00:00.000Z',
      version: 2,
      publication: null,
    },
    {
      title: 'Kooste H1',
      kind: 'compilation',
      createdAt: '2026-06-10T08:00:00.000Z',
      version: 2,
      publication: publication('2026-06-12T08:00:00.000Z'),
    },
    {
      title: 'Vedetty',
      kind: 'compilation',
      createdAt: '2026-06-10T08:00:00.000Z',
      version: 3,
      publication: publication('2026-06-13T08:00:00.000Z', 'withdrawn'),
    },
  ],
  meetings: [
    { date: '2026-06-09', minutes, title: 'RAKE-työryhmä kesäkuu' },
    { date: '2026-12-08', minutes: null },
    { date: '2025-12-09', minutes },
  ],
  proposals: [
    { title: 'A', status: 'accepted', decision: { text: 'Kyllä', by: 'x', on: '2026-05-12' } },
    { title: 'B', status: 'rejected', decision: { text: 'Ei', by: 'x', on: '2026-05-12' } },
    { title: 'C', status: 'done', decision: { text: 'Kyllä', by: 'x', on: '2026-10-20' } },
    { title: 'D', status: 'proposed', decision: null },
  ],
};

const byId = (
  language: 'fi' | 'sv' | 'en' = 'fi',
  settings = DEFAULT_INDICATOR_SETTINGS,
  given = input,
) => Object.fromEntries(computeIndicators(given, settings, language).map((i) => [i.id, i]));

describe('computeIndicators', () => {
  it('gives every indicator of the plan in order, with its label in the language asked', () => {
    const list = computeIndicators(input, DEFAULT_INDICATOR_SETTINGS, 'en');
    expect(list.map((i) => i.label)).toEqual([
      'Observations collected in every reporting period',
      'A phenomenon-based report written',
      'The RAKE working group met as agreed',
      'The RAKE leadership group met as agreed',
      'Knowledge products handled by the leadership group',
      'Structural social work communicated internally and externally',
    ]);
  });

  it('judges a running year by the periods that have ended, or by all of them', () => {
    const running = byId().observations_collected;
    expect(running?.achieved).toBe(true);
    expect(running?.evidence.items).toEqual([
      { label: '1.12.2025–31.5.2026', value: 54, date: '2026-05-31' },
      { label: '1.6.–30.11.2026', value: 0, date: '2026-11-30' },
    ]);
    expect(running?.evidence.summary).toBe(
      'Havaintoja jaksoittain: 1.12.2025–31.5.2026: 54; 1.6.–30.11.2026: 0. Tavoite: vähintään 1 jokaisella päättyneellä jaksolla.',
    );
    expect(
      byId('fi', { ...DEFAULT_INDICATOR_SETTINGS, periodsJudged: 'all' }).observations_collected
        ?.achieved,
    ).toBe(false);
    expect(
      byId('fi', { ...DEFAULT_INDICATOR_SETTINGS, minObservationsPerPeriod: 60 })
        .observations_collected?.achieved,
    ).toBe(false);
    const early = byId('fi', DEFAULT_INDICATOR_SETTINGS, { ...input, today: '2026-05-31' });
    expect(early.observations_collected?.achieved).toBe(false);
    expect(early.observations_collected?.evidence.summary).toBe(
      'Yksikään vuoden raportointijakso ei ole vielä päättynyt.',
    );
  });

  it('counts the phenomenon-based reports of the year the group wrote, not drafts only generated', () => {
    const written = byId().phenomenon_report_written;
    expect(written?.achieved).toBe(true);
    expect(written?.evidence.items).toEqual([{ label: 'Häätöuhat', date: '2026-03-01' }]);
    expect(
      byId('fi', { ...DEFAULT_INDICATOR_SETTINGS, phenomenonReports: 2 }).phenomenon_report_written
        ?.achieved,
    ).toBe(false);
  });

  it('holds the working group to the meetings its rhythm schedules, counting those with minutes', () => {
    const met = byId().working_group_met;
    // Kymenlaakso meets in June and December; December's meeting has no minutes yet.
    expect(met?.achieved).toBe(false);
    expect(met?.evidence.summary).toBe('Työryhmän kokouksia, joista on muistio: 1 (sovittu 2).');
    expect(met?.evidence.items).toEqual([{ label: 'RAKE-työryhmä kesäkuu', date: '2026-06-09' }]);
    expect(
      byId('fi', { ...DEFAULT_INDICATOR_SETTINGS, workingGroupMeetings: 1 }).working_group_met
        ?.achieved,
    ).toBe(true);
  });

  it('takes each day proposals were decided as a meeting of the leadership group', () => {
    const met = byId().leadership_group_met;
    expect(met?.achieved).toBe(true);
    expect(met?.evidence.items).toEqual([
      { label: '12.5.2026', value: 2, date: '2026-05-12' },
      { label: '20.10.2026', value: 1, date: '2026-10-20' },
    ]);
  });

  it('counts the proposals decided, accepted or rejected', () => {
    const handled = byId().products_handled;
    expect(handled?.achieved).toBe(true);
    expect(handled?.evidence.summary).toBe(
      'Johtoryhmä päätti 3 toimenpide-ehdotuksesta: hyväksyttiin 2, hylättiin 1 (tavoite vähintään 1).',
    );
    expect(handled?.evidence.items.map((i) => i.label)).toEqual(['A', 'B', 'C']);
  });

  it('links to the publications that are on the intranet, not the withdrawn ones', () => {
    const communicated = byId('sv').communicated;
    expect(communicated?.achieved).toBe(true);
    expect(communicated?.evidence.items).toEqual([
      { label: 'Kooste H1', date: '2026-06-12', url: 'https://intranet.example/2026-06-12' },
    ]);
    expect(communicated?.evidence.summary).toBe('Publiceringar på intranätet: 1 (mål minst 1).');
  });

  it('gives only the indicators the county follows, with its own targets', () => {
    const settings = indicatorSettingsOf({
      indicators: { enabled: ['communicated', 'products_handled'], proposalsDecided: 5 },
    });
    const list = computeIndicators(input, settings, 'fi');
    expect(list.map((i) => [i.id, i.achieved])).toEqual([
      ['products_handled', false],
      ['communicated', true],
    ]);
    expect(indicatorSettingsOf(county)).toEqual(DEFAULT_INDICATOR_SETTINGS);
  });
});
