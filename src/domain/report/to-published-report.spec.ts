import { reportTexts } from './report-texts';
import { COUNTY_PRESETS } from '../county/county-presets';
import type { Report, ReportFigure } from './report';
import { paragraphsOf, toPublishedReport } from './to-published-report';

const county = COUNTY_PRESETS.kainuu;

const byMunicipality: ReportFigure = {
  key: 'by_municipality',
  sectionKey: 'counts',
  title: 'Havainnot kunnittain',
  labelHeading: 'Kunta',
  countHeading: 'Havaintoja',
  chart: 'bar',
  rows: [
    { id: 'kajaani', label: 'Kajaani', count: 1200 },
    { id: 'ristijarvi', label: 'Ristijärvi', count: 2 },
    { id: 'sotkamo', label: 'Sotkamo', count: 8 },
    { id: 'kuhmo', label: 'Kuhmo', count: 0 },
  ],
  total: 1210,
  smallCountsProtected: true,
};

const byTopic: ReportFigure = {
  ...byMunicipality,
  key: 'by_topic',
  title: 'Havainnot aiheittain',
  labelHeading: 'Aihe',
  rows: [
    { id: 'a', label: 'Asiakkaiden tarpeet', count: 1207 },
    { id: 'b', label: 'Hyvät käytännöt', count: 3 },
  ],
  smallCountsProtected: false,
};

const report: Report = {
  id: 'r1',
  kind: 'annual',
  source: { kind: 'annual', year: 2026 },
  language: 'fi',
  title: 'Sosiaalinen raportti 2026',
  introduction: 'Ensimmäinen kappale.\n\n  \n\nToinen kappale\nsamaa kappaletta.\n',
  sections: [
    { key: 'counts', heading: 'Havainnot', text: 'Yksi.\r\n\r\nKaksi.' },
    { key: 'empty', heading: 'Arviointi', text: '' },
  ],
  figures: [byMunicipality, byTopic, { ...byTopic, key: 'orphan', sectionKey: 'removed' }],
  quotations: [],
  from: '2026-01-01',
  to: '2026-12-31',
  observationIds: ['o1'],
  createdBy: 's1',
  createdByName: 'Kaisa Kokoaja',
  createdAt: '2026-11-01T08:00:00.000Z',
  updatedBy: 's1',
  updatedByName: 'Kaisa Kokoaja',
  updatedAt: '2026-11-01T08:00:00.000Z',
  publication: null,
  handedOver: null,
  version: 3,
};

const NBSP = '\u00a0';
const now = new Date('2026-11-29T22:30:00.000Z');

describe('toPublishedReport', () => {
  const published = toPublishedReport(report, { forPublishing: true, county, now });
  const municipalities = published.sections[0]?.figures[0];

  it('carries the title page in the report’s language', () => {
    expect(published).toMatchObject({
      id: 'r1',
      locale: 'fi-FI',
      title: 'Sosiaalinen raportti 2026',
      organisation: 'Kainuun hyvinvointialue',
      periodText: '1.1.2026–31.12.2026',
      // 22:30 UTC on 29 November is already the 30th in Kainuu.
      dateText: 'Laadittu 30.11.2026, versio 3',
      version: 3,
      forPublishing: true,
      labels: {
        contents: 'Sisällys',
        introduction: 'Johdanto',
        total: 'Yhteensä',
        figure: 'Kuvio',
        table: 'Taulukko',
      },
    });
    expect(
      toPublishedReport(
        { ...report, language: 'sv' },
        { forPublishing: false, county, now: '2026-12-01' },
      ),
    ).toMatchObject({
      locale: 'sv-SE',
      organisation: 'Kajanalands välfärdsområde',
      dateText: 'Upprättad 1.12.2026, version 3',
    });
    expect(
      toPublishedReport({ ...report, language: 'en' }, { forPublishing: false, county, now })
        .locale,
    ).toBe('en-GB');
  });

  it('publishes no writing prompt and no empty section; keeps both inside the app', () => {
    const drafted: Report = {
      ...report,
      sections: [
        ...report.sections,
        {
          key: 'evaluation',
          heading: 'Arviointi',
          text:
            'Seurannan 6 mittarista toteutui 4.\n\n' + reportTexts('fi').annual.evaluationPrompt,
        },
        {
          key: 'effects',
          heading: 'Vaikutukset',
          text: reportTexts('fi').phenomenon.effectsPrompt,
        },
        { key: 'workshops', heading: 'Työpajojen muistiinpanot', text: '' },
      ],
    };
    const out = toPublishedReport(drafted, { forPublishing: true, county, now });
    expect(out.sections.map((s) => s.key)).not.toContain('workshops');
    expect(out.sections.map((s) => s.key)).not.toContain('effects');
    expect(out.sections.find((s) => s.key === 'evaluation')?.paragraphs).toEqual([
      'Seurannan 6 mittarista toteutui 4.',
    ]);
    const inside = toPublishedReport(drafted, { forPublishing: false, county, now });
    expect(inside.sections.map((s) => s.key)).toEqual(
      expect.arrayContaining(['effects', 'workshops']),
    );
  });

  it('splits text into paragraphs on blank lines', () => {
    expect(published.introduction).toEqual([
      'Ensimmäinen kappale.',
      'Toinen kappale\nsamaa kappaletta.',
    ]);
    // The empty section is not published (see above); inside the app it stays.
    expect(published.sections.map((s) => s.paragraphs)).toEqual([['Yksi.', 'Kaksi.']]);
    expect(paragraphsOf('  ')).toEqual([]);
  });

  it('draws a figure after its section, and not one whose section was removed', () => {
    expect(published.sections.map((s) => s.figures.map((f) => f.key))).toEqual([
      ['by_municipality', 'by_topic'],
    ]);
  });

  it('shows a small count as "alle 5" when publishing, hides a second one and says so', () => {
    expect(municipalities?.rows).toEqual([
      { label: 'Kajaani', shown: `1${NBSP}200`, value: 1200 },
      { label: 'Ristijärvi', shown: 'alle 5', value: null },
      // Ristijärvi would be 1 210 − 1 200 − 0 without hiding Sotkamo too.
      { label: 'Sotkamo', shown: '–', value: null },
      { label: 'Kuhmo', shown: '0', value: 0 },
    ]);
    expect(municipalities?.total).toEqual({ label: 'Yhteensä', shown: `1${NBSP}210`, value: 1210 });
    expect(municipalities?.note).toBe(
      'Alle viiden havainnon määriä ei julkaista: ne on merkitty ”alle 5”. Luku on piilotettu (–), kun pieni määrä voitaisiin muuten laskea yhteissummasta.',
    );
    expect(municipalities?.description).toBe(
      `Pylväskaavio: Havainnot kunnittain. Eniten Kajaani (1${NBSP}200), vähiten Kuhmo (0). Yhteensä 1${NBSP}210. Alle viiden luvut on merkitty ”alle 5”, eikä niitä piirretä.`,
    );
  });

  it('publishes counts that point at no one as they are', () => {
    const topics = published.sections[0]?.figures[1];
    expect(topics?.rows.map((r) => r.shown)).toEqual([`1${NBSP}207`, '3']);
    expect(topics?.note).toBeNull();
  });

  it('keeps exact counts inside the app', () => {
    const internal = toPublishedReport(report, { forPublishing: false, county, now });
    const figure = internal.sections[0]?.figures[0];
    expect(figure?.rows.map((r) => r.shown)).toEqual([`1${NBSP}200`, '2', '8', '0']);
    expect(figure?.note).toBeNull();
    expect(figure?.description).toBe(
      `Pylväskaavio: Havainnot kunnittain. Eniten Kajaani (1${NBSP}200), vähiten Kuhmo (0). Yhteensä 1${NBSP}210.`,
    );
  });

  it('suppresses a small total, in the language of the report', () => {
    const small = toPublishedReport(
      {
        ...report,
        language: 'en',
        figures: [
          { ...byMunicipality, rows: [{ id: 'puolanka', label: 'Puolanka', count: 3 }], total: 3 },
        ],
      },
      { forPublishing: true, county, now },
    ).sections[0]?.figures[0];
    expect(small?.rows).toEqual([{ label: 'Puolanka', shown: 'fewer than 5', value: null }]);
    expect(small?.total).toEqual({ label: 'Total', shown: 'fewer than 5', value: null });
    expect(small?.description).toBe(
      'Bar chart: Havainnot kunnittain. Total fewer than 5. Counts under five are marked “fewer than 5” and are not drawn.',
    );
    expect(small?.note).toBe(
      'Counts of fewer than five observations are not published: they are marked “fewer than 5”.',
    );
  });

  it('describes ties by naming every row that shares them, and equal rows as equal', () => {
    const described = (counts: readonly number[]) =>
      toPublishedReport(
        {
          ...report,
          figures: [
            {
              ...byTopic,
              rows: counts.map((count, i) => ({ id: `t${i}`, label: `Aihe ${i + 1}`, count })),
              total: counts.reduce((sum, c) => sum + c, 0),
            },
          ],
        },
        { forPublishing: true, county, now },
      ).sections[0]?.figures[0]?.description;
    expect(described([7, 7, 6, 2])).toBe(
      'Pylväskaavio: Havainnot aiheittain. Eniten Aihe 1 ja Aihe 2 (7), vähiten Aihe 4 (2). Yhteensä 22.',
    );
    expect(described([5, 5, 5])).toBe(
      'Pylväskaavio: Havainnot aiheittain. Kaikissa 5. Yhteensä 15.',
    );
    expect(described([9])).toBe('Pylväskaavio: Havainnot aiheittain. Aihe 1: 9. Yhteensä 9.');
  });

  it('describes a line in time order and has no total row for a series', () => {
    const line = toPublishedReport(
      {
        ...report,
        figures: [
          {
            ...byTopic,
            key: 'by_month',
            title: 'Havainnot kuukausittain',
            chart: 'line',
            total: null,
            rows: [
              { id: '2026-01', label: '1/2026', count: 4 },
              { id: '2026-02', label: '2/2026', count: 40 },
            ],
          },
        ],
      },
      { forPublishing: true, county, now },
    ).sections[0]?.figures[0];
    expect(line?.total).toBeNull();
    expect(line?.description).toBe(
      'Viivakaavio: Havainnot kuukausittain. Eniten 2/2026 (40), vähiten 1/2026 (4).',
    );
  });
});
