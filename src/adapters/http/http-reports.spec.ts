import JSZip from 'jszip';
import { COUNTY, draftBody, STAFF, VALID_HETU } from '../../app/testing';
import { createApiSchemas } from './openapi';
import { as, createTestServer, type TestServer } from './testing';

const schemas = createApiSchemas(COUNTY);
type Who = Parameters<typeof as>[0];

describe('HTTP: reports, their files and publication on the intranet', () => {
  let t: TestServer;

  beforeEach(async () => {
    t = await createTestServer({ notifications: 'store' });
  });
  afterEach(async () => {
    expect(t.unexpected).toEqual([]);
    await t.close();
  });

  const call = (
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    who: Who | null,
    payload?: unknown,
    headers = {},
  ) =>
    t.inject({
      method,
      url,
      headers: { ...(who === null ? {} : as(who)), ...headers },
      ...(payload === undefined ? {} : { payload }),
    });
  const file = async (who: Who, overrides = {}) => {
    const res = await call('POST', '/api/observations', who, draftBody(overrides));
    expect(res.statusCode).toBe(201);
    return res.json().id as string;
  };
  /** Twelve observations in Kajaani and two in Ristijärvi: the small cell of the county. */
  const fileYear = async () => {
    for (let i = 0; i < 12; i++) await file(i % 2 === 0 ? 'reporter' : 'colleague');
    await file('reporter', { municipality: 'ristijarvi' });
    await file('colleague', { municipality: 'ristijarvi' });
  };
  const annual = async (who: Who = 'coordinator') =>
    call('POST', '/api/reports', who, {
      kind: 'annual',
      title: 'Sosiaalinen raportti 2026',
      year: 2026,
    });
  const notified = async (kind: string) =>
    (await t.store.outbox.list('pending', 1000))
      .filter((entry) => entry.notification.kind === kind)
      .map((entry) =>
        entry.notification.recipient.kind === 'user'
          ? entry.notification.recipient.userId
          : 'channel',
      )
      .sort();

  it('drafts the annual report from the year for the RAKE group; supervisors and editors read; reporters 403', async () => {
    await fileYear();
    expect((await annual('reporter')).statusCode).toBe(403);
    expect((await annual('editor')).statusCode).toBe(403);
    expect((await annual('supervisor')).statusCode).toBe(403);
    const res = await annual();
    expect(res.statusCode).toBe(201);
    expect(res.headers.etag).toBe('"1"');
    const report = schemas.Report.parse(res.json());
    expect(report).toMatchObject({ kind: 'annual', language: 'fi', version: 1, publication: null });
    expect(report.observationIds).toHaveLength(14);
    const byMunicipality = report.figures.find(
      (f) => f.smallCountsProtected && f.rows.some((r) => r.id === 'ristijarvi'),
    );
    // The internal view keeps exact counts.
    expect(byMunicipality?.rows.find((r) => r.id === 'ristijarvi')?.count).toBe(2);
    // No reporter's name anywhere in what a report holds.
    const text = JSON.stringify(report);
    for (const who of ['reporter', 'colleague'] as const) {
      expect(text).not.toContain(STAFF[who].name);
      expect(text).not.toContain(STAFF[who].id);
    }

    for (const who of ['supervisor', 'editor', 'rakeMember', 'admin'] as const) {
      expect((await call('GET', `/api/reports/${report.id}`, who)).statusCode).toBe(200);
      const list = schemas.ReportList.parse((await call('GET', '/api/reports', who)).json());
      expect(list.items.map((r) => r.id)).toEqual([report.id]);
    }
    expect((await call('GET', '/api/reports', 'reporter')).statusCode).toBe(403);
    expect((await call('GET', `/api/reports/${report.id}`, 'reporter')).statusCode).toBe(403);
  });

  it('drafts from a compilation and from a phenomenon; an unknown source is a 422', async () => {
    const observation = await file('reporter');
    const compilation = await call('POST', '/api/compilations', 'coordinator', {
      period: '2026-Q1',
    });
    expect(compilation.statusCode).toBe(201);
    const fromCompilation = await call('POST', '/api/reports', 'rakeMember', {
      kind: 'compilation',
      title: 'Kooste Q1',
      compilationId: compilation.json().id,
      language: 'sv',
    });
    expect(fromCompilation.statusCode).toBe(201);
    expect(fromCompilation.json()).toMatchObject({ kind: 'compilation', language: 'sv' });
    expect(fromCompilation.json().observationIds).toEqual([observation]);

    const phenomenon = await call('POST', '/api/phenomena', 'coordinator', {
      title: 'Nuorten vuokravelat',
      description: 'Vuokravelat ja häätöuhat nuorilla aikuisilla.',
      forms: [],
      level: null,
    });
    expect(phenomenon.statusCode).toBe(201);
    const linked = await call(
      'PUT',
      `/api/phenomena/${phenomenon.json().id}/observations/${observation}`,
      'coordinator',
    );
    expect(linked.statusCode).toBe(204);
    const fromPhenomenon = await call('POST', '/api/reports', 'coordinator', {
      kind: 'phenomenon',
      title: 'Ilmiöraportti',
      phenomenonId: phenomenon.json().id,
    });
    expect(fromPhenomenon.statusCode).toBe(201);
    expect(fromPhenomenon.json().observationIds).toEqual([observation]);

    const unknown = await call('POST', '/api/reports', 'coordinator', {
      kind: 'phenomenon',
      title: 'Ei ole',
      phenomenonId: 'missing',
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error.field).toBe('phenomenonId');
    const noYear = await call('POST', '/api/reports', 'coordinator', {
      kind: 'annual',
      title: 'x',
    });
    expect(noYear.statusCode).toBe(422);
  });

  it('edits with If-Match, guards the text and keeps every version', async () => {
    const report = (await annual()).json();
    const url = `/api/reports/${report.id}`;
    expect((await call('PATCH', url, 'coordinator', { introduction: 'Uusi' })).statusCode).toBe(
      428,
    );
    const leaked = await call(
      'PATCH',
      url,
      'coordinator',
      { introduction: `Asiakas ${VALID_HETU} kertoi` },
      { 'if-match': '"1"' },
    );
    expect(leaked.statusCode).toBe(422);
    expect(leaked.json().error.code).toBe('personal_data');
    const edited = await call(
      'PATCH',
      url,
      'rakeMember',
      {
        introduction: 'Kainuun sosiaalinen raportti vuodelta 2026.',
        sections: [{ key: 'counts', heading: 'Havainnot', text: 'Kirjoitettu uudelleen.' }],
      },
      { 'if-match': '"1"' },
    );
    expect(edited.statusCode).toBe(200);
    expect(edited.headers.etag).toBe('"2"');
    expect(edited.json()).toMatchObject({
      introduction: 'Kainuun sosiaalinen raportti vuodelta 2026.',
      updatedByName: STAFF.rakeMember.name,
    });
    const stale = await call(
      'PATCH',
      url,
      'coordinator',
      { title: 'Vanha' },
      { 'if-match': '"1"' },
    );
    expect(stale.statusCode).toBe(412);
    expect(
      (await call('PATCH', url, 'editor', { title: 'x' }, { 'if-match': '"2"' })).statusCode,
    ).toBe(403);
    const versions = schemas.ReportVersionList.parse(
      (await call('GET', `${url}/versions`, 'editor')).json(),
    ).items;
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect(versions[0]?.introduction).toBe(report.introduction);
    expect(versions[1]?.sections).toEqual([
      { key: 'counts', heading: 'Havainnot', text: 'Kirjoitettu uudelleen.' },
    ]);
  });

  it('lets writers hand a draft over to the editors and take it back; the list carries it', async () => {
    const report = (await annual()).json();
    expect(report.handedOver).toBeNull();
    const url = `/api/reports/${report.id}`;
    const patch = (who: Who, handedOver: boolean, version: number) =>
      call('PATCH', url, who, { handedOver }, { 'if-match': `"${version}"` });
    expect((await patch('editor', true, 1)).statusCode).toBe(403);
    expect((await patch('reporter', true, 1)).statusCode).toBe(403);
    expect((await patch('supervisor', true, 1)).statusCode).toBe(403);
    expect(
      (await call('PATCH', url, 'coordinator', { handedOver: 'yes' }, { 'if-match': '"1"' }))
        .statusCode,
    ).toBe(422);
    const handed = await patch('coordinator', true, 1);
    expect(handed.statusCode).toBe(200);
    expect(handed.headers.etag).toBe('"2"');
    const handedOver = schemas.Report.parse(handed.json()).handedOver;
    expect(handedOver).toMatchObject({ by: STAFF.coordinator.id, byName: STAFF.coordinator.name });
    // The writers may still polish: an edit of the text keeps the hand-over.
    const polished = await call(
      'PATCH',
      url,
      'rakeMember',
      { introduction: 'Hiottu johdanto.' },
      { 'if-match': '"2"' },
    );
    expect(polished.json().handedOver).toEqual(handedOver);
    const list = schemas.ReportList.parse((await call('GET', '/api/reports', 'editor')).json());
    expect(list.items.find((r) => r.id === report.id)?.handedOver).toEqual(handedOver);
    const back = await patch('rakeMember', false, 3);
    expect(back.statusCode).toBe(200);
    expect(back.json().handedOver).toBeNull();
    expect((await call('GET', url, 'editor')).json().handedOver).toBeNull();
    // Not handed over, an editor may still publish: the tab asks them first.
    expect((await call('POST', `${url}/publish`, 'editor')).statusCode).toBe(200);
  });

  it('gives the Word document and the page with small counts suppressed; exact counts for writers only', async () => {
    await fileYear();
    const report = (await annual()).json();
    const docx = await call('GET', `/api/reports/${report.id}/document.docx`, 'editor');
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    expect(docx.headers['content-disposition']).toBe(
      'attachment; filename="Sosiaalinen-raportti-2026.docx"',
    );
    const zip = await JSZip.loadAsync(docx.bytes);
    const document = await zip.file('word/document.xml')?.async('string');
    expect(document).toContain('Sosiaalinen raportti 2026');
    expect(document).toContain('alle 5');
    expect(await zip.file('word/styles.xml')?.async('string')).toContain('w:val="fi-FI"');

    const page = await call('GET', `/api/reports/${report.id}/page.html`, 'supervisor');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('alle 5');
    expect(page.body).toContain('<h1');

    const exact = await call(
      'GET',
      `/api/reports/${report.id}/page.html?counts=internal`,
      'coordinator',
    );
    expect(exact.statusCode).toBe(200);
    expect(exact.body).not.toContain('alle 5');
    for (const who of ['editor', 'supervisor'] as const) {
      const refused = await call(
        'GET',
        `/api/reports/${report.id}/document.docx?counts=internal`,
        who,
      );
      expect(refused.statusCode).toBe(403);
    }
    expect((await call('GET', `/api/reports/${report.id}/page.html`, 'reporter')).statusCode).toBe(
      403,
    );
  });

  it('lets editors publish to /intranet/, republish as a new version of the same page and withdraw', async () => {
    await fileYear();
    const report = (await annual()).json();
    const publish = `/api/reports/${report.id}/publish`;
    for (const who of ['coordinator', 'rakeMember', 'supervisor', 'reporter'] as const) {
      expect((await call('POST', publish, who)).statusCode).toBe(403);
    }
    const first = await call('POST', publish, 'editor');
    expect(first.statusCode).toBe(200);
    const publication = schemas.ReportPublication.parse(first.json());
    expect(publication).toMatchObject({
      state: 'published',
      version: 2,
      publishedByName: STAFF.editor.name,
    });
    expect(publication.url).toMatch(/^\/intranet\/[a-z0-9-]+$/);

    // The intranet is open to all staff: no sign-in.
    const index = await call('GET', '/intranet/', null);
    expect(index.statusCode).toBe(200);
    expect(index.body).toContain(publication.url.replace('/intranet/', ''));
    expect(index.body).toContain('Sosiaalinen raportti 2026');
    const page = await call('GET', publication.url, null);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('alle 5');
    // The page and the app name the same version.
    expect(page.body).toContain(`versio ${publication.version}`);
    const published = (await call('GET', `/api/reports/${report.id}`, 'editor')).json();
    expect(published.version).toBe(publication.version);

    // The channel hears of it, and every reporter whose observation it rests on, once.
    expect(await notified('report_published')).toEqual(['channel']);
    expect(await notified('observation_in_report')).toEqual([
      STAFF.colleague.id,
      STAFF.reporter.id,
    ]);

    // What their observation led to says so, in "my reports" and on the observation.
    const mine = (await call('GET', '/api/observations/mine', 'colleague')).json();
    expect(mine.items[0].publications).toEqual([
      {
        reportId: report.id,
        title: 'Sosiaalinen raportti 2026',
        url: publication.url,
        publishedAt: publication.publishedAt,
      },
    ]);
    const own = (await call('GET', `/api/observations/${mine.items[0].id}`, 'colleague')).json();
    expect(own.publications).toHaveLength(1);

    // Publishing again without an edit tells nobody anything new.
    expect((await call('POST', publish, 'admin')).statusCode).toBe(200);
    expect(await notified('report_published')).toEqual(['channel']);

    const current = (await call('GET', `/api/reports/${report.id}`, 'coordinator')).json();
    const edited = await call(
      'PATCH',
      `/api/reports/${report.id}`,
      'coordinator',
      { introduction: 'Toinen versio.' },
      { 'if-match': `"${current.version}"` },
    );
    expect(edited.statusCode).toBe(200);
    const second = schemas.ReportPublication.parse((await call('POST', publish, 'editor')).json());
    expect(second.url).toBe(publication.url);
    expect(second.version).toBeGreaterThan(publication.version);
    expect((await call('GET', publication.url, null)).body).toContain('Toinen versio.');
    expect(await notified('report_published')).toEqual(['channel', 'channel']);
    // Reporters were told on the first publication only.
    expect(await notified('observation_in_report')).toHaveLength(2);

    const withdrawn = await call('DELETE', `/api/reports/${report.id}/publication`, 'editor');
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json()).toMatchObject({ state: 'withdrawn' });
    expect((await call('GET', publication.url, null)).statusCode).toBe(404);
    expect((await call('GET', '/intranet/', null)).body).not.toContain(publication.url);
    const after = (await call('GET', '/api/observations/mine', 'colleague')).json();
    expect(after.items[0].publications).toEqual([]);
    expect(
      (await call('DELETE', `/api/reports/${report.id}/publication`, 'coordinator')).statusCode,
    ).toBe(403);
  });

  it('publishes the quotations the group chose, in their own words, without a small municipality', async () => {
    await fileYear();
    // Six in Sotkamo: the cell hidden beside Ristijärvi's two, so Kajaani's twelve are shown.
    for (let i = 0; i < 6; i++) await file('colleague', { municipality: 'sotkamo' });
    const report = (await annual()).json();
    const [kajaani, ristijarvi] = await Promise.all(
      ['kajaani', 'ristijarvi'].map(async (municipality) => {
        const mine = (await call('GET', '/api/observations/mine?limit=50', 'reporter')).json();
        return mine.items.find((o: { municipality: string }) => o.municipality === municipality);
      }),
    );
    const url = `/api/reports/${report.id}`;
    const found = await call('GET', `${url}/observations?q=VUOKRA&limit=50`, 'rakeMember');
    expect(found.statusCode).toBe(200);
    const quotable = schemas.QuotableObservationList.parse(found.json()).items;
    expect(quotable.length).toBe(20);
    expect(JSON.stringify(quotable)).not.toContain(STAFF.reporter.name);
    expect(
      (await call('GET', `${url}/observations?q=ei-missään`, 'coordinator')).json().items,
    ).toEqual([]);
    expect((await call('GET', `${url}/observations`, 'editor')).statusCode).toBe(403);
    expect((await call('GET', `${url}/observations?limit=500`, 'coordinator')).statusCode).toBe(
      422,
    );
    const save = (quotations: unknown, version: number) =>
      call('PATCH', url, 'coordinator', { quotations }, { 'if-match': `"${version}"` });

    const rewritten = await save(
      [{ observationId: kajaani.id, sectionKey: 'trends', text: 'Nuorilla on vuokravelkaa.' }],
      1,
    );
    expect(rewritten.statusCode).toBe(422);
    expect(rewritten.json().error).toMatchObject({
      code: 'validation',
      field: 'quotations.0.text',
    });
    expect(rewritten.json().error.message).toContain('omin sanoin');
    const elsewhere = await save(
      [{ observationId: 'not-in-it', sectionKey: 'trends', text: 'Vuokrarästit' }],
      1,
    );
    expect(elsewhere.json().error.field).toBe('quotations.0.observationId');

    const saved = await save(
      [
        {
          observationId: kajaani.id,
          sectionKey: 'trends',
          text: 'Vuokrarästit … nuorilla aikuisilla.',
        },
        {
          observationId: ristijarvi.id,
          sectionKey: 'trends',
          text: 'Talous- ja velkaneuvonta mukaan',
        },
      ],
      1,
    );
    expect(saved.statusCode).toBe(200);
    expect(saved.json().quotations).toEqual([
      expect.objectContaining({ municipality: 'kajaani' }),
      expect.objectContaining({ municipality: 'ristijarvi' }),
    ]);

    const page = (await call('GET', `${url}/page.html`, 'editor')).body;
    expect(page).toContain(
      '<blockquote><p>Vuokrarästit … nuorilla aikuisilla.</p></blockquote><figcaption>— Kajaani</figcaption>',
    );
    expect(page).toContain(
      '<figure class="quotation"><blockquote><p>Talous- ja velkaneuvonta mukaan</p></blockquote></figure>',
    );
    const internal = (await call('GET', `${url}/page.html?counts=internal`, 'coordinator')).body;
    expect(internal).toContain('— Ristijärvi');
  });

  it('computes the indicators of a year from the data', async () => {
    await file('reporter');
    const res = await call('GET', '/api/indicators?year=2026', 'supervisor', undefined, {
      'accept-language': 'en',
    });
    expect(res.statusCode).toBe(200);
    const list = schemas.IndicatorList.parse(res.json());
    expect(list.year).toBe(2026);
    expect(list.items.map((i) => i.id)).toEqual([
      'observations_collected',
      'phenomenon_report_written',
      'working_group_met',
      'leadership_group_met',
      'products_handled',
      'communicated',
    ]);
    expect(list.items.find((i) => i.id === 'communicated')?.achieved).toBe(false);
    expect((await call('GET', '/api/indicators?year=20x6', 'supervisor')).statusCode).toBe(422);
    expect((await call('GET', '/api/indicators', 'reporter')).statusCode).toBe(403);
  });
});
