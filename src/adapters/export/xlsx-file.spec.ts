import { setTimeout as sleep } from 'node:timers/promises';
import { buffer } from 'node:stream/consumers';
import ExcelJS from 'exceljs';
import { XLSX_DATE_FORMAT, xlsxFile } from './xlsx-file';
import { endlessPages, tableOf } from './testing/export-table';

async function readBack(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) throw new Error('no sheet');
  return sheet;
}

describe('xlsxFile', () => {
  it('writes one sheet: a bold, frozen heading row, dates as dates, text as text', async () => {
    const table = tableOf([
      [['obs-1', { year: 2026, month: 11, day: 30 }, 'Vuokrat nousevat', 3]],
      [['obs-2', null, '\'=HYPERLINK("http://evil.example")', null]],
    ]);
    const sheet = await readBack(await buffer(xlsxFile(table)));

    expect(sheet.name).toBe('Havainnot');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Tunniste',
      'Jätetty',
      'Kuvaus',
      'Prioriteetti',
    ]);
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getCell('A2').value).toBe('obs-1');
    expect(sheet.getCell('B2').value).toEqual(new Date(Date.UTC(2026, 10, 30)));
    expect(sheet.getCell('B2').numFmt).toBe(XLSX_DATE_FORMAT);
    expect(sheet.getCell('C2').value).toBe('Vuokrat nousevat');
    expect(sheet.getCell('D2').value).toBe(3);
    expect(sheet.getCell('B3').value).toBeNull();
    // A string cell, never a formula cell.
    expect(sheet.getCell('C3').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('C3').value).toBe('\'=HYPERLINK("http://evil.example")');
    expect(sheet.rowCount).toBe(3);
  });

  it('writes a workbook with only the heading row when nothing matches', async () => {
    const sheet = await readBack(await buffer(xlsxFile(tableOf([[]]))));
    expect(sheet.rowCount).toBe(1);
  });

  it('reads no further pages while nobody reads the file, and stops when it is destroyed', async () => {
    const table = tableOf(endlessPages(100));
    const file = xlsxFile(table);
    file.pause();
    // Each page is about 100 kB of sheet XML: some fill the buffers (how many depends on
    // Node's stream sizes: about 10 on Node 20, 35 on 22), then the writer waits. Wait until
    // the reading has stood still for a while, however slow the machine.
    let pulled = -1;
    for (let waited = 0; waited < 5000 && table.pulled() !== pulled; waited += 200) {
      pulled = table.pulled();
      await sleep(200);
    }
    expect(table.pulled()).toBe(pulled);
    // Bounded: a few megabytes of the endless table, not all of it.
    expect(pulled).toBeLessThan(100);
    file.destroy();
    await sleep(50);
    expect(table.finished()).toBe(true);
  });

  it('ends with an error when the table fails after the first page', async () => {
    async function* failing() {
      yield [['obs-1', null, 'ok', null]];
      throw new Error('store down');
    }
    const file = xlsxFile({ ...tableOf([]), pages: failing() });
    await expect(buffer(file)).rejects.toThrow('store down');
  });
});
