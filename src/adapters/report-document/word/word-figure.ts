import { HeadingLevel, Paragraph, TextRun, type Table } from 'docx';
import { drawsAChart, type PublishedFigure, type PublishedReport } from '../../../domain/report';
import { wordChart } from './word-chart';
import { wordTable } from './word-table';

/**
 * One figure: its heading (so the table of contents lists it), the chart with its caption
 * ("Kuvio 1. …"), the table with its caption above it ("Taulukko 1. …"), and the note that
 * explains suppressed cells.
 */
export function wordFigure(
  figure: PublishedFigure,
  number: number,
  labels: PublishedReport['labels'],
): (Paragraph | Table)[] {
  const blocks: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_2, text: figure.title }),
    ...(drawsAChart(figure)
      ? [
          new Paragraph({ keepNext: true, children: [wordChart(figure)] }),
          caption(`${labels.figure} ${number}. ${figure.title}`),
        ]
      : []),
    caption(`${labels.table} ${number}. ${figure.title}`, true),
    wordTable(figure),
  ];
  if (figure.note !== null) {
    blocks.push(new Paragraph({ style: 'FigureNote', children: [new TextRun(figure.note)] }));
    // LibreOffice leaves a heading that follows the paragraph after a table at the foot of
    // the page, away from what it keeps with; one more paragraph in between lets it move.
    blocks.push(new Paragraph({ children: [] }));
  }
  return blocks;
}

function caption(text: string, keepNext = false): Paragraph {
  return new Paragraph({ style: 'Caption', keepNext, children: [new TextRun(text)] });
}
