import { COUNTY_PRESETS } from '../county/county-presets';
import { draftAnnualReport, type AnnualReportInput } from './draft-annual-report';
import type { Indicator } from './indicator';
import type { ReportedObservation } from './report-content';
import type { ReportedProposal } from './reported-proposal';

const county = COUNTY_PRESETS.kainuu;

const observation = (
  id: string,
  createdAt: string,
  municipality = 'kajaani',
): ReportedObservation => ({
  id,
  kind: 'negative',
  serviceArea: 'adult_social_work',
  municipality,
  topic: 'client_needs',
  targetGroup: 'working_age',
  createdAt,
});

const proposal = (over: Partial<ReportedProposal>): ReportedProposal => ({
  id: 'pr',
  title: 'Ehdotus',
  status: 'proposed',
  decisionBody: 'RAKE-johtoryhmä',
  decision: null,
  result: null,
  createdAt: '2026-02-01T08:00:00.000Z',
  ...over,
});

const indicators: Indicator[] = [
  {
    id: 'phenomenon_report_written',
    label: 'Ilmiölähtöinen raportti laadittu',
    achieved: true,
    evidence: {
      summary: 'Ilmiölähtöisiä raportteja laadittiin 1 (tavoite vähintään 1).',
      items: [],
    },
  },
  {
    id: 'communicated',
    label: 'Viestitty',
    achieved: false,
    evidence: { summary: 'Julkaisuja intranetissä: 0 (tavoite vähintään 1).', items: [] },
  },
];

const input: AnnualReportInput = {
  county,
  language: 'fi',
  year: 2026,
  observations: [
    ...Array.from({ length: 10 }, (_, i) => observation(`m${i}`, '2026-03-05T08:00:00.000Z')),
    observation('r1', '2026-07-01T08:00:00.000Z', 'ristijarvi'),
    // 20:00 UTC on 31 December is 22:00 in Kainuu: still December, counted in its month.
    observation('d1', '2026-12-31T20:00:00.000Z'),
  ],
  previousYearTotal: 10,
  phenomena: [
    { id: 'p1', title: 'Häätöuhat' },
    { id: 'p2', title: 'Yksinäisyys' },
    { id: 'p3', title: 'Vanha ilmiö' },
  ],
  links: [
    { phenomenonId: 'p1', observationId: 'm1' },
    { phenomenonId: 'p2', observationId: 'm2' },
    { phenomenonId: 'p2', observationId: 'm3' },
    { phenomenonId: 'p3', observationId: 'last-year' },
  ],
  proposals: [
    proposal({
      id: 'a',
      title: 'Vuokravelkaneuvonta',
      status: 'done',
      decision: { text: 'Hyväksytään.', by: 'Jaana Johtaja', on: '2026-05-12' },
      result: {
        text: 'Neuvonta aloitettiin kaikissa kunnissa.',
        by: 'Tiina Tekijä',
        on: '2026-11-02',
      },
    }),
    proposal({
      id: 'b',
      title: 'Nuorten asumisneuvonta',
      status: 'rejected',
      decision: { text: 'Ei resursseja.', by: 'Jaana Johtaja', on: '2026-05-12' },
    }),
    proposal({ id: 'old', title: 'Vanha ehdotus', createdAt: '2024-02-01T08:00:00.000Z' }),
  ],
  indicators,
};

const report = draftAnnualReport(input);
const textOf = (key: string) => report.sections.find((s) => s.key === key)?.text;

describe('draftAnnualReport', () => {
  it('covers the calendar year with its sections in the report’s order', () => {
    expect([report.from, report.to]).toEqual(['2026-01-01', '2026-12-31']);
    expect(report.sections.map((s) => s.key)).toEqual([
      'trends',
      'phenomena',
      'decisions',
      'actions',
      'indicators',
      'evaluation',
    ]);
    expect(report.introduction).toContain('vuoden 2026 rakenteellisen sosiaalityön');
    expect(report.observationIds).toHaveLength(12);
  });

  it('compares the year with the previous one and names the busiest month', () => {
    expect(textOf('trends')).toContain(
      'Vuonna 2026 kirjattiin 12 havaintoa. Edellisenä vuonna havaintoja kirjattiin 10 (muutos +20\u00a0%).',
    );
    expect(textOf('trends')).toContain(
      'Eniten havaintoja kirjattiin maaliskuussa 2026 (10 havaintoa).',
    );
    const fewer = draftAnnualReport({ ...input, previousYearTotal: 24 });
    expect(fewer.sections[0]?.text).toContain('(muutos \u221250\u00a0%)');
    const first = draftAnnualReport({ ...input, previousYearTotal: 0 });
    expect(first.sections[0]?.text).toContain(
      'Vuonna 2026 kirjattiin 12 havaintoa. Edelliseltä vuodelta ei ole kirjattuja havaintoja.',
    );
  });

  it('names months that share the top together, and none when too many share it', () => {
    const tied = (language: 'fi' | 'sv' | 'en', months: readonly string[]) =>
      draftAnnualReport({
        ...input,
        language,
        observations: months.map((m, i) => observation(`t${i}`, `2026-${m}-10T08:00:00.000Z`)),
      }).sections[0]?.text;
    expect(tied('fi', ['10', '11'])).toContain(
      'Eniten havaintoja kirjattiin lokakuussa ja marraskuussa 2026 (1 havainto kuukaudessa).',
    );
    expect(tied('sv', ['01', '05', '05'])).toContain(
      'Flest observationer registrerades i maj 2026 (2 observationer).',
    );
    expect(tied('en', ['01', '03', '05'])).toContain(
      'Most observations were filed in January, March and May 2026 (1 observation each).',
    );
    expect(tied('fi', ['01', '02', '03', '04'])).not.toContain('Eniten havaintoja kirjattiin');
  });

  it('draws a year under way up to the month of drafting, not the months to come as zeros', () => {
    const underWay = draftAnnualReport({ ...input, today: '2026-11-30' });
    expect(underWay.figures[0]?.rows.map((r) => r.label).at(-1)).toBe('11/2026');
    expect(underWay.figures[0]?.rows).toHaveLength(11);
    expect([underWay.from, underWay.to]).toEqual(['2026-01-01', '2026-12-31']);
    const later = draftAnnualReport({ ...input, today: '2027-02-01' });
    expect(later.figures[0]?.rows).toHaveLength(12);
  });

  it('names the most common area, municipality and group only when the table shows it', () => {
    const names = (municipalities: readonly string[]) =>
      draftAnnualReport({
        ...input,
        observations: municipalities.map((m, i) =>
          observation(`n${i}`, '2026-03-05T08:00:00.000Z', m),
        ),
      }).sections[0]?.text ?? '';
    const many = (n: number, m: string) => Array.from({ length: n }, () => m);
    // 7 in Kajaani is published: named.
    expect(names([...many(7, 'kajaani'), ...many(5, 'kuhmo')])).toContain('kunta Kajaani (7)');
    // Tied at the top: neither is named.
    expect(names([...many(6, 'kajaani'), ...many(6, 'kuhmo')])).not.toContain('kunta ');
    // 4 and 2 are both "alle 5": which is larger is not told.
    expect(names([...many(4, 'ristijarvi'), ...many(2, 'kuhmo')])).not.toContain('kunta ');
    // 7 and 3 of 10: the 7 is hidden (–) so that the 3 cannot be worked out; the text keeps it.
    expect(names([...many(7, 'kajaani'), ...many(3, 'ristijarvi')])).not.toContain('kunta ');
  });

  it('draws the months of the year and every list, protecting areas, municipalities and groups', () => {
    expect(report.figures.map((f) => [f.key, f.sectionKey, f.smallCountsProtected])).toEqual([
      ['by_month', 'trends', false],
      ['by_service_area', 'trends', true],
      ['by_municipality', 'trends', true],
      ['by_topic', 'trends', false],
      ['by_kind', 'trends', false],
      ['by_target_group', 'trends', true],
      ['phenomena', 'phenomena', false],
    ]);
    expect(report.figures[0]?.rows).toHaveLength(12);
    expect(report.figures[0]?.rows[11]).toEqual({ id: '2026-12', label: '12/2026', count: 1 });
    expect(report.figures[0]?.rows[0]?.label).toBe('1/2026');
    expect(new Set(report.figures.map((f) => f.key)).size).toBe(report.figures.length);
    const sections = new Set(report.sections.map((s) => s.key));
    expect(report.figures.every((f) => sections.has(f.sectionKey))).toBe(true);
  });

  it('counts the phenomena by the year’s observations only', () => {
    expect(report.figures.at(-1)?.rows).toEqual([
      { id: 'p2', label: 'Yksinäisyys', count: 2 },
      { id: 'p1', label: 'Häätöuhat', count: 1 },
    ]);
    expect(textOf('phenomena')).toBe(
      'Vuoden havaintoja liitettiin 2 ilmiöön.\n\nYksinäisyys: 2 havaintoa.\n\nHäätöuhat: 1 havainto.',
    );
  });

  it('lists the year’s proposals with their decisions and the actions taken with results', () => {
    expect(textOf('decisions')).toBe(
      [
        'Vuoden aikana käsiteltiin 2 toimenpide-ehdotusta.',
        'Vuokravelkaneuvonta (toteutettu). Päättävä taho: RAKE-johtoryhmä. Päätös 12.5.2026: Hyväksytään.',
        'Nuorten asumisneuvonta (hylätty). Päättävä taho: RAKE-johtoryhmä. Päätös 12.5.2026: Ei resursseja.',
      ].join('\n\n'),
    );
    expect(textOf('actions')).toBe(
      'Vuokravelkaneuvonta (2.11.2026): Neuvonta aloitettiin kaikissa kunnissa.',
    );
    expect(JSON.stringify(report)).not.toMatch(/Jaana|Tiina/);
  });

  it('tells the indicators and starts the evaluation from them', () => {
    expect(textOf('indicators')).toBe(
      [
        'Ilmiölähtöinen raportti laadittu: toteutui. Ilmiölähtöisiä raportteja laadittiin 1 (tavoite vähintään 1).',
        'Viestitty: ei toteutunut. Julkaisuja intranetissä: 0 (tavoite vähintään 1).',
      ].join('\n\n'),
    );
    expect(textOf('evaluation')).toMatch(/^Seurannan 2 mittarista toteutui 1\.\n\nArvioikaa tähän/);
  });

  it('says when there is nothing to tell', () => {
    const empty = draftAnnualReport({
      ...input,
      observations: [],
      links: [],
      proposals: [],
      indicators: [],
      language: 'sv',
    });
    expect(empty.sections.find((s) => s.key === 'actions')?.text).toBe(
      'Inga genomförda åtgärder registrerades år 2026.',
    );
    expect(empty.sections.find((s) => s.key === 'indicators')?.text).toBe(
      'Inga uppföljningsindikatorer har tagits i bruk.',
    );
  });
});
