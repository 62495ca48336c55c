import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { deepLinkedUrl } from '../../tab/src/shell/deep-link';
import { violations } from './support/axe';
import { makeIdentityCode } from './support/identity-code';
import { focused, focusSettled, sidewaysScroll } from './support/page-state';
import { startRakeWithBrowser, TEST_TIMEOUT, type Rake, type StaffMember } from './support/rake';
import { devApi, withRole as withRoleIn } from './support/dev-api';

jest.setTimeout(TEST_TIMEOUT * 4);

type Publication = { url: string; version: number; state: string };
type Report = {
  id: string;
  title: string;
  version: number;
  introduction: string;
  sections: { key: string; heading: string; text: string }[];
  publication: Publication | null;
};

const YEAR = new Date().getFullYear();
const TITLE = `Sosiaalinen raportti ${YEAR}`;
const INTRODUCTION = 'Kainuun RAKE-työryhmä kokosi vuoden havainnot johdolle ja henkilöstölle.';

/**
 * Issue 12, "Reports and publishing": the coordinator drafts the year's social report and
 * rewrites its introduction; the editor, new to the tab, finds the draft, reads it as Word,
 * publishes it to the intranet subpage, and republishes it after the coordinator's next edit
 * (same page, a new version); axe in Finnish, Swedish and English, at 420 px, and on the
 * intranet's pages; publishing once by keyboard alone.
 */
describe('reports, from a draft to the intranet subpage', () => {
  let rake: Rake;
  /** The report the journey makes (set by the first test). */
  let reportId = '';

  beforeAll(async () => {
    rake = await startRakeWithBrowser();
  }, TEST_TIMEOUT);

  afterAll(async () => {
    await rake?.close();
  });

  const withRole = (role: string): StaffMember => withRoleIn(rake, role);
  const coordinator = () => withRole('rake_coordinator');
  const editor = () => withRole('editor');

  const api = <T>(
    who: StaffMember,
    method: string,
    path: string,
    body?: unknown,
    ifMatch?: string,
  ) => devApi<T>(rake, who, method, path, body, ifMatch);

  async function openReports(
    who: StaffMember,
    options: { lang?: 'fi' | 'sv' | 'en'; width?: number } = {},
  ): Promise<Page> {
    const page = await rake.open(who.id, { lang: options.lang ?? 'fi', view: 'workspace' });
    await page.setViewportSize({ width: options.width ?? 1280, height: 900 });
    const tab = page.locator('#ws-tab-reports');
    if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
    await page
      .locator('[data-testid="report-list"], [data-testid="report-none"]')
      .first()
      .waitFor();
    return page;
  }

  async function openReport(page: Page, id: string) {
    await page.getByTestId('report-list').locator(`[data-item-id="${id}"]`).click();
    await page.getByTestId('report-detail').waitFor();
  }

  const statusSaying = (page: Page, text: string | RegExp) =>
    page.getByRole('status').filter({ hasText: text });

  it('lets the coordinator draft the annual report and rewrite its introduction', async () => {
    const { body: earlier } = await api<{ items: Report[] }>(coordinator(), 'GET', '/reports');
    const page = await openReports(coordinator());
    await page.getByRole('button', { name: 'Uusi raportti' }).click();
    const form = page.getByTestId('report-new-form');
    await form.waitFor();
    // An annual report of this year by default, its title written for it.
    expect(await page.locator('#report-new-year').inputValue()).toBe(String(YEAR));
    expect(await page.locator('#report-new-title').inputValue()).toBe(TITLE);
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Tee raportti' }).click();

    await page.getByTestId('report-detail').waitFor();
    expect((await focusSettled(page, { id: 'report-heading' })).id).toBe('report-heading');
    expect(await page.locator('#report-heading').innerText()).toBe(TITLE);
    expect(await page.getByTestId('report-state').innerText()).toContain('Luonnos');
    const { body: list } = await api<{ items: Report[] }>(coordinator(), 'GET', '/reports');
    const made = list.items.find((r) => !earlier.items.some((e) => e.id === r.id));
    expect(made).toBeDefined();
    reportId = made!.id;

    // An identity code is refused at its field; the text stays for the writer to mend.
    const section = page.locator('#report-section-0-text');
    const written = await section.inputValue();
    const code = makeIdentityCode(13, 10, 1952, 308);
    await section.fill(`${written}\n\nAsiakas ${code} kertoi asiasta.`);
    await page.getByRole('button', { name: 'Tallenna muutokset' }).click();
    expect((await focusSettled(page, { id: 'report-section-0-text' })).id).toBe(
      'report-section-0-text',
    );
    expect(await section.inputValue()).toContain(code);
    await section.fill(written);

    // Someone else saved meanwhile: the view says so, reloads, and keeps what was typed.
    const { etag } = await api<Report>(coordinator(), 'GET', `/reports/${reportId}`);
    const other = await api<Report>(
      coordinator(),
      'PATCH',
      `/reports/${reportId}`,
      { title: `${TITLE} (luonnos)` },
      etag!,
    );
    expect(other.status).toBe(200);
    await page.locator('#report-introduction').fill(INTRODUCTION);
    await page.getByRole('button', { name: 'Tallenna muutokset' }).click();
    await statusSaying(page, 'Joku muu muutti tätä sillä välin').waitFor();
    expect(await page.locator('#report-introduction').inputValue()).toBe(INTRODUCTION);
    // The title this writer left alone shows the other's edit; it is put back here.
    expect(await page.locator('#report-title').inputValue()).toBe(`${TITLE} (luonnos)`);
    await page.locator('#report-title').fill(TITLE);
    await page.getByRole('button', { name: 'Tallenna muutokset' }).click();
    await statusSaying(page, /^Tallennettu, versio \d+\.$/).waitFor();
    expect((await focused(page)).text).toBe('Tallenna muutokset');

    const { body: saved } = await api<Report>(coordinator(), 'GET', `/reports/${reportId}`);
    expect(saved.introduction).toBe(INTRODUCTION);
    expect(saved.title).toBe(TITLE);
    expect(saved.publication).toBeNull();
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });

  it('asks an editor before publishing a draft not handed over; the coordinator marks it ready at 320 px', async () => {
    expect(reportId).not.toBe('');
    const asked = await openReports(editor());
    await openReport(asked, reportId);
    expect(await asked.getByTestId('report-ready').count()).toBe(0);
    await asked.getByRole('button', { name: 'Julkaise intranetiin' }).click();
    const confirm = asked.getByTestId('report-confirm');
    await confirm.waitFor();
    expect(await confirm.innerText()).toContain(
      'Raporttia ei ole merkitty valmiiksi julkaistavaksi. Julkaistaanko silti?',
    );
    expect(await asked.getByRole('group', { name: /Julkaistaanko silti\?/ }).count()).toBe(1);
    await confirm.getByRole('button', { name: 'Peruuta' }).click();
    expect((await focusSettled(asked, { text: 'Julkaise intranetiin' })).text).toBe(
      'Julkaise intranetiin',
    );
    await asked.context().close();

    const page = await openReports(coordinator(), { width: 320 });
    await openReport(page, reportId);
    await page.getByRole('button', { name: 'Merkitse valmiiksi julkaistavaksi' }).click();
    await statusSaying(page, 'Raportti on merkitty valmiiksi julkaistavaksi.').waitFor();
    // One button whose words follow the state: the focus stays on it.
    expect((await focusSettled(page, { text: 'Peru valmis-merkintä' })).text).toBe(
      'Peru valmis-merkintä',
    );
    expect(await page.getByTestId('report-ready').first().innerText()).toBe(
      'Valmis julkaistavaksi',
    );
    await page.getByRole('button', { name: 'Peru valmis-merkintä' }).click();
    await statusSaying(page, 'Valmis-merkintä peruttiin.').waitFor();
    expect(await page.getByTestId('report-ready').count()).toBe(0);
    await page.getByRole('button', { name: 'Merkitse valmiiksi julkaistavaksi' }).click();
    await statusSaying(page, 'Raportti on merkitty valmiiksi julkaistavaksi.').waitFor();
    expect(await page.getByTestId('report-handed-over').innerText()).toContain(coordinator().name);
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    expect(await violations(page)).toEqual([]);
    await page.context().close();

    // The editor sees it ready, first in the list; publishing it asks nothing more.
    const ready = await openReports(editor());
    const first = ready.getByTestId('report-list').locator('li').first();
    expect(await first.locator('[data-item-id]').getAttribute('data-item-id')).toBe(reportId);
    expect(await first.innerText()).toContain('Valmis julkaistavaksi');
    expect(await violations(ready)).toEqual([]);
    await openReport(ready, reportId);
    expect(await ready.getByTestId('report-ready').first().innerText()).toBe(
      'Valmis julkaistavaksi',
    );
    await ready.getByRole('button', { name: 'Julkaise intranetiin' }).click();
    expect(await ready.getByTestId('report-confirm').innerText()).not.toContain(
      'Julkaistaanko silti?',
    );
    await ready.context().close();
  });

  let firstUrl = '';
  let firstVersion = 0;

  it('lets an editor find the draft, read it as Word, and publish it to the intranet', async () => {
    expect(reportId).not.toBe('');
    // An editor's working group view opens on the reports: publishing is their work here.
    const page = await openReports(editor());
    expect(await page.locator('#ws-tab-reports').getAttribute('aria-selected')).toBe('true');
    expect(await page.getByRole('button', { name: 'Uusi raportti' }).count()).toBe(0);
    const item = page.getByTestId('report-list').locator(`[data-item-id="${reportId}"]`);
    expect(await item.innerText()).toContain('Luonnos');
    expect(await violations(page)).toEqual([]);
    await openReport(page, reportId);
    expect(await page.getByTestId('report-introduction').innerText()).toBe(INTRODUCTION);
    // No exact-count copy for the editor, and no text to edit.
    expect(await page.getByTestId('report-word-exact').count()).toBe(0);
    expect(await page.getByTestId('report-editor').count()).toBe(0);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Lataa Word', exact: true }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const bytes = readFileSync(await download.path());
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const zip = await JSZip.loadAsync(bytes);
    const documentXml = await zip.file('word/document.xml')!.async('string');
    expect(documentXml).toContain(TITLE);
    await statusSaying(page, download.suggestedFilename()).waitFor();

    await page.getByRole('button', { name: 'Julkaise intranetiin' }).click();
    const confirm = page.getByTestId('report-confirm');
    await confirm.waitFor();
    expect(await violations(page)).toEqual([]);
    await confirm.getByRole('button', { name: 'Julkaise', exact: true }).click();
    const outcome = statusSaying(page, /^Raportti julkaistiin intranetiin \(versio \d+, /);
    await outcome.waitFor();
    const link = outcome.getByRole('link', { name: 'Avaa sivu' });
    firstUrl = (await link.getAttribute('href'))!;
    expect(firstUrl).toMatch(/^\/intranet\/.+/);
    const { body: published } = await api<Report>(editor(), 'GET', `/reports/${reportId}`);
    expect(published.publication?.state).toBe('published');
    firstVersion = published.publication!.version;
    // The focus stays with publishing: on its button, now for a new version.
    expect((await focusSettled(page, { text: 'Julkaise uusi versio' })).text).toBe(
      'Julkaise uusi versio',
    );
    expect(await page.getByTestId('report-state').first().innerText()).toMatch(/Julkaistu/);
    expect(await violations(page)).toEqual([]);

    // The intranet subpage lists it, and its page is the report.
    const intranet = await page.context().newPage();
    await intranet.goto(`${rake.url}/intranet/`);
    const listed = intranet.getByRole('link', { name: TITLE });
    expect(await listed.count()).toBe(1);
    expect(await violations(intranet)).toEqual([]);
    await listed.click();
    await intranet.waitForURL(`${rake.url}${firstUrl}`);
    expect(await intranet.locator('h1').innerText()).toContain(TITLE);
    expect(await intranet.locator('body').innerText()).toContain(INTRODUCTION);
    expect(await violations(intranet)).toEqual([]);
    await page.context().close();
  });

  it('republishes after an edit on the same page, by keyboard alone', async () => {
    expect(firstUrl).not.toBe('');
    const { body: before, etag } = await api<Report>(coordinator(), 'GET', `/reports/${reportId}`);
    const edited = `${INTRODUCTION} Raporttia täydennettiin julkaisun jälkeen.`;
    const patch = await api<Report>(
      coordinator(),
      'PATCH',
      `/reports/${reportId}`,
      { introduction: edited },
      etag!,
    );
    expect(patch.status).toBe(200);
    expect(patch.body.version).toBeGreaterThan(before.version);

    const page = await openReports(editor());
    const item = page.getByTestId('report-list').locator(`[data-item-id="${reportId}"]`);
    expect(await item.innerText()).toContain('Muutoksia julkaisun jälkeen');
    await item.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('report-detail').waitFor();
    expect((await focusSettled(page, { id: 'report-heading' })).id).toBe('report-heading');

    // Tab from the heading to the publish button, Enter, and Enter on the confirmation.
    for (let i = 0; i < 20; i += 1) {
      if ((await focused(page, 'data-testid')).data === 'report-publish') break;
      await page.keyboard.press('Tab');
    }
    expect((await focused(page, 'data-testid')).text).toBe('Julkaise uusi versio');
    await page.keyboard.press('Enter');
    expect((await focusSettled(page, { text: 'Julkaise' })).text).toBe('Julkaise');
    expect(await page.getByTestId('report-confirm').innerText()).toContain('samalle sivulle');
    await page.keyboard.press('Enter');
    const outcome = statusSaying(page, /^Raportti julkaistiin intranetiin \(versio \d+, /);
    await outcome.waitFor();
    expect((await focusSettled(page, { text: 'Julkaise uusi versio' })).text).toBe(
      'Julkaise uusi versio',
    );

    // A new version on the same page.
    const { body: after } = await api<Report>(editor(), 'GET', `/reports/${reportId}`);
    expect(after.publication?.version).toBeGreaterThanOrEqual(patch.body.version);
    expect(after.publication?.version).toBeGreaterThan(firstVersion);
    expect(await outcome.innerText()).toContain(`versio ${after.publication?.version}`);
    expect(after.publication?.url).toBe(firstUrl);
    const html = await (await fetch(`${rake.url}${firstUrl}`)).text();
    expect(html).toContain('Raporttia täydennettiin julkaisun jälkeen.');
    expect(await page.getByTestId('report-versions').locator('li').count()).toBeGreaterThan(1);
    await page.context().close();
  });

  it('reads well in Swedish and English at 420 px, and the indicators too', async () => {
    for (const lang of ['sv', 'en'] as const) {
      const page = await openReports(editor(), { lang, width: 420 });
      expect(await violations(page)).toEqual([]);
      expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
      await openReport(page, reportId);
      expect(await violations(page)).toEqual([]);
      expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
      await page.locator('#ws-tab-indicators').click();
      await page.getByTestId('indicator-list').waitFor();
      expect(await page.getByTestId('indicator-list').locator('li[data-indicator]').count()).toBe(
        6,
      );
      expect(await violations(page)).toEqual([]);
      expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
      await page.context().close();
    }
  });

  it("opens a report from the publication card's link (?report=), and withdraws it at 320 px", async () => {
    expect(deepLinkedUrl(`workspace:report:${reportId}`, 'https://rake.example.fi/?lang=sv')).toBe(
      `https://rake.example.fi/?lang=sv&report=${reportId}#workspace`,
    );
    const page = await rake.open(editor().id, { view: 'new' });
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`${rake.url}/?as=${editor().id}&lang=fi&report=${reportId}#workspace`);
    await page.getByTestId('report-detail').waitFor();
    expect((await focusSettled(page, { id: 'report-heading' })).id).toBe('report-heading');
    // The link has done its work: the address no longer carries it.
    expect(new URL(page.url()).searchParams.get('report')).toBeNull();
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);

    await page.getByRole('button', { name: 'Vedä julkaisu pois' }).click();
    await page.getByTestId('report-confirm').getByRole('button', { name: 'Vedä pois' }).click();
    await statusSaying(page, 'Julkaisu vedettiin pois.').waitFor();
    expect((await focusSettled(page, { text: 'Julkaise intranetiin' })).text).toBe(
      'Julkaise intranetiin',
    );
    expect(await page.getByTestId('report-state').first().innerText()).toContain(
      'Poistettu julkaisusta',
    );
    expect((await fetch(`${rake.url}${firstUrl}`)).status).toBe(404);
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });
});
