import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import type { ExportRow, ExportTable, ExportValue } from '../../app/export';
import { finnishDate } from '../../domain/export/finnish-date';

export const CSV_MEDIA_TYPE = 'text/csv; charset=utf-8';

/**
 * What Finnish Excel opens by double-click without an import dialog: UTF-8 with a byte-order
 * mark (else it reads Windows-1252 and "ä" breaks), `;` between cells (`,` is the decimal
 * separator) and CRLF between rows. A cell with a line break of its own is quoted (csv-stringify
 * quotes only cells holding the record delimiter itself, and a description has bare LFs).
 */
export const CSV_OPTIONS = {
  bom: true,
  delimiter: ';',
  record_delimiter: '\r\n',
  quoted_match: /[\r\n]/,
} as const;

const AFTER_FIRST = { ...CSV_OPTIONS, bom: false } as const;

/**
 * The table as a CSV byte stream, a page of rows (one chunk) at a time: the next page is read
 * only when the stream wants more, so a slow download holds the store's reading, and
 * destroying the stream ends the reading. Each page is written by csv-stringify in one call,
 * which is several times cheaper than a stream chunk per row.
 */
export function csvFile(table: ExportTable): Readable {
  const pages = table.pages[Symbol.asyncIterator]();
  let first = true;
  return new Readable({
    read() {
      void nextChunk().then(
        (chunk) => this.push(chunk),
        (error: unknown) => this.destroy(error instanceof Error ? error : new Error(String(error))),
      );
    },
    destroy(error, done) {
      // Ends the store's reading; a read under way finishes first.
      pages.return?.().then(
        () => done(error),
        () => done(error),
      );
    },
  });

  /** The next page's bytes (the heading row before the first), null at the end. */
  async function nextChunk(): Promise<string | null> {
    for (;;) {
      const next = await pages.next();
      if (next.done === true && !first) return null;
      const records = next.done === true ? [] : next.value.map(csvRecord);
      if (first) records.unshift(table.columns.map((column) => column.heading));
      // A page with no rows (the first, when nothing matches) adds nothing: read on.
      if (records.length === 0) continue;
      const chunk = stringify(records, first ? CSV_OPTIONS : AFTER_FIRST);
      first = false;
      return chunk;
    }
  }
}

function csvRecord(row: ExportRow): string[] {
  return row.map(csvCell);
}

function csvCell(value: ExportValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return finnishDate(value);
}
