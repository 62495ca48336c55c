import {
  drawsAChart,
  type PublishedCell,
  type PublishedFigure,
  type PublishedReport,
} from '../../../domain/report';
import { figureSvg } from '../chart/figure-svg';
import { escapeMarkup as e } from '../../escape-markup';

/**
 * One figure: its heading, the chart as an inline SVG with its description as its name,
 * and beside it (below it on a narrow screen) the table that holds the same numbers as
 * text, suppressed cells as the table shows them.
 */
export async function htmlFigure(
  figure: PublishedFigure,
  number: number,
  report: PublishedReport,
): Promise<string> {
  const id = `figure-${number}`;
  const chart = drawsAChart(figure)
    ? `<figure>${await figureSvg(figure, report.locale)}<figcaption>${e(`${report.labels.figure} ${number}. ${figure.title}`)}</figcaption></figure>`
    : '';
  const rows = figure.rows.map(row).join('');
  const total = figure.total === null ? '' : `<tfoot>${row(figure.total)}</tfoot>`;
  const note = figure.note === null ? '' : `<p class="note">${e(figure.note)}</p>`;
  return (
    `<div class="figure-block">` +
    `<h3 id="${id}">${e(figure.title)}</h3>` +
    `<div class="figure-grid">` +
    chart +
    `<div class="table-scroll" role="region" tabindex="0" aria-labelledby="${id}-table">` +
    `<table><caption id="${id}-table">${e(`${report.labels.table} ${number}. ${figure.title}`)}</caption>` +
    `<thead><tr><th scope="col">${e(figure.labelHeading)}</th><th scope="col">${e(figure.countHeading)}</th></tr></thead>` +
    `<tbody>${rows}</tbody>${total}</table></div>` +
    `</div>${note}</div>`
  );
}

function row(cell: PublishedCell): string {
  return `<tr><th scope="row">${e(cell.label)}</th><td>${e(cell.shown)}</td></tr>`;
}
