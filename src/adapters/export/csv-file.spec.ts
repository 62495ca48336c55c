import { setTimeout as sleep } from 'node:timers/promises';
import type { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { csvFile } from './csv-file';
import { endlessPages, tableOf } from './testing/export-table';

/** The bytes as UTF-8, the byte-order mark kept (a TextDecoder would drop it). */
const text = async (file: Readable): Promise<string> => (await buffer(file)).toString('utf8');

describe('csvFile', () => {
  it('writes what Finnish Excel opens: a BOM, `;` between cells, CRLF between rows', async () => {
    const table = tableOf([
      [
        ['obs-1', { year: 2026, month: 11, day: 30 }, 'Vuokrat; häädöt "nousussa"', 3],
        ['obs-2', { year: 2026, month: 1, day: 5 }, 'Rivi yksi\nrivi kaksi', null],
      ],
    ]);
    const bytes = await buffer(csvFile(table));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toBe(
      '\uFEFFTunniste;Jätetty;Kuvaus;Prioriteetti\r\n' +
        'obs-1;30.11.2026;"Vuokrat; häädöt ""nousussa""";3\r\n' +
        'obs-2;5.1.2026;"Rivi yksi\nrivi kaksi";\r\n',
    );
  });

  it('writes the neutralised texts as they are: the quote stays in front of a formula', async () => {
    const csv = await text(csvFile(tableOf([[['obs-1', null, "'=1+1", null]]])));
    expect(csv.split('\r\n')[1]).toBe("obs-1;;'=1+1;");
  });

  it('reads no further pages while nobody reads the file', async () => {
    const table = tableOf(endlessPages(100));
    const file = csvFile(table);
    file.pause();
    file.read(0);
    await sleep(100);
    // A page or two are under way in the pipe's buffers; an endless table is never read out.
    expect(table.pulled()).toBeLessThan(5);
    file.destroy();
    await sleep(10);
    expect(table.finished()).toBe(true);
  });

  it('ends with an error when the table fails after the first page', async () => {
    async function* failing() {
      yield [['obs-1', null, 'ok', null]];
      throw new Error('store down');
    }
    const file = csvFile({ ...tableOf([]), pages: failing() });
    await expect(text(file)).rejects.toThrow('store down');
  });
});
