import { Resvg } from '@resvg/resvg-js';
import type { PublishedFigure } from '../../../domain/report';
import { figureSvg } from './figure-svg';

/**
 * The chart as a PNG, for where a picture is needed (a SharePoint page's image web part).
 * Drawn at twice the SVG's size so it stays sharp on high-density screens. resvg draws text
 * only in fonts it has loaded: the system's, with DejaVu Sans (which has ä, ö and å) when
 * none of the chart's families is found.
 */
export async function figurePng(figure: PublishedFigure, locale = 'fi-FI'): Promise<Buffer> {
  const svg = await figureSvg(figure, locale);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: 2 },
    background: 'white',
    font: {
      loadSystemFonts: true,
      defaultFontFamily: 'DejaVu Sans',
      sansSerifFamily: 'DejaVu Sans',
    },
  });
  return resvg.render().asPng();
}
