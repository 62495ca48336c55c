import type { PublishedReport, PublishedSection } from '../../../domain/report';
import { escapeMarkup as e } from '../../escape-markup';
import { htmlFigure } from './html-figure';
import { PAGE_STYLE } from './page-style';

export type HtmlPageOptions = {
  /** A link back to the intranet subpage's index, when the page is published there. */
  readonly indexHref?: string;
  readonly indexLabel?: string;
};

export const HTML_MEDIA_TYPE = 'text/html; charset=utf-8';

/**
 * The report as one standalone, accessible HTML page: the title as the only h1, the
 * introduction and each section as an h2, each figure as an h3 with its chart (SVG) and
 * its data table. Everything written by people is escaped; the page loads nothing else.
 */
export async function renderHtmlPage(
  report: PublishedReport,
  options: HtmlPageOptions = {},
): Promise<string> {
  let figureNumber = 0;
  const sections: string[] = [];
  for (const [i, section] of report.sections.entries()) {
    const figures: string[] = [];
    for (const figure of section.figures) {
      figureNumber += 1;
      figures.push(await htmlFigure(figure, figureNumber, report));
    }
    sections.push(sectionHtml(`section-${i + 1}`, section, figures));
  }
  const introduction = sectionHtml(
    'introduction',
    {
      key: 'introduction',
      heading: report.labels.introduction,
      paragraphs: report.introduction,
      quotations: [],
      figures: [],
    },
    [],
  );
  return (
    `<!doctype html><html lang="${e(report.locale)}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${e(`${report.title} – ${report.organisation}`)}</title>` +
    `<style>${PAGE_STYLE}</style></head><body><div class="page">` +
    header(report, options) +
    contents(report) +
    `<main>${introduction}${sections.join('')}</main>` +
    `</div></body></html>`
  );
}

function header(report: PublishedReport, options: HtmlPageOptions): string {
  const back =
    options.indexHref === undefined
      ? ''
      : `<p class="back"><a href="${e(options.indexHref)}">${e(options.indexLabel ?? options.indexHref)}</a></p>`;
  return (
    `<header>${back}<h1>${e(report.title)}</h1>` +
    `<p class="meta">${e(report.organisation)}</p>` +
    `<p class="meta">${e(report.periodText)} · ${e(report.dateText)}</p></header>`
  );
}

function contents(report: PublishedReport): string {
  const entries = [
    `<li><a href="#introduction">${e(report.labels.introduction)}</a></li>`,
    ...report.sections.map(
      (section, i) => `<li><a href="#section-${i + 1}">${e(section.heading)}</a></li>`,
    ),
  ];
  return (
    `<nav aria-labelledby="contents"><p class="contents" id="contents">${e(report.labels.contents)}</p>` +
    `<ol>${entries.join('')}</ol></nav>`
  );
}

function sectionHtml(id: string, section: PublishedSection, figures: string[]): string {
  const paragraphs = section.paragraphs.map((text) => `<p>${e(text)}</p>`).join('');
  return (
    `<section aria-labelledby="${id}"><h2 id="${id}">${e(section.heading)}</h2>` +
    `${paragraphs}${section.quotations.map(quotationHtml).join('')}${figures.join('')}</section>`
  );
}

/** A professional's words as quoted: a blockquote, and where it was seen when that is safe. */
function quotationHtml(quotation: PublishedSection['quotations'][number]): string {
  const quote = `<blockquote><p>${e(quotation.text)}</p></blockquote>`;
  return quotation.attribution === null
    ? `<figure class="quotation">${quote}</figure>`
    : `<figure class="quotation">${quote}<figcaption>— ${e(quotation.attribution)}</figcaption></figure>`;
}
