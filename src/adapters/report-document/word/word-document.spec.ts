import JSZip from 'jszip';
import { renderWordDocument } from './word-document';
import {
  barFigure,
  cell,
  largeAnnualReport,
  lineFigure,
  sampleReport,
  section,
  suppressedCell,
  swedishSampleReport,
} from '../testing/sample-report';

type Parts = { zip: JSZip; document: string; read: (path: string) => Promise<string> };

async function open(bytes: Buffer): Promise<Parts> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (path: string): Promise<string> => {
    const file = zip.file(path);
    if (file === null) throw new Error(`no ${path} in the document`);
    return file.async('string');
  };
  return { zip, document: await read('word/document.xml'), read };
}

function paragraphsStyled(document: string, style: string): string[] {
  const pattern = new RegExp(
    `<w:p>(?:(?!</w:p>).)*?<w:pStyle w:val="${style}"/>(?:(?!</w:p>).)*</w:p>`,
    'g',
  );
  return (document.match(pattern) ?? []).map((p) =>
    [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
  );
}

function chartValues(chart: string): number[] {
  const values = chart.match(/<c:val>.*?<\/c:val>/s)?.[0] ?? '';
  return [...values.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => Number(m[1]));
}

describe('renderWordDocument', () => {
  it('writes the title page, then headings in Heading styles that the contents lists', async () => {
    const { document } = await open(await renderWordDocument(sampleReport()));

    expect(paragraphsStyled(document, 'Title')).toEqual(['Sosiaalinen raportti 2026']);
    expect(document).toContain('Kainuun hyvinvointialue');
    expect(document).toContain('1.1.2026–31.12.2026');
    expect(document).toContain('Laadittu 30.11.2026');
    expect(paragraphsStyled(document, 'Heading1')).toEqual([
      'Johdanto',
      'Havainnot vuonna 2026',
      'Havainnot palvelualueittain',
      'Ilmiöt',
      'Ehdotukset ja päätökset',
    ]);
    expect(paragraphsStyled(document, 'Heading2')).toEqual([
      'Havainnot kunnittain',
      'Havainnot kuukausittain',
      'Havainnot palvelualueittain',
    ]);
    // The title page is a section of its own (it ends in the date's paragraph): the contents
    // start on a new page.
    const firstSection = document.slice(0, document.indexOf('</w:sectPr>'));
    expect(firstSection).toContain('Kainuun hyvinvointialue');
    expect(firstSection).not.toContain('Sisällys');
    expect(document.slice(document.indexOf('</w:sectPr>'))).toMatch(
      /^<\/w:sectPr><\/w:pPr>.*Laadittu/,
    );
  });

  it('has a table of contents field over Heading 1–2, filled in with page numbers', async () => {
    const { document } = await open(await renderWordDocument(sampleReport()));

    expect(document).toMatch(/<w:instrText[^>]*>TOC [^<]*\\o &quot;1-2&quot;<\/w:instrText>/);
    const entries = paragraphsStyled(document, 'TOC1');
    expect(entries).toContain('Johdanto3');
    expect(paragraphsStyled(document, 'TOC2')).toContain('Havainnot kunnittain3');
  });

  it('sets the document language from the locale: fi-FI, or sv-SE for a Swedish report', async () => {
    const finnish = await open(await renderWordDocument(sampleReport()));
    const swedish = await open(await renderWordDocument(swedishSampleReport()));

    const defaults = (styles: string) => styles.match(/<w:docDefaults>.*<\/w:docDefaults>/s)?.[0];
    expect(defaults(await finnish.read('word/styles.xml'))).toContain('<w:lang w:val="fi-FI"/>');
    expect(defaults(await swedish.read('word/styles.xml'))).toContain('<w:lang w:val="sv-SE"/>');
    expect(swedish.document).toContain('färre än 5');
  });

  it('names the organisation as the author and the report as the title, never a person', async () => {
    const { read } = await open(await renderWordDocument(sampleReport()));
    const core = await read('docProps/core.xml');

    expect(core).toContain('<dc:title>Sosiaalinen raportti 2026</dc:title>');
    expect(core).toContain('<dc:creator>Kainuun hyvinvointialue</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>Kainuun hyvinvointialue</cp:lastModifiedBy>');
    expect(core).not.toMatch(/Un-named/);
  });

  it('draws each figure as a native chart with the figure description as its alt text', async () => {
    const { document, read, zip } = await open(await renderWordDocument(sampleReport()));
    const rels = await read('word/_rels/document.xml.rels');
    const chartIds = [...document.matchAll(/<c:chart [^>]*r:id="([^"]+)"/g)].map((m) => m[1]);
    const targets = chartIds.map(
      (id) => rels.match(new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`))?.[1],
    );

    expect(targets).toEqual(['charts/chart1.xml', 'charts/chart2.xml', 'charts/chart3.xml']);
    expect(zip.file(/^word\/media\//)).toHaveLength(0);
    const descriptions = [...document.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => m[1]);
    expect(descriptions[0]).toBe(barFigure().description);
    expect(await read('word/charts/chart1.xml')).toContain('<c:barDir val="bar"/>');
    expect(await read('word/charts/chart2.xml')).toContain('<c:lineChart>');
  });

  it('slants the labels of a year of months, and leaves a quarter’s level', async () => {
    const months = Array.from({ length: 12 }, (_, i) => cell(`${i + 1}/2026`, 10 + i));
    const chartOf = async (rows: typeof months) => {
      const report = sampleReport({
        sections: [section({ figures: [lineFigure({ rows })] })],
      });
      return (await open(await renderWordDocument(report))).read('word/charts/chart1.xml');
    };
    const rotated = /<c:catAx>(?:(?!<\/c:catAx>).)*rot="-2700000"/s;

    expect(await chartOf(months)).toMatch(rotated);
    expect(await chartOf(months.slice(0, 3))).not.toMatch(rotated);
  });

  it('steps a small value axis by whole counts, and draws one to 1 when nothing is drawn', async () => {
    const axisOf = async (rows: ReturnType<typeof cell>[]) => {
      const report = sampleReport({ sections: [section({ figures: [barFigure({ rows })] })] });
      const chart = await (
        await open(await renderWordDocument(report))
      ).read('word/charts/chart1.xml');
      return chart.match(/<c:valAx>.*?<\/c:valAx>/s)?.[0] ?? '';
    };

    expect(await axisOf([cell('Kajaani', 5), cell('Kuhmo', 0)])).toContain(
      '<c:majorUnit val="1"/>',
    );
    const nothing = await axisOf([suppressedCell('Kajaani'), cell('Kuhmo', 0)]);
    expect(nothing).toContain('<c:max val="1"/>');
    expect(await axisOf([cell('Kajaani', 1234)])).not.toContain('<c:majorUnit');
  });

  it('writes no number for a suppressed cell in the chart: its category says "alle 5"', async () => {
    const { read } = await open(await renderWordDocument(sampleReport()));
    const chart = await read('word/charts/chart1.xml');

    expect(chartValues(chart)).toEqual([1234, 312, 148, 97, 41]);
    expect(chart).toContain('<c:ptCount val="7"/>');
    expect(chart).toContain('<c:v>Ristijärvi (alle 5)</c:v>');
    expect(chart).toContain('<c:dispBlanksAs val="gap"/>');
  });

  it('keeps no number for a suppressed cell in the workbook Word edits the chart from', async () => {
    const { zip, read } = await open(await renderWordDocument(sampleReport()));
    const rels = await read('word/charts/_rels/chart1.xml.rels');
    const target = rels.match(/Target="\.\.\/embeddings\/([^"]+\.xlsx)"/)?.[1];
    const workbook = await JSZip.loadAsync(
      await zip.file(`word/embeddings/${target}`)!.async('nodebuffer'),
    );
    const sheet = await workbook.file('xl/worksheets/sheet1.xml')!.async('string');
    // Number cells (no t="s": the labels are shared strings) in the values column.
    const numbers = [...sheet.matchAll(/<c r="B(\d+)"><v>([^<]*)<\/v><\/c>/g)];

    expect(numbers.map((m) => [Number(m[1]), m[2]])).toEqual([
      [2, '1234'],
      [3, '312'],
      [4, '148'],
      [5, '97'],
      [6, '41'],
    ]);
    expect(sheet).not.toMatch(/<c r="B[78]"/);
  });

  it('follows each chart with its table: a repeated header row, the rows as shown, the total', async () => {
    const { document } = await open(await renderWordDocument(sampleReport()));
    const table = document.match(/<w:tbl>.*?<\/w:tbl>/s)?.[0] ?? '';
    const rows = [...table.matchAll(/<w:tr>.*?<\/w:tr>/gs)].map((m) => m[0]);
    const texts = rows.map((row) =>
      [...row.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]),
    );

    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows.slice(1).some((row) => row.includes('<w:tblHeader/>'))).toBe(false);
    expect(texts[0]).toEqual(['Kunta', 'Havaintoja']);
    expect(texts[1]).toEqual(['Kajaani', '1\u00a0234']);
    expect(texts[6]).toEqual(['Ristijärvi', 'alle 5']);
    expect(texts.at(-1)).toEqual(['Yhteensä', '1\u00a0840']);
    expect(document.indexOf('Alle 5 havainnon määrät')).toBeGreaterThan(
      document.indexOf('</w:tbl>'),
    );
  });

  it('gives a figure whose every value is suppressed no chart, only its table', async () => {
    const masked = barFigure({
      rows: [suppressedCell('Hyrynsalmi'), suppressedCell('Ristijärvi')],
      total: suppressedCell('Yhteensä'),
    });
    const { zip, document } = await open(
      await renderWordDocument(sampleReport({ sections: [section({ figures: [masked] })] })),
    );
    expect(zip.file(/^word\/charts\/chart\d+\.xml$/)).toHaveLength(0);
    expect(document).toContain('alle 5');
  });

  it('escapes text it is given rather than writing it as markup', async () => {
    const report = sampleReport({
      sections: [section({ paragraphs: ['<w:p>Tuloja & menoja</w:p>'], figures: [] })],
    });
    const { document } = await open(await renderWordDocument(report));

    expect(document).toContain('&lt;w:p&gt;Tuloja &amp; menoja&lt;/w:p&gt;');
  });

  it('sets each quotation apart in the Quote style, naming where it was seen only when given', async () => {
    const report = sampleReport({
      sections: [
        section({
          figures: [],
          quotations: [
            { text: 'Jonot ovat kuukausien mittaisia.', attribution: 'Kajaani' },
            { text: 'Lomitusta ei saa.', attribution: null },
          ],
        }),
      ],
    });
    const { document } = await open(await renderWordDocument(report));

    expect(paragraphsStyled(document, 'Quote')).toEqual([
      '”Jonot ovat kuukausien mittaisia.” — Kajaani',
      '”Lomitusta ei saa.”',
    ]);
  });

  // Its time is the benchmark's (npm run bench, part `report`), not a test's.
  it('draws every chart of the annual report of a busy county', async () => {
    const { zip } = await open(await renderWordDocument(largeAnnualReport()));

    expect(zip.file(/^word\/charts\/chart\d+\.xml$/)).toHaveLength(24);
  });
});
