import { COUNTY_PRESETS } from '../county/county-presets';
import { draftPhenomenonReport, type PhenomenonReportInput } from './draft-phenomenon-report';
import type { ReportedObservation } from './report-content';
import type { ReportedProposal } from './reported-proposal';

const county = COUNTY_PRESETS.kymenlaakso;

const observation = (
  id: string,
  createdAt: string,
  over: Partial<ReportedObservation> = {},
): ReportedObservation => ({
  id,
  kind: 'negative',
  serviceArea: 'adult_social_work',
  municipality: 'kotka',
  topic: 'client_needs',
  targetGroup: 'young_people',
  createdAt,
  ...over,
});

const proposal: ReportedProposal = {
  id: 'pr1',
  title: 'Vuokravelkaneuvonta aikuissosiaalityöhön',
  status: 'accepted',
  decisionBody: 'RAKE-johtoryhmä',
  decision: {
    text: 'Hyväksytään, vastuu aikuissosiaalityöllä.',
    by: 'Johtaja Jaana',
    on: '2026-05-12',
  },
  result: null,
  createdAt: '2026-04-01T08:00:00.000Z',
};

const input: PhenomenonReportInput = {
  county,
  language: 'fi',
  today: '2026-06-15',
  phenomenon: {
    id: 'p1',
    title: 'Nuorten aikuisten häätöuhat',
    description: 'Vuokrarästit kasautuvat nuorille aikuisille.\n\nUhka näkyy erityisesti Kotkassa.',
    forms: ['knowledge', 'policy'],
    level: 'macro',
  },
  observations: [
    // 31 January 22:30 UTC is already February in Finland.
    observation('o1', '2026-01-31T22:30:00.000Z'),
    observation('o2', '2026-03-10T08:00:00.000Z', { municipality: 'hamina', kind: 'other' }),
    ...Array.from({ length: 6 }, (_, i) =>
      observation(`k${i}`, `2026-04-0${i + 1}T08:00:00.000Z`, { serviceArea: 'child_welfare' }),
    ),
  ],
  proposals: [proposal],
};

const textOf = (key: string, language: 'fi' | 'en' = 'fi') =>
  draftPhenomenonReport({ ...input, language }).sections.find((s) => s.key === key)?.text;

describe('draftPhenomenonReport', () => {
  const report = draftPhenomenonReport(input);

  it('has the sections of a phenomenon-based report, the workshop notes left empty', () => {
    expect(report.sections.map((s) => [s.key, s.heading])).toEqual([
      ['situation', 'Tilannekuva'],
      ['effects', 'Vaikutukset asiakkaisiin'],
      ['prevalence', 'Esiintyvyys hyvinvointialueen palveluissa'],
      ['proposals', 'Ammattilaisten toimenpide-ehdotukset'],
      ['workshops', 'Työpajojen muistiinpanot'],
    ]);
    expect(report.sections.at(-1)?.text).toBe('');
  });

  it('covers the first observation’s day to today and rests on the linked observations', () => {
    expect([report.from, report.to]).toEqual(['2026-02-01', '2026-06-15']);
    expect(report.observationIds).toEqual(['o1', 'o2', 'k0', 'k1', 'k2', 'k3', 'k4', 'k5']);
    expect(report.introduction).toContain('”Nuorten aikuisten häätöuhat”');
    expect(report.introduction).toContain('8 ilmiöön liitettyä havaintoa ajalta 1.2.–15.6.2026');
  });

  it('builds the situational picture from the group’s description and the data', () => {
    expect(textOf('situation')).toBe(
      [
        'Vuokrarästit kasautuvat nuorille aikuisille.\n\nUhka näkyy erityisesti Kotkassa.',
        'Rakenteellisen sosiaalityön muodot: tietotyö, politiikkatyö.',
        'Taso: makro (yhteiskuntataso).',
        'Kielteisiä havaintoja oli 7, myönteisiä 0 ja muita 1.',
        'Ensimmäinen havainto kirjattiin 1.2.2026 ja viimeisin 6.4.2026.',
      ].join('\n\n'),
    );
  });

  it('tells where the phenomenon shows, and draws area, municipality, group and months', () => {
    // Kotka's 7 and Lastensuojelu's 6 are hidden (–) in the published tables so that the one
    // observation elsewhere cannot be worked out from the 8: the text names neither.
    expect(textOf('prevalence')).toBe('Havaintoja on kirjattu 2 palvelualueelta ja 2 kunnasta.');
    expect(
      report.figures.map((f) => [f.key, f.sectionKey, f.chart, f.smallCountsProtected]),
    ).toEqual([
      ['by_service_area', 'prevalence', 'bar', true],
      ['by_municipality', 'prevalence', 'bar', true],
      ['by_target_group', 'prevalence', 'bar', true],
      ['by_month', 'prevalence', 'line', false],
    ]);
    const months = report.figures.find((f) => f.key === 'by_month');
    expect(months?.rows.map((r) => `${r.label}:${r.count}`)).toEqual([
      '2/2026:1',
      '3/2026:1',
      '4/2026:6',
      '5/2026:0',
      '6/2026:0',
    ]);
    expect(months?.total).toBeNull();
  });

  it('lists the proposals with status and decision, without the decider’s name', () => {
    expect(textOf('proposals')).toBe(
      'Ilmiön pohjalta on tehty 1 toimenpide-ehdotus.\n\nVuokravelkaneuvonta aikuissosiaalityöhön (hyväksytty). Päättävä taho: RAKE-johtoryhmä. Päätös 12.5.2026: Hyväksytään, vastuu aikuissosiaalityöllä.',
    );
    expect(JSON.stringify(report)).not.toContain('Jaana');
    expect(textOf('proposals', 'en')).toContain('(accepted). Decided by: RAKE-johtoryhmä.');
  });

  it('makes a draft of a phenomenon with no observations yet', () => {
    const empty = draftPhenomenonReport({ ...input, observations: [], proposals: [] });
    expect([empty.from, empty.to]).toEqual(['2026-06-15', '2026-06-15']);
    expect(empty.sections.find((s) => s.key === 'prevalence')?.text).toBe('');
    expect(empty.sections.find((s) => s.key === 'proposals')?.text).toBe(
      'Ilmiön pohjalta ei ole vielä tehty toimenpide-ehdotuksia.',
    );
  });
});
