import { PassThrough, type Readable, type Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ColumnKind, ExportTable, ExportValue } from '../../app/export';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Excel's own way of writing d.M.yyyy: the cell is a real date, shown as Finns write it. */
export const XLSX_DATE_FORMAT = 'd.m.yyyy';

/** Column widths in characters. */
const WIDTH: Readonly<Record<ColumnKind, number>> = {
  id: 38,
  date: 12,
  label: 22,
  text: 50,
  number: 10,
};

/**
 * The table as an Excel workbook streamed as it is written (exceljs' streaming writer): one
 * sheet, the heading row bold and frozen, dates as date cells, text as text cells (never a
 * formula; the table's texts are neutralised as well, for whoever saves the sheet as CSV).
 */
export function xlsxFile(table: ExportTable): Readable {
  const out = new PassThrough();
  write(table, out).catch((error: unknown) => {
    out.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return out;
}

async function write(table: ExportTable, out: PassThrough): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(table.sheetName, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = table.columns.map((column) => ({
    width: WIDTH[column.kind],
    ...(column.kind === 'date' ? { style: { numFmt: XLSX_DATE_FORMAT } } : {}),
  }));
  const heading = sheet.addRow(table.columns.map((column) => column.heading));
  heading.font = { bold: true };
  heading.commit();

  for await (const page of table.pages) {
    // The reader has gone: leaving the loop ends the table's reading of the store.
    if (out.destroyed) return;
    for (const row of page) sheet.addRow(row.map(xlsxCell)).commit();
    await caughtUp(sheet, out);
  }
  if (out.destroyed) return;
  sheet.commit();
  await workbook.commit();
}

function xlsxCell(value: ExportValue): string | number | Date | null {
  if (value === null || typeof value === 'string' || typeof value === 'number') return value;
  // Excel's dates have no zone: midnight UTC is exactly the day's serial number.
  return new Date(Date.UTC(value.year, value.month - 1, value.day));
}

/**
 * exceljs writes a sheet's XML into the zip without waiting for it (its buffer ignores
 * `write()` returning false), so a slow download would pile the whole sheet up in memory.
 * Between pages we wait until the stream the zip reads the sheet from has room again (and
 * until the download has, or is gone). exceljs 4.4.0 keeps that stream in `stream.pipes`: a
 * PassThrough of readable-stream 2, which predates `writableNeedDrain`.
 */
async function caughtUp(sheet: ExcelJS.Worksheet, out: Writable): Promise<void> {
  const internals = sheet as unknown as { stream?: { pipes?: readonly Writable[] } };
  for (const stream of [...(internals.stream?.pipes ?? []), out]) {
    if (out.destroyed) return;
    if (needsDrain(stream)) await drainOrClose(stream, out);
  }
}

type OldWritable = { readonly _writableState?: { readonly needDrain?: boolean } };

function needsDrain(stream: Writable): boolean {
  return (
    stream.writableNeedDrain ??
    (stream as unknown as OldWritable)._writableState?.needDrain ??
    false
  );
}

function drainOrClose(stream: Writable, out: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      out.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
    out.on('close', done);
  });
}
