import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { renderWordDocument } from './word-document';
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

describeWithLibreOffice('the Word document in LibreOffice', () => {
  let dir: string;
  let pdf: string;
  let conversion: ReturnType<typeof spawnSync>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rake-docx-'));
    writeFileSync(join(dir, 'report.docx'), await renderWordDocument(sampleReport()));
    // A profile of its own, so a LibreOffice already running elsewhere does not take the job.
    conversion = spawnSync(
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
    pdf = join(dir, 'report.pdf');
  }, 150_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const pageText = (page: number) =>
    execFileSync('pdftotext', ['-layout', '-f', `${page}`, '-l', `${page}`, pdf, '-'], {
      encoding: 'utf8',
    });

  it('converts without errors', () => {
    expect(conversion.status).toBe(0);
    expect(String(conversion.stderr)).not.toMatch(/error/i);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
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
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '3', '-l', '3', pdf, join(dir, 'page')]);
    const png = PNG.sync.read(readFileSync(join(dir, 'page-3.png')));
    let barPixels = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const [r, g, b] = [png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0];
      if (Math.abs(r - 0x1f) < 12 && Math.abs(g - 0x4e) < 12 && Math.abs(b - 0x79) < 12) {
        barPixels += 1;
      }
    }
    // At 50 dpi a page of headings and table rules in the same blue has about 1,000 such
    // pixels; with the bar chart, about 4,000.
    expect(barPixels).toBeGreaterThan(2500);
  });
});
