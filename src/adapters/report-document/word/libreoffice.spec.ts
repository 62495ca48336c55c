import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { renderWordDocument } from './word-document';
import { draftedAnnualReport, PEOPLE_IN_THE_DATA } from '../testing/drafted-annual-report';
import { sampleReport } from '../testing/sample-report';

/**
 * The Word document as LibreOffice reads it: converted to PDF, its text read back and the
 * chart page drawn. Runs where LibreOffice and poppler are installed; skipped elsewhere,
 * except with CI set (.ci/run installs them), where their absence fails.
 */
const has = (command: string) => spawnSync('which', [command]).status === 0;
const available = has('soffice') && has('pdftotext') && has('pdftoppm');
const inCi = (process.env.CI ?? '') !== '' && process.env.CI !== 'false';
if (!available && !inCi) {
  console.warn(
    'LibreOffice specs skipped: install libreoffice-writer-nogui and poppler-utils ' +
      '(sudo apt-get install -y libreoffice-writer-nogui poppler-utils); with CI set they fail instead.',
  );
}
const describeWithLibreOffice = available || inCi ? describe : describe.skip;

type Converted = { dir: string; pdf: string; conversion: ReturnType<typeof spawnSync> };

/** The document converted to PDF in a directory of its own, as an editor's LibreOffice opens it. */
function convert(docx: Buffer): Converted {
  const dir = mkdtempSync(join(tmpdir(), 'rake-docx-'));
  writeFileSync(join(dir, 'report.docx'), docx);
  // A profile of its own, so a LibreOffice already running elsewhere does not take the job.
  const conversion = spawnSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      join(dir, 'report.docx'),
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  return { dir, pdf: join(dir, 'report.pdf'), conversion };
}

/** A page's text, or the whole document's: laid out as on the page, or in reading order (raw). */
const textOf = (pdf: string, page?: number, mode: '-layout' | '-raw' = '-layout') =>
  execFileSync(
    'pdftotext',
    [mode, ...(page === undefined ? [] : ['-f', `${page}`, '-l', `${page}`]), pdf, '-'],
    { encoding: 'utf8' },
  );

/** Pixels in the charts' blue (#1F4E79) on a page drawn at 50 dpi. */
function bluePixels(converted: Converted, page: number): number {
  const prefix = join(converted.dir, `blue-${page}`);
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '50',
    '-f',
    `${page}`,
    '-l',
    `${page}`,
    '-singlefile',
    converted.pdf,
    prefix,
  ]);
  const png = PNG.sync.read(readFileSync(`${prefix}.png`));
  let count = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b] = [png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0];
    if (Math.abs(r - 0x1f) < 12 && Math.abs(g - 0x4e) < 12 && Math.abs(b - 0x79) < 12) count += 1;
  }
  return count;
}

/** What LibreOffice says on stderr besides the line every headless run without Java prints. */
const complaints = (conversion: Converted['conversion']): string[] =>
  String(conversion.stderr)
    .split('\n')
    .filter((line) => line.trim() !== '' && !/failed to launch javaldx/.test(line));

describeWithLibreOffice('the Word document in LibreOffice', () => {
  let converted: Converted;

  beforeAll(async () => {
    converted = convert(await renderWordDocument(sampleReport()));
  }, 150_000);

  afterAll(() => rmSync(converted.dir, { recursive: true, force: true }));

  const pageText = (page: number) => textOf(converted.pdf, page);

  it('converts without errors', () => {
    expect(converted.conversion.status).toBe(0);
    expect(complaints(converted.conversion)).toEqual([]);
    expect(readFileSync(converted.pdf).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('keeps the title page, the contents with page numbers, the headings and the tables', () => {
    expect(pageText(1)).toContain('Sosiaalinen raportti 2026');
    expect(pageText(2)).toMatch(/Sisällys[\s\S]*Johdanto\s*\.+\s*3/);
    const page3 = pageText(3);
    expect(page3).toContain('Havainnot vuonna 2026');
    expect(page3).toMatch(/Ristijärvi\s+alle 5/);
    expect(page3).toMatch(/Yhteensä\s+1\s840/);
  });

  it('draws the chart: its axis labels and its bars are on the page', () => {
    // "Ristijärvi (alle 5)" is only in the chart; the table says "Ristijärvi".
    expect(pageText(3)).toContain('Ristijärvi (alle 5)');
    // At 50 dpi a page of headings and table rules in the same blue has about 1,000 such
    // pixels; with the bar chart, about 4,000.
    expect(bluePixels(converted, 3)).toBeGreaterThan(2500);
  });
});

describeWithLibreOffice('the annual report the app drafts, as an editor opens it', () => {
  let converted: Converted;
  let pages: string[];

  beforeAll(async () => {
    converted = convert(await renderWordDocument(draftedAnnualReport()));
    const count = Number(
      /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [converted.pdf], { encoding: 'utf8' }))?.[1],
    );
    pages = Array.from({ length: count }, (_, i) => textOf(converted.pdf, i + 1));
  }, 150_000);

  afterAll(() => rmSync(converted.dir, { recursive: true, force: true }));

  const all = () => pages.join('\n');

  it('opens without a warning or an error', () => {
    expect(converted.conversion.status).toBe(0);
    expect(complaints(converted.conversion)).toEqual([]);
  });

  it('has its title page and a contents that lists every figure with its page', () => {
    expect(pages[0]).toContain('Sosiaalinen raportti 2026');
    expect(pages[0]).toContain('Kainuun hyvinvointialue');
    expect(pages[1]).toMatch(/Sisällys[\s\S]*Havainnot ja niiden kehitys\s*\.+\s*\d+/);
    expect(pages[1]).toMatch(/Havainnot kunnittain\s*\.+\s*\d+/);
  });

  it('reads as Finnish, in Finnish formats, and names nobody', () => {
    expect(all()).toContain('Vuonna 2026 kirjattiin 48 havaintoa.');
    expect(all()).toMatch(/Eniten havaintoja kirjattiin [a-zä]+kuussa/);
    expect(all()).toContain('(22.9.2026)');
    for (const person of PEOPLE_IN_THE_DATA) expect(all()).not.toContain(person);
  });

  it('publishes Ristijärvi’s 2 as "alle 5" in the table, the chart and the note', () => {
    expect(all()).toMatch(/Ristijärvi\s+alle 5/);
    expect(all()).toContain('Ristijärvi (alle 5)');
    expect(all()).toContain('Alle viiden havainnon määriä ei julkaista');
    expect(all()).not.toMatch(/Ristijärvi\s+2\b/);
  });

  it('draws every chart: the months legible apart, the bars in their blue', () => {
    // The line of the months of a year under way, to November: its slanted axis labels,
    // each whole, come before its caption (the table, with the same months, after it).
    const page = pages.findIndex((text) => text.includes('Kuvio 1.')) + 1;
    const line = textOf(converted.pdf, page, '-raw');
    expect(line.slice(0, line.indexOf('Kuvio 1.'))).toMatch(
      /Havainnot kuukausittain\n1\/2026\n2\/2026\n[\s\S]*\n10\/2026\n11\/2026\n/,
    );
    expect(all()).not.toContain('10/202611/2026');
    expect(all()).not.toContain('12/2026');
    // The bar charts: at 50 dpi a page of blue headings alone has under 1,000 such pixels
    // (the title page, 800); a page with a bar chart has 4,000 or more.
    const barPages = pages.flatMap((text, i) => (/Kuvio [2-9]\./.test(text) ? [i + 1] : []));
    expect(barPages.length).toBeGreaterThan(3);
    for (const page of barPages) expect(bluePixels(converted, page)).toBeGreaterThan(2500);
  });
});
