import type { AddressInfo } from 'node:net';
import ExcelJS from 'exceljs';
import { draftBody } from '../../app/testing';
import { StorageUnavailableError, type ObservationStore } from '../../ports';
import { sharePointFixture } from '../graph/testing/sharepoint-fixture';
import { as, useTestServer } from './testing';

const sharePoint = sharePointFixture();
afterAll(() => sharePoint.close());

type Store = 'SQLite' | 'SharePoint lists (Graph double)';

/** Issue 11, "Export": the board as CSV and Excel, on both stores. */
describe.each<Store>(['SQLite', 'SharePoint lists (Graph double)'])(
  'HTTP: board export (%s)',
  (kind) => {
    // Registered before the server's own hook, so the SharePoint store is there when it starts.
    let lists: { observations: ObservationStore; dispose(): Promise<void> } | null = null;
    beforeEach(async () => {
      if (kind === 'SQLite') return;
      const opened = await sharePoint.store();
      lists = { observations: opened.store.observations, dispose: opened.dispose };
    });
    afterEach(async () => {
      await lists?.dispose();
      lists = null;
    });
    const server = useTestServer(
      kind === 'SQLite'
        ? {}
        : {
            observations: () => {
              if (lists === null) throw new Error('the SharePoint store was not opened');
              return lists.observations;
            },
          },
    );

    async function file(overrides: Record<string, unknown> = {}): Promise<string> {
      server().clock.advanceHours(1);
      const res = await server().inject({
        method: 'POST',
        url: '/api/observations',
        headers: as('reporter'),
        payload: draftBody(overrides),
      });
      expect(res.statusCode).toBe(201);
      return res.json().id as string;
    }

    /** The raw bytes (the test server's inject reads text). */
    async function download(url: string, headers: Record<string, string>) {
      const { port } = server().server.server.address() as AddressInfo;
      const res = await fetch(`http://127.0.0.1:${port}${url}`, { headers });
      return {
        status: res.status,
        headers: res.headers,
        bytes: Buffer.from(await res.arrayBuffer()),
      };
    }

    const csvRows = (bytes: Buffer): string[][] =>
      bytes
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .split('\r\n')
        .filter((line) => line !== '')
        .map((line) => line.split(';'));

    it.each(['csv', 'xlsx'])('refuses a reporter, who has no board (%s)', async (extension) => {
      const res = await server().inject({
        url: `/api/observations/export.${extension}`,
        headers: as('reporter'),
      });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('forbidden');
    });

    it('sends a supervisor a CSV of their areas only, as Finnish Excel opens it', async () => {
      const adults = await file({ description: '=1+1 vuokrarästit lisääntyvät nuorilla.' });
      const children = await file({ serviceArea: 'child_welfare' });

      const res = await download('/api/observations/export.csv', as('supervisor'));

      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(res.headers.get('content-disposition')).toBe(
        'attachment; filename="rake-havainnot-2026-03-10.csv"',
      );
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect([...res.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = res.bytes.toString('utf8');
      expect(text.endsWith('\r\n')).toBe(true);
      expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      const [headings, ...rows] = csvRows(res.bytes);
      expect(headings?.slice(0, 4)).toEqual(['Tunniste', 'Jätetty', 'Ilmoittaja', 'Tila']);
      expect(headings).toHaveLength(23);
      expect(rows.map((row) => row[0])).toEqual([adults]);
      expect(text).not.toContain(children);
      expect(rows[0]?.slice(1, 5)).toEqual([
        '10.3.2026',
        'Raili Raportoija',
        'Vastaanotettu',
        'Kielteinen',
      ]);
      // The description could run as a formula: it arrives as text, behind a quote.
      expect(rows[0]?.[9]).toBe("'=1+1 vuokrarästit lisääntyvät nuorilla.");
    });

    it('applies the board’s filters and order, in the caller’s language', async () => {
      const kajaani = await file();
      const kuhmo = await file({ municipality: 'kuhmo' });
      const kuhmoLater = await file({ municipality: 'kuhmo' });

      const res = await download(
        '/api/observations/export.csv?municipality=kuhmo&sort=filed_asc',
        as('rakeMember', { 'accept-language': 'sv' }),
      );

      expect(res.status).toBe(200);
      const [headings, ...rows] = csvRows(res.bytes);
      expect(headings?.[3]).toBe('Status');
      expect(rows.map((row) => row[0])).toEqual([kuhmo, kuhmoLater]);
      expect(rows.map((row) => row[6])).toEqual(['Kuhmo', 'Kuhmo']);
      expect(res.bytes.toString('utf8')).not.toContain(kajaani);
    });

    it('refuses unknown filters, and the paging parameters of the board', async () => {
      const unknown = await server().inject({
        url: '/api/observations/export.xlsx?municipality=atlantis&colour=red',
        headers: as('supervisor'),
      });
      expect(unknown.statusCode).toBe(422);
      const paging = await server().inject({
        url: '/api/observations/export.csv?limit=10&cursor=abc',
        headers: as('supervisor'),
      });
      expect(paging.statusCode).toBe(422);
      expect(paging.json().error.fields.map((f: { field: string }) => f.field)).toEqual([
        'cursor',
        'limit',
      ]);
    });

    it('sends an Excel workbook that reads back: headings, labels, dates and neutralised text', async () => {
      const id = await file({ description: '@SUM(A1:A9) häätöuhat lisääntyvät.' });
      await file({ serviceArea: 'child_welfare' });

      const res = await download(
        '/api/observations/export.xlsx',
        as('supervisor', { 'accept-language': 'en' }),
      );

      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      expect(res.headers.get('content-disposition')).toBe(
        'attachment; filename="rake-havainnot-2026-03-10.xlsx"',
      );
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.bytes as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0]!;
      expect(sheet.name).toBe('Observations');
      expect(sheet.rowCount).toBe(2);
      expect(sheet.getCell('A1').value).toBe('Id');
      expect(sheet.getCell('A1').font?.bold).toBe(true);
      expect(sheet.getCell('N1').value).toBe('Core content of the report');
      expect(sheet.getCell('A2').value).toBe(id);
      expect(sheet.getCell('B2').value).toEqual(new Date(Date.UTC(2026, 2, 10)));
      expect(sheet.getCell('D2').value).toBe('Received');
      expect(sheet.getCell('J2').type).toBe(ExcelJS.ValueType.String);
      expect(sheet.getCell('J2').value).toBe("'@SUM(A1:A9) häätöuhat lisääntyvät.");
    });
  },
);

describe('HTTP: board export when the store fails', () => {
  let failFrom = Infinity;
  let reads = 0;
  beforeEach(() => {
    failFrom = Infinity;
    reads = 0;
  });
  /** The SQLite store, whose board claims more pages and fails from the `failFrom`th read. */
  const server = useTestServer({
    observations: (sqlite) => ({
      ...sqlite,
      listBoard: async (query) => {
        reads += 1;
        if (reads >= failFrom) throw new StorageUnavailableError('unavailable', 5);
        return { ...(await sqlite.listBoard(query)), nextCursor: 'more' };
      },
    }),
  });

  it('answers 503 with Retry-After when the first page cannot be read', async () => {
    failFrom = 1;
    const res = await server().inject({
      url: '/api/observations/export.csv',
      headers: as('supervisor'),
    });
    expect(res.statusCode).toBe(503);
    expect(res.headers['retry-after']).toBe('5');
    expect(res.json().error.code).toBe('storage_unavailable');
  });

  it.each(['csv', 'xlsx'])(
    'breaks the %s download off, never ends it as if complete, when a later page fails',
    async (extension) => {
      failFrom = 2;
      const { port } = server().server.server.address() as AddressInfo;
      const url = `http://127.0.0.1:${port}/api/observations/export.${extension}`;
      // The connection is cut: before the status line arrives or during the body.
      const whole = fetch(url, { headers: as('supervisor') }).then((res) => res.arrayBuffer());
      await expect(whole).rejects.toThrow();
    },
  );
});
