import type { ReportPublication } from '../../../domain/report/report';
import {
  IntranetPublishError,
  type IntranetPage,
  type IntranetPublisherActor,
} from '../../../ports/intranet-publisher';
import { createGraphClient } from '../graph-client';
import {
  delegatedTestToken,
  GRAPH_ORIGIN,
  LoopbackMiddleware,
  startGraphDouble,
  type GraphDouble,
} from '../testing/graph-double';
import { figureFixture, pngFixture, reportFixture } from './fixtures';
import {
  createSharePointIntranetPublisher,
  INDEX_WEB_PART_ID,
  type IntranetIndexEntry,
  type SharePointIntranetOptions,
} from './index';

const SITE =
  'kainuu.sharepoint.com,11111111-1111-4111-8111-111111111111,22222222-2222-4222-8222-222222222222';
const EDITOR: IntranetPublisherActor = {
  staffId: 's-eeva',
  name: 'Eeva Editori',
  userToken: 'teams-sso',
};
const page = (overrides: Partial<IntranetPage> = {}): IntranetPage => ({
  slug: 'sosiaalinen-raportti-2026',
  report: reportFixture(),
  summary: 'Vuoden havainnot, ilmiöt ja ehdotukset.',
  publishedAt: '2026-11-30T10:00:00.000Z',
  ...overrides,
});
const publicationOf = (
  outcome: { url: string; pageId: string | null },
  slug = 'sosiaalinen-raportti-2026',
): ReportPublication => ({
  slug,
  url: outcome.url,
  pageId: outcome.pageId,
  version: 3,
  publishedAt: '2026-11-30T10:00:00.000Z',
  publishedBy: EDITOR.staffId,
  publishedByName: EDITOR.name,
  state: 'published',
  withdrawnAt: null,
});

type Canvas = { horizontalSections: { columns: { webparts: Record<string, unknown>[] }[] }[] };
const webparts = (canvas: unknown) =>
  (canvas as Canvas).horizontalSections.flatMap((s) => s.columns.flatMap((c) => c.webparts));
const allHtml = (canvas: unknown) =>
  webparts(canvas)
    .map((w) => w['innerHtml'] ?? '')
    .join('');

describe('the intranet on SharePoint (Graph sitePage API, on the Graph double)', () => {
  let graph: GraphDouble;
  let record: IntranetIndexEntry[];
  const sleeps: number[] = [];

  beforeEach(async () => {
    graph = await startGraphDouble({ publicBaseUrl: GRAPH_ORIGIN, sites: [SITE] });
    record = [];
    sleeps.length = 0;
  });
  afterEach(() => graph.close());

  function publisher(overrides: Partial<SharePointIntranetOptions> = {}) {
    return createSharePointIntranetPublisher({
      siteId: SITE,
      subpageId: null,
      publications: () => Promise.resolve(record),
      // What delegatedGraphFor makes, with a token naming the editor as Entra would.
      graphFor: (actor) =>
        Promise.resolve(
          createGraphClient({
            getAccessToken: () =>
              Promise.resolve(delegatedTestToken({ name: actor.name, upn: 'eeva@kainuu.fi' })),
            maxRetries: 1,
            retryDelaySeconds: 0,
            transport: new LoopbackMiddleware(graph.url),
          }),
        ),
      chartPng: (figure) => Promise.resolve(pngFixture(figure.key.length * 10, 300)),
      retry: { sleep: (ms) => Promise.resolve(void sleeps.push(ms)) },
      ...overrides,
    });
  }

  const pagesOnSite = () => graph.state.pages.ofSite(SITE);
  const publishRequests = () =>
    graph.state.requestLog.filter((r) => r.method === 'POST' && r.url.endsWith('/publish'));

  it('creates the page as the editor, with its charts from Site Assets, and publishes it', async () => {
    const outcome = await publisher().publish(page(), null, EDITOR);

    const [created] = pagesOnSite();
    expect(created).toBeDefined();
    expect(outcome).toEqual({ url: created?.webUrl, pageId: created?.id, state: 'published' });
    expect(created?.name).toBe('sosiaalinen-raportti-2026.aspx');
    expect(created?.createdBy.displayName).toBe('Eeva Editori');
    expect(created?.published).toMatchObject({
      versionId: '1.0',
      title: 'Sosiaalinen raportti 2026',
    });

    const assets = graph.state.drives.ofSite(SITE).find((d) => d.name === 'Site Assets');
    const files = [...(assets?.files.values() ?? [])];
    expect(files.map((f) => f.path)).toEqual([
      'RAKE/sosiaalinen-raportti-2026/by-municipality.png',
      'RAKE/sosiaalinen-raportti-2026/by-area.png',
    ]);
    const images = webparts(created?.published?.canvasLayout).filter((w) => 'webPartType' in w);
    expect(images.map((w) => (w['data'] as { properties: unknown }).properties)).toMatchObject([
      { uniqueid: files[0]?.uniqueId, altText: figureFixture().description, imgWidth: 150 },
      { uniqueid: files[1]?.uniqueId },
    ]);
    expect(allHtml(created?.published?.canvasLayout)).toContain(
      '<td>Ristijärvi</td><td>alle 5</td>',
    );
  });

  it('publishes through the eTag mismatch SharePoint answers right after a create, backing off', async () => {
    graph.state.pages.configure({ publishMismatchesAfterCreate: 3, publishMismatchStatus: 412 });
    const outcome = await publisher().publish(page(), null, EDITOR);
    expect(outcome.state).toBe('published');
    expect(publishRequests().map((r) => r.status)).toEqual([412, 412, 412, 204]);
    expect(sleeps).toEqual([500, 1000, 2000]);
  });

  it('gives up as unavailable when the mismatch does not pass', async () => {
    graph.state.pages.configure({ publishMismatchesAfterCreate: 10 });
    const publishing = publisher({
      retry: { attempts: 2, sleep: () => Promise.resolve() },
    }).publish(page(), null, EDITOR);
    await expect(publishing).rejects.toMatchObject({
      name: 'IntranetPublishError',
      reason: 'unavailable',
    });
  });

  it('republishes as a new version of the same page', async () => {
    const intranet = publisher();
    const first = await intranet.publish(page(), null, EDITOR);
    const edited = reportFixture({
      title: 'Sosiaalinen raportti 2026 (korjattu)',
      introduction: ['Korjattu.'],
    });
    const second = await intranet.publish(page({ report: edited }), publicationOf(first), EDITOR);

    expect(second).toEqual(first);
    expect(pagesOnSite()).toHaveLength(1);
    const published = pagesOnSite()[0]?.published;
    expect(published).toMatchObject({
      versionId: '2.0',
      title: 'Sosiaalinen raportti 2026 (korjattu)',
    });
    expect(allHtml(published?.canvasLayout)).toContain('<p>Korjattu.</p>');
    const assets = graph.state.drives.ofSite(SITE).find((d) => d.name === 'Site Assets');
    expect(assets?.files.size).toBe(2);
  });

  it('makes the page anew when it was deleted on SharePoint', async () => {
    const intranet = publisher();
    const first = await intranet.publish(page(), null, EDITOR);
    graph.state.pages.remove(pagesOnSite()[0]!);
    const again = await intranet.publish(page(), publicationOf(first), EDITOR);
    expect(again.pageId).not.toBe(first.pageId);
    expect(pagesOnSite().map((p) => p.id)).toEqual([again.pageId]);
  });

  it('says the page awaits approval when the site has page approval on', async () => {
    graph.state.pages.configure({ approvalRequired: true });
    const outcome = await publisher().publish(page(), null, EDITOR);
    expect(outcome.state).toBe('awaiting_approval');
    expect(pagesOnSite()[0]?.published).toBeNull();
  });

  it('withdraws: deletes the page and its charts', async () => {
    const intranet = publisher();
    const outcome = await intranet.publish(page(), null, EDITOR);
    await intranet.withdraw(publicationOf(outcome), EDITOR);
    expect(pagesOnSite()).toEqual([]);
    const assets = graph.state.drives.ofSite(SITE).find((d) => d.name === 'Site Assets');
    expect(assets?.files.size).toBe(0);
    // Withdrawing again finds nothing to delete, and that is fine.
    await intranet.withdraw(publicationOf(outcome), EDITOR);
  });

  it('keeps the subpage index newest first, beside what the editors wrote there', async () => {
    const subpage = graph.state.pages.add(
      SITE,
      {
        name: 'rakenteellinen-sosiaalityo.aspx',
        title: 'Rakenteellinen sosiaalityö',
        pageLayout: 'article',
        canvasLayout: {
          horizontalSections: [
            {
              id: '1',
              layout: 'oneColumn',
              columns: [
                { id: '1', width: 12, webparts: [{ id: 'own', innerHtml: '<p>Tervetuloa</p>' }] },
              ],
            },
          ],
        },
      },
      { delegated: true, displayName: 'Intranet Admin', email: null },
    );
    const intranet = publisher({ subpageId: subpage.id });
    record = [
      {
        slug: 'koonti-q3',
        title: 'Koonti Q3',
        url: 'https://kainuu.sharepoint.com/SitePages/koonti-q3.aspx',
        summary: null,
        publishedAt: '2026-10-01T09:00:00.000Z',
      },
    ];
    const outcome = await intranet.publish(page(), null, EDITOR);

    const index = () => {
      const parts = webparts(graph.state.pages.find(SITE, subpage.id)?.published?.canvasLayout);
      return parts.map((w) => [w['id'], w['innerHtml']]);
    };
    expect(index()).toEqual([
      ['own', '<p>Tervetuloa</p>'],
      [
        INDEX_WEB_PART_ID,
        `<ul><li><a href="${outcome.url}">Sosiaalinen raportti 2026</a> (30.11.2026): ` +
          'Vuoden havainnot, ilmiöt ja ehdotukset.</li>' +
          '<li><a href="https://kainuu.sharepoint.com/SitePages/koonti-q3.aspx">Koonti Q3</a> (1.10.2026)</li></ul>',
      ],
    ]);

    record = [...record, { ...record[0]!, slug: 'sosiaalinen-raportti-2026', url: outcome.url }];
    await intranet.withdraw(publicationOf(outcome), EDITOR);
    expect(index()[1]?.[1]).toBe(
      '<ul><li><a href="https://kainuu.sharepoint.com/SitePages/koonti-q3.aspx">Koonti Q3</a> (1.10.2026)</li></ul>',
    );
  });

  it('answers forbidden when SharePoint refuses the editor', async () => {
    graph.failRequests({ method: 'POST', path: /\/pages$/, status: 403 });
    const publishing = publisher().publish(page(), null, EDITOR);
    await expect(publishing).rejects.toBeInstanceOf(IntranetPublishError);
    await expect(publishing).rejects.toMatchObject({ reason: 'forbidden' });
    expect(pagesOnSite()).toEqual([]);
  });

  it('answers unavailable when SharePoint stays down past the retries', async () => {
    graph.failRequests({
      method: 'POST',
      path: /\/pages$/,
      status: 503,
      retryAfterSeconds: 0,
      times: 5,
    });
    await expect(publisher().publish(page(), null, EDITOR)).rejects.toMatchObject({
      reason: 'unavailable',
    });
  });

  it('answers not configured for a site that is not there', async () => {
    const elsewhere = publisher({ siteId: 'kainuu.sharepoint.com,no,such' });
    await expect(elsewhere.publish(page(), null, EDITOR)).rejects.toMatchObject({
      reason: 'not_configured',
    });
  });

  it('passes on what graphFor refused with, untouched', async () => {
    const refusal = new IntranetPublishError('forbidden', 'consent missing');
    const intranet = publisher({ graphFor: () => Promise.reject(refusal) });
    await expect(intranet.publish(page(), null, EDITOR)).rejects.toBe(refusal);
    await expect(intranet.withdraw(publicationOf({ url: 'u', pageId: 'p' }), EDITOR)).rejects.toBe(
      refusal,
    );
  });
});
