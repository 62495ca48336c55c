import * as vega from 'vega';
import { compile } from 'vega-lite';
import type { PublishedFigure } from '../../../domain/report';
import { escapeMarkup } from '../../escape-markup';
import { figureSpec } from './figure-spec';
import { vegaTextWidth } from './text-width';

/** vega's text measure, which it documents as replaceable (vl-convert does so); not typed. */
type VegaTextMetrics = { width: typeof vegaTextWidth };

/**
 * The figure's chart as a standalone SVG: one image whose accessible name is the figure's
 * description (the data table beside it carries the numbers), drawn without a browser. The
 * marks' own ARIA labels are left out: they would read the chart out point by point, in
 * vega's English.
 */
export async function figureSvg(figure: PublishedFigure, locale = 'fi-FI'): Promise<string> {
  (vega as unknown as { textMetrics: VegaTextMetrics }).textMetrics.width = vegaTextWidth;
  const spec = compile(figureSpec(figure, locale), {
    config: { aria: false },
  }).spec;
  const view = new vega.View(vega.parse(spec), { renderer: 'none', loader: noLoading() });
  try {
    return labelled(await view.toSVG(), figure);
  } finally {
    view.finalize();
  }
}

/** The data is inline: a chart that tried to load anything would be a bug, not a fetch. */
function noLoading(): vega.Loader {
  const refuse = (uri: string): Promise<never> =>
    Promise.reject(new Error(`charts load nothing: ${uri}`));
  return { ...vega.loader(), load: refuse, sanitize: refuse, http: refuse, file: refuse };
}

function labelled(svg: string, figure: PublishedFigure): string {
  const open = svg.indexOf('>');
  const root = svg
    .slice(0, open)
    .replace(/\s*xmlns:xlink="[^"]*"/, '')
    .replace(/\s*class="marks"/, '');
  const name = escapeMarkup(figure.description);
  return (
    `${root} role="img" aria-label="${name}">` +
    `<title>${escapeMarkup(figure.title)}</title><desc>${name}</desc>` +
    withoutMarkRoles(svg.slice(open + 1))
  );
}

/**
 * Vega gives its groups and marks ARIA graphics roles even with ARIA off; inside an image
 * they are only noise, and checkers report the unnamed ones.
 */
function withoutMarkRoles(marks: string): string {
  return marks.replace(/\s(?:role|aria-roledescription)="[^"]*"/g, '');
}
