import { renderHtmlPage } from './html-page';
import {
  barFigure,
  sampleReport,
  section,
  suppressedCell,
  swedishSampleReport,
} from '../testing/sample-report';

function all(html: string, pattern: RegExp): string[] {
  return [...html.matchAll(pattern)].map((m) => m[1] ?? '');
}

const textOf = (markup: string) => markup.replace(/<[^>]+>/g, '');

describe('renderHtmlPage', () => {
  it('is a standalone page in the report language with one h1 and an h2 per section', async () => {
    const html = await renderHtmlPage(sampleReport());

    expect(html).toMatch(/^<!doctype html><html lang="fi-FI">/);
    expect(html).toContain('<title>Sosiaalinen raportti 2026 – Kainuun hyvinvointialue</title>');
    expect(all(html, /<h1[^>]*>(.*?)<\/h1>/g)).toEqual(['Sosiaalinen raportti 2026']);
    expect(all(html, /<h2[^>]*>(.*?)<\/h2>/g)).toEqual([
      'Johdanto',
      'Havainnot vuonna 2026',
      'Havainnot palvelualueittain',
      'Ilmiöt',
      'Ehdotukset ja päätökset',
    ]);
    expect(all(html, /<h3[^>]*>(.*?)<\/h3>/g)).toEqual([
      'Havainnot kunnittain',
      'Havainnot kuukausittain',
      'Havainnot palvelualueittain',
    ]);
    expect(html).not.toMatch(/<(script|link|img|iframe)\b/);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it('links the contents to the sections, and back to the subpage index when given', async () => {
    const html = await renderHtmlPage(sampleReport(), {
      indexHref: '/intranet/',
      indexLabel: 'Julkaisut',
    });

    expect(html).toContain('<a href="/intranet/">Julkaisut</a>');
    for (const id of all(html, /<a href="#([^"]+)"/g)) expect(html).toContain(`id="${id}"`);
    expect(all(html, /<a href="#[^"]+">([^<]*)<\/a>/g)).toHaveLength(5);
    expect(await renderHtmlPage(sampleReport())).not.toContain('/intranet/');
  });

  it('shows each figure as an SVG named by its description, with its data table', async () => {
    const html = await renderHtmlPage(sampleReport());
    const figure = html.match(/<figure>.*?<\/figure>/s)?.[0] ?? '';
    const table = html.match(/<table>.*?<\/table>/s)?.[0] ?? '';

    expect(figure).toMatch(/^<figure><svg [^>]*role="img"/);
    expect(figure).toContain(`aria-label="${barFigure().description}"`);
    expect(figure).toContain('<figcaption>Kuvio 1. Havainnot kunnittain</figcaption>');
    expect(table).toContain(
      '<caption id="figure-1-table">Taulukko 1. Havainnot kunnittain</caption>',
    );
    expect(all(table, /<th scope="col">([^<]*)<\/th>/g)).toEqual(['Kunta', 'Havaintoja']);
    expect(table).toContain('<tr><th scope="row">Ristijärvi</th><td>alle 5</td></tr>');
    expect(table).toMatch(
      /<tfoot><tr><th scope="row">Yhteensä<\/th><td>1\u00a0840<\/td><\/tr><\/tfoot>/,
    );
    expect(html).toContain('Alle 5 havainnon määrät');
    expect(html.match(/<figure>/g)).toHaveLength(3);
    expect(html.match(/<table>/g)).toHaveLength(3);
  });

  it('shows a figure whose every value is suppressed as its table alone, without empty axes', async () => {
    const masked = barFigure({
      rows: [suppressedCell('Hyrynsalmi'), suppressedCell('Ristijärvi')],
      total: suppressedCell('Yhteensä'),
    });
    const html = await renderHtmlPage(sampleReport({ sections: [section({ figures: [masked] })] }));
    expect(html).not.toContain('<svg');
    expect(html).toContain('<th scope="row">Ristijärvi</th><td>alle 5</td>');
  });

  it('escapes what people wrote, so no markup or script gets into the page', async () => {
    const hostile = '<script>alert("x")</script> & <b onmouseover=x>';
    const report = sampleReport({
      title: hostile,
      introduction: [hostile],
      sections: [
        section({
          heading: hostile,
          paragraphs: [hostile],
          figures: [barFigure({ title: hostile, description: hostile, labelHeading: hostile })],
        }),
      ],
    });
    const html = await renderHtmlPage(report, { indexHref: '"><script>', indexLabel: hostile });

    expect(html).not.toMatch(/<script|<b /);
    expect(html).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b onmouseover=x&gt;',
    );
    expect(html).toContain('href="&quot;&gt;&lt;script&gt;"');
  });

  it('writes a Swedish report in Swedish', async () => {
    const html = await renderHtmlPage(swedishSampleReport());

    expect(html).toMatch(/<html lang="sv-SE">/);
    expect(html).toContain('<td>färre än 5</td>');
    expect(textOf(html)).toContain('Tabell 1. Observationer per kommun');
  });
});
