import { randomUUID } from 'node:crypto';
import type { PublishedReport } from '../../../domain/report/published-report';
import { imageWebPart, type ChartImage, type StandardWebPart } from './image-web-part';
import {
  chartLinkHtml,
  figureHeadingHtml,
  figureTableHtml,
  openingHtml,
  sectionHtml,
} from './report-html';
import { keepSharePointHtml } from './sharepoint-html';

export type TextWebPart = {
  readonly '@odata.type': '#microsoft.graph.textWebPart';
  readonly id: string;
  readonly innerHtml: string;
};

export type WebPart = TextWebPart | StandardWebPart;

export type HorizontalSection = {
  readonly id: string;
  readonly layout: 'oneColumn';
  readonly emphasis: 'none';
  readonly columns: readonly [
    { readonly id: '1'; readonly width: 12; readonly webparts: readonly WebPart[] },
  ];
};

/** Graph's `canvasLayout` as RAKE writes it: one full-width column per section. */
export type CanvasLayout = { readonly horizontalSections: readonly HorizontalSection[] };

type Block = { readonly html: string } | { readonly part: StandardWebPart };

/** Adjacent HTML goes into one text web part: fewer parts, the same reading order. */
function webParts(blocks: readonly Block[], newId: () => string): WebPart[] {
  const parts: WebPart[] = [];
  let html = '';
  const flush = () => {
    if (html === '') return;
    parts.push({
      '@odata.type': '#microsoft.graph.textWebPart',
      id: newId(),
      innerHtml: keepSharePointHtml(html),
    });
    html = '';
  };
  for (const block of blocks) {
    if ('html' in block) {
      html += block.html;
    } else {
      flush();
      parts.push(block.part);
    }
  }
  flush();
  return parts;
}

export function oneColumnSection(id: number, webparts: readonly WebPart[]): HorizontalSection {
  return {
    id: String(id),
    layout: 'oneColumn',
    emphasis: 'none',
    columns: [{ id: '1', width: 12, webparts }],
  };
}

/**
 * The report as a page's canvas: the opening lines and introduction, then each section with
 * its text and, for each figure, a heading, the chart (Image web part, alt text the figure's
 * description) and its data table. `images` holds the uploaded charts by figure key; a figure
 * without one is shown as its table alone.
 */
export function canvasLayoutOf(
  report: PublishedReport,
  images: ReadonlyMap<string, ChartImage>,
  newId: () => string = randomUUID,
): CanvasLayout {
  let figureNumber = 0;
  const sections = report.sections.map((section) => {
    const blocks: Block[] = [{ html: sectionHtml(section) }];
    for (const figure of section.figures) {
      figureNumber += 1;
      blocks.push({ html: figureHeadingHtml(figure, figureNumber, report.labels.figure) });
      const image = images.get(figure.key);
      if (image?.sharepointIds) {
        const located = { ...image, sharepointIds: image.sharepointIds };
        blocks.push({ part: imageWebPart(newId(), located, figure.description) });
      } else if (image) {
        blocks.push({ html: chartLinkHtml(figure, image.webUrl) });
      }
      blocks.push({ html: figureTableHtml(figure) });
    }
    return webParts(blocks, newId);
  });
  const all = [webParts([{ html: openingHtml(report) }], newId), ...sections];
  return { horizontalSections: all.map((parts, i) => oneColumnSection(i + 1, parts)) };
}
