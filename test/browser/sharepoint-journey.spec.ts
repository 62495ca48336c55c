import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { IMAGE_WEB_PART_TYPE, INDEX_WEB_PART_ID } from '../../src/adapters/graph/intranet';
import { provisionLists } from '../../src/adapters/graph/provision';
import {
  callerOf,
  GRAPH_ORIGIN,
  graphClientForDouble,
  startGraphDouble,
  type GraphDouble,
  type ItemState,
  type PageState,
} from '../../src/adapters/graph/testing/graph-double';
import { violations } from './support/axe';
import { devApi, withRole } from './support/dev-api';
import { fillObservationForm, demoFormInput } from './support/form';
import {
  demoPeople,
  startRakeWithBrowser,
  TEST_TIMEOUT,
  type Rake,
  type StaffMember,
} from './support/rake';

jest.setTimeout(TEST_TIMEOUT);

const PREFIX = 'RAKE ';
const UNAVAILABLE_FI =
  'Tallennuspalvelu ei ole juuri nyt käytettävissä. Yritä uudelleen hetken kuluttua.';

/** Polls a condition of the Graph double's state (it changes outside the page). */
async function waitUntil(done: () => boolean, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > until) throw new Error('waited in vain');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

type Canvas = { horizontalSections: { columns: { webparts: Record<string, unknown>[] }[] }[] };
const webpartsOf = (canvas: unknown) =>
  (canvas as Canvas).horizontalSections.flatMap((s) => s.columns.flatMap((c) => c.webparts));
const htmlOf = (canvas: unknown) =>
  webpartsOf(canvas)
    .map((w) => String(w['innerHtml'] ?? ''))
    .join('');

type Report = {
  id: string;
  title: string;
  version: number;
  sections: { key: string; heading: string; text: string }[];
  publication: { slug: string; url: string; pageId: string | null; version: number } | null;
};

describe('the tab on SharePoint lists (the local Graph double)', () => {
  const siteId = `contoso.sharepoint.com,${randomUUID()},${randomUUID()}`;
  /** The intranet: another site of the same tenant, with the structural social work subpage. */
  const intranetSiteId = `contoso.sharepoint.com,${randomUUID()},${randomUUID()}`;
  const EDITORS_OWN = '<p>Rakenteellisen sosiaalityön julkaisut.</p>';
  let subpage: PageState;
  let double: GraphDouble;
  let rake: Rake;

  beforeAll(async () => {
    double = await startGraphDouble({ publicBaseUrl: GRAPH_ORIGIN, strictNonIndexedQueries: true });
    const client = graphClientForDouble(double, { retryDelaySeconds: 0 });
    const provisioned = await provisionLists(client, siteId, PREFIX);
    if (provisioned.problems.length > 0) {
      throw new Error(`Provisioning failed: ${JSON.stringify(provisioned.problems)}`);
    }
    subpage = double.state.pages.add(
      intranetSiteId,
      {
        name: 'rakenteellinen-sosiaalityo.aspx',
        title: 'Rakenteellinen sosiaalityö',
        pageLayout: 'article',
        canvasLayout: {
          horizontalSections: [
            {
              id: '1',
              layout: 'oneColumn',
              emphasis: 'none',
              columns: [
                {
                  id: '1',
                  width: 12,
                  webparts: [
                    {
                      '@odata.type': '#microsoft.graph.textWebPart',
                      id: randomUUID(),
                      innerHtml: EDITORS_OWN,
                    },
                  ],
                },
              ],
            },
          ],
        },
      },
      callerOf(undefined),
    );
    rake = await startRakeWithBrowser({
      sharePoint: {
        client,
        siteId,
        listPrefix: PREFIX,
        intranetSiteId,
        intranetPageId: subpage.id,
      },
    });
  }, TEST_TIMEOUT);

  afterAll(async () => {
    await rake?.close();
    await double?.close();
  });

  /** The items of one of the app's lists, as SharePoint holds them. */
  const itemsOf = (title: string): ItemState[] => {
    const list = double.state.findList(siteId, PREFIX + title);
    if (list === null) throw new Error(`No list ${PREFIX}${title}`);
    return [...list.items.values()];
  };

  it('files, answers and reads back through SharePoint; a throttled board says so', async () => {
    const { reporter, supervisor, serviceArea } = demoPeople(rake.identities);
    const marker = `SharePoint-testi ${Date.now()}`;
    const description = `${marker}: omaishoitajien jaksaminen heikkenee, lomitusta ei saa.`;
    const feedback = 'Kiitos, otamme tämän käsittelyyn alueen palaverissa.';
    const seeded = itemsOf('Observations').length;

    // 1. The reporter files an observation in Finnish through the form.
    const form = await rake.open(reporter.id, { view: 'new' });
    await fillObservationForm(
      form,
      demoFormInput(rake, description, {
        solutionProposal: 'Lomitus kunnan palveluna, kuten Kajaanissa.',
      }),
    );
    await form.locator('#submit-observation').click();
    await form.getByTestId('submit-success').waitFor();
    expect(await form.getByTestId('submit-success').innerText()).toContain(
      'Havainto on vastaanotettu',
    );

    // 2. It is in "my reports", with its status history.
    await form.locator('#tab-mine').click();
    const mine = form.locator('[data-testid="my-reports"] button', { hasText: marker });
    await mine.waitFor();
    expect(await mine.innerText()).toContain('Vastaanotettu');
    await mine.click();
    const detail = form.getByTestId('report-detail');
    await detail.getByTestId('timeline-entry').first().waitFor();
    const filedEntries = await detail.getByTestId('timeline-entry').allInnerTexts();
    expect(filedEntries).toHaveLength(1);
    expect(filedEntries[0]).toContain('Havainto tehty');

    // 3. The supervisor finds it on the board, moves it to review with feedback.
    const board = await rake.open(supervisor.id, { view: 'board' });
    await board.locator('#filter-q').fill(marker);
    await board.getByRole('button', { name: 'Hae', exact: true }).click();
    const item = board.locator('[data-testid="board-list"] button', { hasText: marker });
    await item.waitFor();
    expect(await violations(board)).toEqual([]);
    await item.click();
    const panel = board.getByTestId('observation-panel');
    await panel.getByTestId('detail-description').waitFor();
    expect(await panel.getByTestId('detail-description').innerText()).toBe(description);
    await panel.locator('[data-transition="in_review"]').click();
    await panel.locator('#transition-feedback').fill(feedback);
    await panel.getByTestId('transition-form').locator('button[type="submit"]').click();
    await panel.getByText('Tila vaihdettu: Käsittelyssä.').waitFor();
    expect(await violations(board)).toEqual([]);
    await board.getByRole('button', { name: 'Sulje', exact: true }).click();
    await panel.waitFor({ state: 'detached' });

    // 4. The reporter sees the new status and the feedback.
    await form.reload();
    await form.locator('#tab-mine').click();
    await mine.waitFor();
    expect(await mine.innerText()).toContain('Käsittelyssä');
    await mine.click();
    await detail.getByTestId('timeline-feedback').waitFor();
    expect(await detail.getByTestId('timeline-feedback').innerText()).toBe(feedback);
    const entries = await detail.getByTestId('timeline-entry').allInnerTexts();
    expect(entries).toHaveLength(2);
    expect(entries[1]).toContain('Vastaanotettu → Käsittelyssä');
    expect(entries[1]).toContain(supervisor.name);

    // 5. The Observations list turns away every read, more often than the Graph client
    // retries (3 retries: 4 attempts a read). A board load is two reads at once (the page and
    // its total; the answer-time median is kept without a read), sharing the faults: 8 make
    // both fail. Only that list's items: the delivery worker polls the Outbox list meanwhile.
    const observations = double.state.findList(siteId, `${PREFIX}Observations`)!;
    const FAULTS = 8;
    const refusedReads = () =>
      double.state.requestLog.filter(
        (r) =>
          r.method === 'GET' &&
          r.status === 503 &&
          r.url.includes(`/lists/${observations.id}/items?`),
      ).length;
    double.failRequests({
      method: 'GET',
      path: new RegExp(`/lists/${observations.id}/items$`),
      status: 503,
      times: FAULTS,
    });
    // Search again: the board reloads (a 503 without Retry-After: the client backs off ~7 s).
    await board.getByRole('button', { name: 'Hae', exact: true }).click();
    const alert = board.getByRole('alert').filter({ hasText: UNAVAILABLE_FI });
    await alert.waitFor();
    expect(await alert.innerText()).toContain('Tietojen lataaminen epäonnistui.');
    expect(await alert.innerText()).not.toContain('Injected');
    expect(await item.count()).toBe(0);
    expect(await board.getByRole('heading', { name: 'Käsittely' }).count()).toBe(1);
    expect(await violations(board)).toEqual([]);

    // The second read gives up in the background; once every fault is spent, a retry works.
    await waitUntil(() => refusedReads() === FAULTS);
    await alert.getByRole('button', { name: 'Yritä uudelleen' }).click();
    await item.waitFor();
    expect(await board.getByRole('alert').count()).toBe(0);

    // 6. All of it is in the SharePoint lists.
    const filed = itemsOf('Observations').filter((i) =>
      String(i.fields['Payload']).includes(marker),
    );
    expect(filed).toHaveLength(1);
    expect(itemsOf('Observations')).toHaveLength(seeded + 1);
    const fields = filed[0]!.fields;
    const id = String(fields['ObservationId']);
    expect(fields).toMatchObject({
      Status: 'in_review',
      Version: 2,
      ReporterId: reporter.id,
      // Kainuu routes by service area: nobody is named, the area's supervisors answer.
      SupervisorId: '',
      ServiceArea: serviceArea,
    });
    expect(JSON.parse(String(fields['Payload']))).toMatchObject({ id, description });

    const history = itemsOf('History')
      .filter((i) => i.fields['ObservationId'] === id)
      .map((i) => JSON.parse(String(i.fields['Payload'])) as Record<string, unknown>);
    expect(history).toEqual([
      expect.objectContaining({ from: null, to: 'received', actorId: reporter.id }),
      expect.objectContaining({
        from: 'received',
        to: 'in_review',
        actorId: supervisor.id,
        feedback,
      }),
    ]);

    const outbox = itemsOf('Outbox')
      .filter((i) => String(i.fields['Payload']).includes(id))
      .map((i) => [i.fields['Kind'], i.fields['Recipient']]);
    expect(outbox).toEqual(
      expect.arrayContaining([
        ['new_observation', `user:${supervisor.id}`],
        ['status_changed', `user:${reporter.id}`],
      ]),
    );
    expect(outbox).toHaveLength(2);
  });

  it("publishes the demo's social report to the intranet site's pages as an editor, and republishes it", async () => {
    const YEAR = new Date().getFullYear();
    const TITLE = `Sosiaalinen raportti ${YEAR}`;
    const editor = withRole(rake, 'editor');
    const coordinator = withRole(rake, 'rake_coordinator');
    /** The API as someone (dev headers), for what another person does meanwhile. */
    const api = <T>(
      who: StaffMember,
      method: string,
      path: string,
      body?: unknown,
      ifMatch?: string,
    ) => devApi<T>(rake, who, method, path, body, ifMatch);
    const { body: listed } = await api<{ items: Report[] }>(editor, 'GET', '/reports');
    const draft = listed.items.find((r) => r.title === TITLE);
    expect(draft?.publication).toBeNull();
    const reportId = draft!.id;

    /** The editor publishes from the tab's reports, and reads where the page went. */
    const publishInTab = async (button: string): Promise<{ page: Page; href: string }> => {
      const page = await rake.open(editor.id, { view: 'workspace' });
      const tab = page.locator('#ws-tab-reports');
      if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
      await page.getByTestId('report-list').locator(`[data-item-id="${reportId}"]`).click();
      await page.getByTestId('report-detail').waitFor();
      await page.getByRole('button', { name: button }).click();
      const confirm = page.getByTestId('report-confirm');
      await confirm.waitFor();
      await confirm.getByRole('button', { name: 'Julkaise', exact: true }).click();
      const outcome = page
        .getByRole('status')
        .filter({ hasText: /^Raportti julkaistiin intranetiin \(versio \d+, / });
      await outcome.waitFor();
      const href = await outcome.getByRole('link', { name: 'Avaa sivu' }).getAttribute('href');
      return { page, href: href ?? '' };
    };
    const reportPages = () =>
      double.state.pages.ofSite(intranetSiteId).filter((p) => p !== subpage);
    const assets = () => {
      const drive = double.state.drives
        .ofSite(intranetSiteId)
        .find((d) => d.name === 'Site Assets');
      return [...(drive?.files.values() ?? [])];
    };
    const channelNotes = () =>
      itemsOf('Outbox')
        .filter((i) => i.fields['Kind'] === 'report_published')
        .map((i) => ({
          recipient: i.fields['Recipient'],
          data: (JSON.parse(String(i.fields['Payload'])) as { data: Record<string, unknown> }).data,
        }))
        .filter((n) => n.data['reportId'] === reportId);

    // 1. The editor publishes the coordinator's draft: a page of its own on the intranet site.
    const first = await publishInTab('Julkaise intranetiin');
    const { body: published } = await api<Report>(editor, 'GET', `/reports/${reportId}`);
    expect(published.publication).not.toBeNull();
    const [page] = reportPages();
    expect(reportPages()).toHaveLength(1);
    expect(page!.name).toBe(`${published.publication!.slug}.aspx`);
    expect(published.publication!.pageId).toBe(page!.id);
    expect(published.publication!.url).toBe(page!.webUrl);
    expect(first.href).toBe(page!.webUrl);
    expect(page!.level).toBe('published');
    expect(page!.published).toMatchObject({ versionId: '1.0', title: TITLE });
    // axe once, on the reports view in SharePoint mode with the page's link.
    expect(await violations(first.page)).toEqual([]);
    await first.page.context().close();

    // Its text (the title is the page's): every section's heading; the demo's small cells by
    // service area, municipality and target group as "alle 5", none exact; nobody's name.
    const html = htmlOf(page!.published!.canvasLayout);
    expect(published.sections.length).toBeGreaterThan(0);
    for (const section of published.sections) expect(html).toContain(`<h2>${section.heading}</h2>`);
    expect(html).toContain('<td>alle 5</td>');
    const guarded = html.match(
      /<table><thead><tr><th>(Palvelualue|Kunta|Kohderyhmä)<\/th>.*?<\/table>/g,
    );
    expect(guarded?.length).toBeGreaterThanOrEqual(3);
    for (const table of guarded!) expect(table).not.toMatch(/<td>[1-4]<\/td>/);
    for (const person of rake.identities) expect(html).not.toContain(person.name);

    // Its charts: uploaded to the site's assets, each shown by an image web part.
    const files = assets();
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      expect(file.path.startsWith(`RAKE/${published.publication!.slug}/`)).toBe(true);
      expect(file.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    }
    const images = webpartsOf(page!.published!.canvasLayout).filter(
      (w) => w['webPartType'] === IMAGE_WEB_PART_TYPE,
    );
    expect(
      images.map((w) => (w['data'] as { properties: { uniqueid: string } }).properties.uniqueid),
    ).toEqual(files.map((f) => f.uniqueId));

    // The subpage's index links it; what its editors wrote there stays.
    const indexHtml = htmlOf(subpage.published?.canvasLayout ?? { horizontalSections: [] });
    expect(indexHtml).toContain(EDITORS_OWN);
    expect(indexHtml).toContain(`<a href="${page!.webUrl}">${TITLE}</a>`);
    expect(
      webpartsOf(subpage.published!.canvasLayout).filter((w) => w['id'] === INDEX_WEB_PART_ID),
    ).toHaveLength(1);

    // The RAKE channel is told, in the Outbox list.
    await waitUntil(() => channelNotes().length === 1);
    expect(channelNotes()).toEqual([
      {
        recipient: 'rake_channel',
        data: expect.objectContaining({
          url: page!.webUrl,
          version: published.publication!.version,
          republished: false,
        }),
      },
    ]);

    // 2. The coordinator edits the report; the editor publishes it again: the same page.
    const edited = 'Raporttia täydennettiin julkaisun jälkeen SharePointissa.';
    const { etag } = await api<Report>(coordinator, 'GET', `/reports/${reportId}`);
    const patch = await api(
      coordinator,
      'PATCH',
      `/reports/${reportId}`,
      { introduction: edited },
      etag!,
    );
    expect(patch.status).toBe(200);
    const second = await publishInTab('Julkaise uusi versio');
    await second.page.context().close();
    const { body: republished } = await api<Report>(editor, 'GET', `/reports/${reportId}`);
    expect(republished.publication!.pageId).toBe(page!.id);
    expect(republished.publication!.version).toBeGreaterThan(published.publication!.version);
    expect(reportPages()).toEqual([page]);
    expect(page!.published?.versionId).toBe('2.0');
    expect(htmlOf(page!.published!.canvasLayout)).toContain(edited);
    // The charts were replaced, not added to.
    expect(assets().map((f) => f.uniqueId)).toEqual(files.map((f) => f.uniqueId));
    expect(htmlOf(subpage.published!.canvasLayout).match(/<li>/g)).toHaveLength(1);
    await waitUntil(() => channelNotes().length === 2);
    expect(channelNotes()[1]).toMatchObject({
      recipient: 'rake_channel',
      data: { version: republished.publication!.version, republished: true },
    });
  });
});
