import { COUNTY, draftBody } from '../../app/testing';
import { createApiSchemas } from './openapi';
import { as, useTestServer } from './testing';

const schemas = createApiSchemas(COUNTY);

/** `;`-separated, CRLF rows, `"` quoting with `""` inside (what csv-stringify writes). */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** Issue 13, "Retention and audit": the audit log for admins and a person's own data. */
describe('HTTP: audit log and own data', () => {
  const server = useTestServer();

  async function file(who: 'reporter' | 'colleague' = 'reporter'): Promise<string> {
    const res = await server().inject({
      method: 'POST',
      url: '/api/observations',
      headers: as(who),
      payload: draftBody(),
    });
    expect(res.statusCode).toBe(201);
    return res.json().id as string;
  }

  it('answers admins only: 403 for everyone else', async () => {
    for (const who of ['reporter', 'supervisor', 'rakeMember', 'coordinator', 'editor'] as const) {
      const res = await server().inject({ url: '/api/admin/audit', headers: as(who) });
      expect(res.statusCode).toBe(403);
      const csv = await server().inject({ url: '/api/admin/audit?format=csv', headers: as(who) });
      expect(csv.statusCode).toBe(403);
    }
    const res = await server().inject({ url: '/api/admin/audit' });
    expect(res.statusCode).toBe(401);
  });

  it('lists filings and reads newest first, a page at a time', async () => {
    const id = await file();
    server().clock.advanceHours(1);
    await server().inject({ url: `/api/observations/${id}`, headers: as('supervisor') });
    // Its reporter reading it is not in the log.
    await server().inject({ url: `/api/observations/${id}`, headers: as('reporter') });

    const first = await server().inject({ url: '/api/admin/audit?limit=1', headers: as('admin') });
    expect(first.statusCode).toBe(200);
    const page = schemas.AuditPage.parse(first.json());
    expect(page.items.map((e) => [e.action, e.actorId, e.targetId])).toEqual([
      ['observation.read', 'u-supervisor', id],
    ]);
    expect(page.next).toEqual(expect.any(String));
    const second = await server().inject({
      url: `/api/admin/audit?limit=1&cursor=${encodeURIComponent(page.next ?? '')}`,
      headers: as('admin'),
    });
    expect(schemas.AuditPage.parse(second.json())).toEqual({
      items: [expect.objectContaining({ action: 'observation.filed', actorId: 'u-reporter' })],
    });
  });

  it('takes the days of the county calendar, both whole', async () => {
    // The test clock stands at 10.3.2026 10:00 Helsinki time.
    await file();
    const on = (from: string, to: string) =>
      server().inject({ url: `/api/admin/audit?from=${from}&to=${to}`, headers: as('admin') });
    expect((await on('2026-03-10', '2026-03-10')).json().items).toHaveLength(1);
    expect((await on('2026-03-11', '2026-03-31')).json().items).toHaveLength(0);
    expect((await on('2026-03-01', '2026-03-09')).json().items).toHaveLength(0);
  });

  it('refuses a bad query with the fields named (422)', async () => {
    const bad = async (query: string) => {
      const res = await server().inject({ url: `/api/admin/audit?${query}`, headers: as('admin') });
      expect(res.statusCode).toBe(422);
      return res.json().error;
    };
    expect(await bad('from=10.3.2026')).toMatchObject({ field: 'from' });
    expect(await bad('from=2026-03-10&to=2026-03-01')).toMatchObject({ field: 'to' });
    expect(await bad('limit=0')).toMatchObject({ field: 'limit' });
    expect(await bad('limit=abc')).toMatchObject({ field: 'limit' });
    expect(await bad('cursor=made-up')).toMatchObject({ field: 'cursor' });
    expect(await bad('actor=u-reporter')).toMatchObject({ field: 'actor' });
    expect(await bad('format=xml')).toMatchObject({ field: 'format' });
    expect(await bad('format=csv&limit=5')).toMatchObject({ field: 'limit' });
  });

  it('sends the range as CSV for Finnish Excel, formulas neutralised', async () => {
    // A staff name that a spreadsheet would run (names come from the directory, unchecked).
    await server().store.staff.upsert([
      {
        id: 'u-formula',
        name: '=HYPERLINK("http://evil.invalid")',
        email: null,
        title: null,
        roles: ['reporter'],
        serviceAreas: [],
      },
    ]);
    await server().inject({
      method: 'POST',
      url: '/api/observations',
      headers: {
        'x-dev-user-id': 'u-formula',
        'x-dev-user-name': encodeURIComponent('=HYPERLINK("http://evil.invalid")'),
        'x-dev-roles': 'reporter',
      },
      payload: draftBody(),
    });
    for (const ask of [
      { url: '/api/admin/audit?format=csv&from=2026-03-01&to=2026-03-31', headers: as('admin') },
      {
        url: '/api/admin/audit?from=2026-03-01&to=2026-03-31',
        headers: as('admin', { accept: 'text/csv' }),
      },
    ]) {
      const res = await server().inject(ask);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toBe(
        'attachment; filename="rake-lokitapahtumat-2026-03-01_2026-03-31.csv"',
      );
      expect(res.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      const rows = csvRows(res.bytes.subarray(3).toString('utf8'));
      expect(rows[0]).toEqual([
        'Päivä',
        'Kellonaika',
        'Tekijä',
        'Tekijän tunnus',
        'Toiminto',
        'Kohde',
        'Kohteen tunnus',
        'Lisätieto',
      ]);
      expect(rows[1]).toEqual([
        '10.3.2026',
        '10.00.00',
        `'=HYPERLINK("http://evil.invalid")`,
        'u-formula',
        'observation.filed',
        'observation',
        expect.any(String),
        'adult_social_work',
      ]);
    }
  });

  it("downloads a person's own data as a file: observations with history, messages, actions", async () => {
    const id = await file();
    await file('colleague');
    await server().inject({ url: `/api/observations/${id}`, headers: as('supervisor') });
    const res = await server().inject({ url: '/api/me/data', headers: as('reporter') });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="rake-omat-tiedot-2026-03-10.json"',
    );
    const data = schemas.OwnData.parse(res.json());
    expect(data.person).toEqual({ id: 'u-reporter', name: 'Raili Raportoija' });
    expect(data.observations.map((o) => o.id)).toEqual([id]);
    expect(data.observations[0]?.history.map((h) => h.to)).toEqual([
      { code: 'received', label: 'Vastaanotettu' },
    ]);
    expect(data.observations[0]).toMatchObject({
      yourPart: 'reporter',
      serviceArea: { code: 'adult_social_work', label: 'Aikuissosiaalityö' },
    });
    // Made for a person to read: indented, and no screen state of the tab.
    expect(res.body).toContain('\n  "person": {');
    expect(data.observations[0]).not.toHaveProperty('allowedTransitions');
    // Their own actions only: the supervisor's read is not theirs.
    expect(data.actions.map((a) => [a.action, a.targetId])).toEqual([['observation.filed', id]]);
    expect(data.messages).toEqual([]);

    // The download is recorded, and shows in the next one.
    const again = schemas.OwnData.parse(
      (await server().inject({ url: '/api/me/data', headers: as('reporter') })).json(),
    );
    expect(again.actions.map((a) => a.action)).toEqual([
      'own_data.downloaded',
      'observation.filed',
    ]);
    const unknown = await server().inject({
      url: '/api/me/data?who=u-admin',
      headers: as('reporter'),
    });
    expect(unknown.statusCode).toBe(422);
  });
});
