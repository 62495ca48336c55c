import { delegatedTestToken, startGraphDouble, type GraphDouble } from './index';
import { client, errorOf } from './test-client';

const SITE =
  'contoso.sharepoint.com,11111111-1111-4111-8111-111111111111,22222222-2222-4222-8222-222222222222';
const PAGES = `/sites/${SITE}/pages`;
const EDITOR = {
  Authorization: `Bearer ${delegatedTestToken({ name: 'Eeva Editori', upn: 'eeva@kainuu.fi' })}`,
};

const text = (innerHtml: string) => ({
  '@odata.type': '#microsoft.graph.textWebPart',
  id: 'a3f1c2d4-0000-4000-8000-000000000001',
  innerHtml,
});
const layoutOf = (...webparts: unknown[]) => ({
  horizontalSections: [
    { id: '1', layout: 'oneColumn', columns: [{ id: '1', width: 12, webparts }] },
  ],
});
const newPage = (overrides: Record<string, unknown> = {}) => ({
  '@odata.type': '#microsoft.graph.sitePage',
  name: 'vuosiraportti-2026.aspx',
  title: 'Sosiaalinen raportti 2026',
  pageLayout: 'article',
  canvasLayout: layoutOf(text('<p>Hei</p>')),
  ...overrides,
});

type Page = {
  id: string;
  eTag: string;
  webUrl: string;
  publishingState: { level: string; versionId: string };
  createdBy: { user: { displayName: string; email?: string } };
  lastModifiedBy: { user: { displayName: string } };
  canvasLayout?: { horizontalSections: { columns: { webparts: { innerHtml?: string }[] }[] }[] };
};
const firstHtml = (page: Page) =>
  page.canvasLayout?.horizontalSections[0]?.columns[0]?.webparts[0]?.innerHtml;

describe('graph double: site pages', () => {
  let double: GraphDouble;
  let api: ReturnType<typeof client>;
  beforeEach(async () => {
    double = await startGraphDouble();
    api = client(double);
  });
  afterEach(() => double.close());

  async function created(body = newPage()): Promise<Page> {
    const reply = await api.post(PAGES, body, EDITOR);
    expect(reply.status).toBe(201);
    return reply.body as unknown as Page;
  }

  // sitePage create (v1.0), note 1: "the @odata.type=#microsoft.graph.sitePage must be included".
  it('refuses a canvasLayout without the sitePage type, with Graph message', async () => {
    const { ['@odata.type']: _type, ...untyped } = newPage();
    const reply = await api.post(PAGES, untyped);
    expect(reply.status).toBe(400);
    expect(errorOf(reply).message).toBe(
      "Could not find a property named 'canvasLayout' on type 'microsoft.graph.baseSitePage'.",
    );
    expect(double.state.pages.ofSite(SITE)).toEqual([]);
  });

  it.each([
    ['a name that is not an .aspx file', { name: 'raportti' }],
    ['a name with a colon', { name: 'a:b.aspx' }],
    ['an empty title', { title: ' ' }],
    ['an unknown page layout', { pageLayout: 'magazine' }],
    [
      'an unknown section layout',
      { canvasLayout: { horizontalSections: [{ layout: 'fourColumns', columns: [{}] }] } },
    ],
    [
      'columns wider than 12',
      {
        canvasLayout: {
          horizontalSections: [{ layout: 'twoColumns', columns: [{ width: 8 }, { width: 8 }] }],
        },
      },
    ],
    [
      'an unsupported web part',
      { canvasLayout: layoutOf({ webPartType: '8c88f208-6c77-4bdb-86a0-0c47b4316588', data: {} }) },
    ],
  ])('refuses %s', async (_what, overrides) => {
    const reply = await api.post(PAGES, newPage(overrides));
    expect(reply.status).toBe(400);
  });

  it('refuses a second page of the same name', async () => {
    await created();
    expect((await api.post(PAGES, newPage())).status).toBe(409);
  });

  it('keeps of the text only the markup SharePoint keeps', async () => {
    const html =
      '<h1>Otsikko</h1><p style="color:red" onclick="x()">Teksti <b>lihava</b> <strong>vahva</strong>' +
      '<script>alert(1)</script><img src="x.png"> <a href="javascript:alert(1)">a</a> ' +
      '<a href="https://kainuu.fi" target="_blank">b</a></p><table><tr><th>Kunta</th></tr></table>';
    const page = await created(newPage({ canvasLayout: layoutOf(text(html)) }));
    const read = await api.get(`${PAGES}/${page.id}/microsoft.graph.sitePage?$expand=canvasLayout`);
    expect(firstHtml(read.body as unknown as Page)).toBe(
      'Otsikko<p>Teksti lihava <strong>vahva</strong> <a>a</a> ' +
        '<a href="https://kainuu.fi">b</a></p><table><tr><th>Kunta</th></tr></table>',
    );
  });

  it('creates a checked-out draft whose author is the user of a delegated token', async () => {
    const page = await created();
    expect(page.publishingState).toEqual({
      level: 'checkout',
      versionId: '0.1',
      checkedOutBy: { user: { displayName: 'Eeva Editori', email: 'eeva@kainuu.fi' } },
    });
    expect(page.createdBy.user).toEqual({ displayName: 'Eeva Editori', email: 'eeva@kainuu.fi' });
    expect(page.webUrl).toBe('https://contoso.sharepoint.com/SitePages/vuosiraportti-2026.aspx');
    expect(page.eTag).toMatch(/^"\{[0-9A-F-]{36}\},1"$/);
    expect(page.canvasLayout).toBeUndefined();
  });

  it('records an app-only token as SharePoint App', async () => {
    const reply = await api.post(PAGES, newPage());
    expect((reply.body as unknown as Page).createdBy.user.displayName).toBe('SharePoint App');
  });

  it('answers the page without OData metadata when asked, fit to send back', async () => {
    const page = await created();
    const read = await api.get(
      `${PAGES}/${page.id}/microsoft.graph.sitePage?$expand=canvasLayout`,
      {
        Accept: 'application/json;odata.metadata=none',
      },
    );
    expect(JSON.stringify(read.body)).not.toContain('@odata');
    expect(firstHtml(read.body as unknown as Page)).toBe('<p>Hei</p>');
  });

  it('updates the whole layout with PATCH, refusing a stale If-Match', async () => {
    const page = await created();
    const path = `${PAGES}/${page.id}/microsoft.graph.sitePage`;
    const stale = await api.patch(path, newPage({ canvasLayout: layoutOf() }), {
      'If-Match': '"{X},0"',
    });
    expect(stale.status).toBe(412);

    const body = {
      '@odata.type': '#microsoft.graph.sitePage',
      title: 'Uusi',
      canvasLayout: layoutOf(text('<p>Uusi</p>')),
    };
    const updated = await api.patch(path, body, { ...EDITOR, 'If-Match': page.eTag });
    expect(updated.status).toBe(200);
    const after = (await api.get(`${path}?$expand=canvasLayout`)).body as unknown as Page;
    expect(firstHtml(after)).toBe('<p>Uusi</p>');
    expect(after.eTag).not.toBe(page.eTag);
    expect(after.publishingState.versionId).toBe('0.2');

    const { ['@odata.type']: _t, ...untyped } = body;
    expect((await api.patch(path, untyped)).status).toBe(400);
  });

  it('answers the first publish after a create with an eTag mismatch, then publishes version 1.0', async () => {
    const page = await created();
    const publish = `${PAGES}/${page.id}/microsoft.graph.sitePage/publish`;
    const first = await api.post(publish, undefined);
    expect(first.status).toBe(409);
    expect(errorOf(first)).toMatchObject({
      code: 'resourceModified',
      message: 'The resource has changed since the caller last read it; usually an eTag mismatch',
    });
    expect((await api.post(publish, undefined)).status).toBe(204);
    const read = (await api.get(`${PAGES}/${page.id}`)).body as unknown as Page;
    expect(read.publishingState).toEqual({ level: 'published', versionId: '1.0' });
    expect(double.state.pages.find(SITE, page.id)?.published?.title).toBe(
      'Sosiaalinen raportti 2026',
    );
  });

  it('with page approval on, a published page waits for the approver', async () => {
    double.state.pages.configure({ approvalRequired: true, publishMismatchesAfterCreate: 0 });
    const page = await created();
    expect(
      (await api.post(`${PAGES}/${page.id}/microsoft.graph.sitePage/publish`, undefined)).status,
    ).toBe(204);
    const waiting = (await api.get(`${PAGES}/${page.id}`)).body as unknown as Page;
    expect(waiting.publishingState).toEqual({ level: 'draft', versionId: '0.2' });
    expect(double.state.pages.find(SITE, page.id)?.published).toBeNull();

    double.state.pages.approve(SITE, page.id);
    const approved = (await api.get(`${PAGES}/${page.id}`)).body as unknown as Page;
    expect(approved.publishingState).toEqual({ level: 'published', versionId: '1.0' });
  });

  it('deletes a page', async () => {
    const page = await created();
    expect((await api.delete(`${PAGES}/${page.id}`)).status).toBe(204);
    expect((await api.get(`${PAGES}/${page.id}`)).status).toBe(404);
    expect((await api.delete(`${PAGES}/${page.id}`)).status).toBe(404);
  });
});
