import { PNG } from 'pngjs';
import { figurePng } from './figure-png';
import { barFigure } from '../testing/sample-report';

describe('figurePng', () => {
  it('draws the chart with its text at twice the SVG size', async () => {
    const png = PNG.sync.read(await figurePng(barFigure()));
    let dark = 0;
    let bar = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const [r, g, b] = [png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0];
      if (r < 80 && g < 80 && b < 80) dark += 1;
      if (r === 0x1f && g === 0x4e && b === 0x79) bar += 1;
    }

    expect(png.width).toBeGreaterThan(700);
    expect(bar).toBeGreaterThan(1000);
    // Labels and ticks: without a font resvg would draw no text at all.
    expect(dark).toBeGreaterThan(2000);
  });
});
