import type {
  PublishedFigure,
  PublishedReport,
  PublishedSection,
} from '../../../domain/report/published-report';
import { escapeMarkup } from '../../escape-markup';

const p = (text: string) => `<p>${escapeMarkup(text)}</p>`;

/** The lines under the page's title: who, what period, which version; then the introduction. */
export function openingHtml(report: PublishedReport): string {
  const lines = [
    p(`${report.organisation} · ${report.periodText}`),
    p(report.dateText),
    ...(report.introduction.length === 0
      ? []
      : [`<h2>${escapeMarkup(report.labels.introduction)}</h2>`, ...report.introduction.map(p)]),
  ];
  return lines.join('');
}

export function sectionHtml(section: PublishedSection): string {
  const quotations = section.quotations.map(
    (q) =>
      `<blockquote><p>${escapeMarkup(q.text)}</p>` +
      (q.attribution === null ? '' : `<p><em>— ${escapeMarkup(q.attribution)}</em></p>`) +
      '</blockquote>',
  );
  return `<h2>${escapeMarkup(section.heading)}</h2>${section.paragraphs.map(p).join('')}${quotations.join('')}`;
}

/** "Kuvio 2. Havainnot kunnittain": above the chart, so the heading names what follows. */
export function figureHeadingHtml(figure: PublishedFigure, number: number, label: string): string {
  return `<h3>${escapeMarkup(`${label} ${number}. ${figure.title}`)}</h3>`;
}

/**
 * The chart's data as a table with a header row: the accessible version of the picture, and
 * the only one where a count was suppressed ("alle 5") rather than left out.
 */
export function figureTableHtml(figure: PublishedFigure): string {
  const cell = (tag: 'th' | 'td', text: string) => `<${tag}>${escapeMarkup(text)}</${tag}>`;
  const row = (tag: 'th' | 'td', label: string, shown: string) =>
    `<tr>${cell(tag, label)}${cell(tag, shown)}</tr>`;
  const head = `<thead>${row('th', figure.labelHeading, figure.countHeading)}</thead>`;
  const cells = figure.total === null ? figure.rows : [...figure.rows, figure.total];
  const body = cells.map((c) => row('td', c.label, c.shown)).join('');
  const note = figure.note === null ? '' : `<p><em>${escapeMarkup(figure.note)}</em></p>`;
  return `<table>${head}<tbody>${body}</tbody></table>${note}`;
}

/** Where the picture could not be placed as an image web part: a link to it, named. */
export function chartLinkHtml(figure: PublishedFigure, url: string): string {
  return `<p><a href="${escapeMarkup(url)}">${escapeMarkup(figure.description)}</a></p>`;
}
