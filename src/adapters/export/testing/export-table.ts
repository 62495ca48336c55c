import type { ExportColumn, ExportRow, ExportTable } from '../../../app/export';

export const COLUMNS: readonly ExportColumn[] = [
  { heading: 'Tunniste', kind: 'id' },
  { heading: 'Jätetty', kind: 'date' },
  { heading: 'Kuvaus', kind: 'text' },
  { heading: 'Prioriteetti', kind: 'number' },
];

/** A table whose pages are made as they are pulled; `pulled()` says how many were. */
export function tableOf(
  pages: Iterable<readonly ExportRow[]>,
): ExportTable & { pulled(): number; finished(): boolean } {
  let pulled = 0;
  let finished = false;
  async function* read() {
    try {
      for (const page of pages) {
        pulled += 1;
        yield page;
      }
    } finally {
      finished = true;
    }
  }
  return {
    columns: COLUMNS,
    sheetName: 'Havainnot',
    pages: read(),
    pulled: () => pulled,
    finished: () => finished,
  };
}

/** Endless pages of `size` rows with a long text, for backpressure tests. */
export function* endlessPages(size: number): Generator<ExportRow[]> {
  const text = 'Vuokrarästit ja häädöt lisääntyvät pienituloisilla. '.repeat(20);
  for (let n = 0; ; n += 1) {
    yield Array.from({ length: size }, (_, i) => [
      `obs-${n}-${i}`,
      { year: 2026, month: 3, day: 1 + (i % 28) },
      `${text} ${n}-${i}`,
      i,
    ]);
  }
}
