import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { PublishedCell, PublishedFigure } from '../../../domain/report';

/** Twips: the label column takes most of the 16 cm text width, the count fits "alle 5". */
const LABEL_WIDTH = 6200;
const COUNT_WIDTH = 2200;
const KEEP_TOGETHER_ROWS = 20;
const HEADER_FILL = 'DCE6F0';
const RULE = { style: BorderStyle.SINGLE, size: 6, color: '1F4E79' };
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

/**
 * The figure's data as a table: a header row that Word repeats on every page the table
 * runs onto, a row per cell as the table shows it ("alle 5" for a suppressed one), and the
 * total row in bold.
 */
export function wordTable(figure: PublishedFigure): Table {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [
      textCell(figure.labelHeading, { bold: true, fill: HEADER_FILL, keepNext: true }),
      textCell(figure.countHeading, { bold: true, fill: HEADER_FILL, right: true, keepNext: true }),
    ],
  });
  const cells = figure.total === null ? figure.rows : [...figure.rows, figure.total];
  // A short table stays on one page (each row kept with the next); a long one breaks, and
  // its header row is repeated.
  const together = cells.length <= KEEP_TOGETHER_ROWS;
  const rows = cells.map((cell, i) =>
    cellRow(cell, {
      keepNext: together && i < cells.length - 1,
      ...(cell === figure.total ? { bold: true, rule: true } : {}),
    }),
  );
  return new Table({
    rows: [header, ...rows],
    columnWidths: [LABEL_WIDTH, COUNT_WIDTH],
    width: { size: LABEL_WIDTH + COUNT_WIDTH, type: WidthType.DXA },
    borders: {
      top: RULE,
      bottom: RULE,
      left: NONE,
      right: NONE,
      insideHorizontal: { style: BorderStyle.SINGLE, size: 2, color: 'BFBFBF' },
      insideVertical: NONE,
    },
  });
}

type CellLook = {
  bold?: boolean;
  fill?: string;
  right?: boolean;
  rule?: boolean;
  keepNext?: boolean;
};

function cellRow(cell: PublishedCell, look: CellLook): TableRow {
  return new TableRow({
    cantSplit: true,
    children: [textCell(cell.label, look), textCell(cell.shown, { ...look, right: true })],
  });
}

function textCell(text: string, look: CellLook): TableCell {
  return new TableCell({
    margins: { top: 40, bottom: 40, left: 100, right: 100 },
    ...(look.fill ? { shading: { type: ShadingType.CLEAR, fill: look.fill, color: 'auto' } } : {}),
    ...(look.rule ? { borders: { top: RULE } } : {}),
    children: [
      new Paragraph({
        alignment: look.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        keepNext: look.keepNext ?? false,
        spacing: { before: 0, after: 0 },
        children: [new TextRun({ text, bold: look.bold ?? false })],
      }),
    ],
  });
}
