import type {
  PublishedCell,
  PublishedFigure,
  PublishedReport,
  PublishedSection,
} from '../../../domain/report';

/**
 * Published reports for the renderers' tests, shaped as the domain makes them: counts
 * formatted in the report's language, small counts already suppressed.
 */

const FI_SUPPRESSED = 'alle 5';

/** "1 234" with Finnish grouping (a no-break space), as the domain formats counts. */
export function cell(label: string, count: number, locale = 'fi-FI'): PublishedCell {
  return { label, shown: new Intl.NumberFormat(locale).format(count), value: count };
}

export function suppressedCell(label: string, shown = FI_SUPPRESSED): PublishedCell {
  return { label, shown, value: null };
}

export function barFigure(overrides: Partial<PublishedFigure> = {}): PublishedFigure {
  return {
    key: 'by-municipality',
    title: 'Havainnot kunnittain',
    labelHeading: 'Kunta',
    countHeading: 'Havaintoja',
    chart: 'bar',
    rows: [
      cell('Kajaani', 1234),
      cell('Sotkamo', 312),
      cell('Kuhmo', 148),
      cell('Suomussalmi', 97),
      cell('Paltamo', 41),
      suppressedCell('Ristijärvi'),
      suppressedCell('Hyrynsalmi'),
    ],
    total: cell('Yhteensä', 1840),
    description:
      'Vaakapylväskaavio havainnoista kunnittain: eniten Kajaanissa (1 234), sitten Sotkamossa ' +
      '(312). Ristijärven ja Hyrynsalmen pylväät puuttuvat, koska niiden määrä on alle 5.',
    note: 'Alle 5 havainnon määrät on merkitty ”alle 5”, eikä niitä piirretä kaavioon.',
    ...overrides,
  };
}

export function lineFigure(overrides: Partial<PublishedFigure> = {}): PublishedFigure {
  const months = ['tammi', 'helmi', 'maalis', 'huhti', 'touko', 'kesä'];
  const counts = [120, 98, 143, 176, 151, 88];
  return {
    key: 'by-month',
    title: 'Havainnot kuukausittain',
    labelHeading: 'Kuukausi',
    countHeading: 'Havaintoja',
    chart: 'line',
    rows: months.map((month, i) => cell(month, counts[i] ?? 0)),
    total: null,
    description:
      'Viivakaavio havainnoista kuukausittain tammikuusta kesäkuuhun: eniten huhtikuussa (176), ' +
      'vähiten kesäkuussa (88).',
    note: null,
    ...overrides,
  };
}

export function section(overrides: Partial<PublishedSection> = {}): PublishedSection {
  return {
    key: 'counts',
    heading: 'Havainnot vuonna 2026',
    quotations: [],
    paragraphs: [
      'Vuonna 2026 ammattilaiset kirjasivat 1 840 havaintoa. Määrä kasvoi edellisestä vuodesta.',
      'Eniten havaintoja tehtiin aikuissosiaalityössä ja lastensuojelussa.',
    ],
    figures: [barFigure(), lineFigure()],
    ...overrides,
  };
}

/** The annual social report of the Kainuu wellbeing services county, in Finnish. */
export function sampleReport(overrides: Partial<PublishedReport> = {}): PublishedReport {
  return {
    id: 'report-2026',
    kind: 'annual',
    language: 'fi',
    locale: 'fi-FI',
    title: 'Sosiaalinen raportti 2026',
    organisation: 'Kainuun hyvinvointialue',
    periodText: '1.1.2026–31.12.2026',
    dateText: 'Laadittu 30.11.2026',
    version: 3,
    introduction: [
      'Sosiaalinen raportointi kokoaa sosiaalityön ammattilaisten havainnot asiakkaiden ' +
        'elinoloista ja palveluiden toimivuudesta.',
      'Raportti on tarkoitettu johdolle, päättäjille, henkilöstölle ja kuntalaisille.',
    ],
    sections: [
      section(),
      section({
        key: 'service-areas',
        heading: 'Havainnot palvelualueittain',
        paragraphs: ['Palvelualueiden väliset erot olivat suuria.'],
        figures: [
          barFigure({
            key: 'by-service-area',
            title: 'Havainnot palvelualueittain',
            labelHeading: 'Palvelualue',
            rows: [
              cell('Aikuissosiaalityö', 702),
              cell('Lastensuojelu', 611),
              cell('Vammaispalvelut', 288),
              cell('Ikäihmisten palvelut', 239),
            ],
            total: cell('Yhteensä', 1840),
            description:
              'Vaakapylväskaavio havainnoista palvelualueittain: eniten aikuissosiaalityössä (702).',
            note: null,
          }),
        ],
      }),
      section({
        key: 'phenomena',
        heading: 'Ilmiöt',
        paragraphs: [
          'Asumisen kustannukset nousivat, ja toimeentulotuen tarve kasvoi erityisesti Kajaanissa.',
          'Nuorten mielenterveyspalveluihin pääsy viivästyi koko maakunnassa.',
        ],
        figures: [],
      }),
      section({
        key: 'proposals',
        heading: 'Ehdotukset ja päätökset',
        paragraphs: ['RAKE-ryhmä teki johtoryhmälle neljä ehdotusta, joista kolme hyväksyttiin.'],
        figures: [],
      }),
    ],
    forPublishing: true,
    labels: {
      contents: 'Sisällys',
      introduction: 'Johdanto',
      total: 'Yhteensä',
      figure: 'Kuvio',
      table: 'Taulukko',
    },
    ...overrides,
  };
}

/** The same report written in Swedish, as a Swedish-speaking county would publish it. */
export function swedishSampleReport(): PublishedReport {
  const figure = barFigure({
    title: 'Observationer per kommun',
    labelHeading: 'Kommun',
    countHeading: 'Observationer',
    rows: [
      cell('Kajana', 1234, 'sv-SE'),
      cell('Sotkamo', 312, 'sv-SE'),
      suppressedCell('Ristijärvi', 'färre än 5'),
    ],
    total: cell('Totalt', 1550, 'sv-SE'),
    description: 'Liggande stapeldiagram över observationer per kommun.',
    note: 'Antal under 5 har markerats ”färre än 5” och ritas inte i diagrammet.',
  });
  return sampleReport({
    language: 'sv',
    locale: 'sv-SE',
    title: 'Social rapport 2026',
    organisation: 'Välfärdsområdet Kajanaland',
    dateText: 'Upprättad 30.11.2026',
    introduction: ['Den sociala rapporteringen samlar yrkesfolkets observationer.'],
    sections: [
      section({
        heading: 'Observationer år 2026',
        paragraphs: ['Antalet ökade.'],
        figures: [figure],
      }),
    ],
    labels: {
      contents: 'Innehåll',
      introduction: 'Inledning',
      total: 'Totalt',
      figure: 'Figur',
      table: 'Tabell',
    },
  });
}

/**
 * An annual report the size of a busy county's year: every section with its figures,
 * municipalities, service areas, topics and months (about what 10,000 observations give).
 */
export function largeAnnualReport(): PublishedReport {
  const topics = Array.from({ length: 30 }, (_, i) => cell(`Aihe ${i + 1}`, 400 - i * 11));
  const sections = Array.from({ length: 8 }, (_, i) =>
    section({
      key: `section-${i + 1}`,
      heading: `Luku ${i + 1}`,
      paragraphs: Array.from(
        { length: 6 },
        (_, p) => `Kappale ${p + 1}: ${'havainto '.repeat(40)}`,
      ),
      figures: [
        barFigure({ key: `municipalities-${i}` }),
        lineFigure({ key: `months-${i}` }),
        barFigure({ key: `topics-${i}`, title: 'Havainnot aiheittain', rows: topics, note: null }),
      ],
    }),
  );
  return sampleReport({ sections });
}
