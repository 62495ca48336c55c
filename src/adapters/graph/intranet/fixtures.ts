import type { PublishedFigure, PublishedReport } from '../../../domain/report/published-report';
import { sampleReport, section } from '../../report-document/testing/sample-report';

/** Test data for the intranet specs: a report for publishing with one suppressed cell. */
export function figureFixture(overrides: Partial<PublishedFigure> = {}): PublishedFigure {
  return {
    key: 'by-municipality',
    title: 'Havainnot kunnittain',
    labelHeading: 'Kunta',
    countHeading: 'Havaintoja',
    chart: 'bar',
    rows: [
      { label: 'Kajaani', shown: '1 234', value: 1234 },
      { label: 'Ristijärvi', shown: 'alle 5', value: null },
    ],
    total: { label: 'Yhteensä', shown: '1 237', value: 1237 },
    description: 'Pylväskuvio: havaintoja eniten Kajaanissa (1 234).',
    note: 'Alle 5 havainnon määrät on merkitty "alle 5".',
    ...overrides,
  };
}

/** The sample annual report (report-document's) with two short sections of its own. */
export function reportFixture(overrides: Partial<PublishedReport> = {}): PublishedReport {
  return sampleReport({
    id: 'r1',
    introduction: ['Raportti kokoaa vuoden havainnot.'],
    sections: [
      section({
        heading: 'Havainnot',
        paragraphs: ['Havaintoja kertyi <paljon> & enemmän kuin ennen.'],
        figures: [figureFixture()],
      }),
      section({
        key: 'proposals',
        heading: 'Ehdotukset',
        paragraphs: ['Ensimmäinen ehdotus.', 'Toinen ehdotus.'],
        figures: [
          figureFixture({ key: 'by-area', title: 'Havainnot palvelualueittain', note: null }),
        ],
      }),
    ],
    ...overrides,
  });
}

/** PNG bytes with a real header (signature and IHDR) of the given size. */
export function pngFixture(width = 640, height = 400): Buffer {
  const header = Buffer.alloc(33);
  Buffer.from('89504e470d0a1a0a', 'hex').copy(header, 0);
  header.writeUInt32BE(13, 8);
  header.write('IHDR', 12, 'ascii');
  header.writeUInt32BE(width, 16);
  header.writeUInt32BE(height, 20);
  return header;
}
