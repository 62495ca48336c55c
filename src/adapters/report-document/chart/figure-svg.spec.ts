import { figureSvg } from './figure-svg';
import { barFigure, cell, lineFigure, suppressedCell } from '../testing/sample-report';

const texts = (svg: string) =>
  [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? '');

describe('figureSvg', () => {
  it('is one image named by the figure description, with a title, and nothing it loads or runs', async () => {
    const svg = await figureSvg(barFigure());

    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* role="img" aria-label="Vaakapylväskaavio/,
    );
    expect(svg).toContain('<title>Havainnot kunnittain</title>');
    expect(svg).not.toMatch(/<script|<foreignObject|<image|\bhref=|url\(|\son[a-z]+=/i);
    // Marks have no roles of their own: inside an image they would be unnamed graphics.
    expect(svg.match(/\srole="/g)).toHaveLength(1);
  });

  it('draws no bar and writes no number for a suppressed cell; its label says "alle 5"', async () => {
    // Paltamo (41) and Ristijärvi (suppressed) are the only rows, so any stray number on the
    // chart other than the axis ticks and 41 would be a leak.
    const figure = barFigure({
      rows: [cell('Paltamo', 41), suppressedCell('Ristijärvi')],
      total: null,
    });
    const svg = await figureSvg(figure);
    const labels = texts(svg);

    expect(labels).toContain('Ristijärvi (alle 5)');
    expect(labels).toContain('41');
    const bars = svg.match(/<g class="mark-rect[^"]*layer_0_marks"[^>]*>(.*?)<\/g>/s)?.[1] ?? '';
    expect(bars.match(/<path /g)).toHaveLength(1);
  });

  it('formats axis numbers in the report language', async () => {
    const big = barFigure({ rows: [cell('Kajaani', 12345)], total: null, note: null });

    expect(texts(await figureSvg(big, 'fi-FI'))).toContain('10\u00a0000');
    expect(texts(await figureSvg(big, 'en-GB'))).toContain('10,000');
  });

  it('breaks the line where a month is suppressed rather than drawing it as zero', async () => {
    const rows = lineFigure().rows.map((row, i) => (i === 3 ? suppressedCell(row.label) : row));
    const svg = await figureSvg(lineFigure({ rows }));
    const line = svg.match(/<g class="mark-line[^"]*"[^>]*>(.*?)<\/g>/s)?.[1] ?? '';

    expect(texts(svg)).toContain('huhti (alle 5)');
    // The path moves (M) twice: tammi–maalis, then touko–kesä, with nothing at huhti.
    const moves = line.match(/<path d="([^"]*)"/)?.[1]?.match(/M/g);
    expect(moves).toHaveLength(2);
  });

  it('writes long labels whole, measured as Arial rather than guessed too wide', async () => {
    const label = 'Opiskeluhuollon kuraattoripalvelut';
    const svg = await figureSvg(barFigure({ rows: [cell('Kajaani', 7), suppressedCell(label)] }));

    expect(texts(svg)).toContain(`${label} (alle 5)`);
    expect(svg).not.toContain('\u2026');
  });

  it('ticks whole counts only, each once', async () => {
    const five = barFigure({ rows: [cell('Kajaani', 5), cell('Kuhmo', 5)], total: null });
    const ticks = texts(await figureSvg(five)).filter((t) => /^\d+$/.test(t) && t !== '5');

    expect(ticks).toEqual(['0', '1', '2', '3', '4']);
  });

  it('slants a year of months so that they do not run together', async () => {
    const months = Array.from({ length: 12 }, (_, i) => cell(`${i + 1}/2026`, 10 + i));
    const year = await figureSvg(lineFigure({ rows: months }));
    const quarter = await figureSvg(lineFigure({ rows: months.slice(0, 3) }));

    // vega writes −45° as rotate(315).
    expect(year).toMatch(/rotate\(315\)[^>]*>10\/2026</);
    expect(quarter).not.toContain('rotate(315)');
  });
});
