import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { violations } from './support/axe';
import { devApi, withRole } from './support/dev-api';
import { demoPeople, startRakeWithBrowser, TEST_TIMEOUT, type Rake } from './support/rake';

jest.setTimeout(TEST_TIMEOUT * 2);

/**
 * The elements (under `within`) that reach past the window's right edge: none may at 320 px
 * (WCAG 1.4.10 reflow), named so that a failure says which.
 */
const pastTheEdge = (page: Page, within: string) =>
  page.evaluate((selector) => {
    type Box = { right: number };
    type El = { tagName: string; className: unknown; getBoundingClientRect(): Box };
    const doc = (
      globalThis as unknown as {
        document: { querySelectorAll(s: string): Iterable<El> };
        innerWidth: number;
      }
    ).document;
    const width = (globalThis as unknown as { innerWidth: number }).innerWidth;
    return [...doc.querySelectorAll(`${selector}, ${selector} *`)]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .map((el) => `${el.tagName.toLowerCase()}.${String(el.className)}`);
  }, within);

/**
 * `pastTheEdge` once the layout has followed a resize: the narrow layout comes a render after
 * the resize event, so the wide one is measured again for up to two seconds before failing.
 */
async function pastTheEdgeSettled(page: Page, within: string): Promise<string[]> {
  let found = await pastTheEdge(page, within);
  for (let round = 0; found.length > 0 && round < 20; round += 1) {
    await page.waitForTimeout(100);
    found = await pastTheEdge(page, within);
  }
  return found;
}

/** Issue 13, "Retention and audit": own data for everyone, the audit log for admins. */
describe('own data and the audit log', () => {
  let rake: Rake;

  beforeAll(async () => {
    rake = await startRakeWithBrowser();
  }, TEST_TIMEOUT);

  afterAll(async () => {
    await rake?.close();
  });

  it('lets a reporter download their own data from My reports', async () => {
    const { reporter } = demoPeople(rake.identities);
    const page = await rake.open(reporter.id, { view: 'mine' });
    const button = page.getByRole('button', { name: 'Lataa omat tietoni' });
    await button.waitFor();
    expect(await violations(page)).toEqual([]);

    const downloading = page.waitForEvent('download');
    await button.click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^rake-omat-tiedot-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
      person: { id: string };
      observations: { yourPart: string; status: { label: string }; history: unknown[] }[];
    };
    expect(data.person.id).toBe(reporter.id);
    for (const o of data.observations) {
      expect(['reporter', 'co_reporter']).toContain(o.yourPart);
      expect(o.status.label).not.toBe('');
      expect(o.history.length).toBeGreaterThan(0);
    }
    await page.getByRole('status').filter({ hasText: download.suggestedFilename() }).waitFor();
    expect(await violations(page)).toEqual([]);

    await page.setViewportSize({ width: 320, height: 800 });
    await button.waitFor();
    expect(await pastTheEdgeSettled(page, 'main')).toEqual([]);
  });

  it('shows an admin the log as a table, a list at 320 px, and its CSV', async () => {
    const admin = withRole(rake, 'admin');
    const { supervisor } = demoPeople(rake.identities);
    // Something to see: a supervisor opens an observation of their area.
    const board = await devApi<{ items: { id: string }[] }>(
      rake,
      supervisor,
      'GET',
      '/observations?limit=1',
    );
    const opened = board.body.items[0]?.id;
    if (opened === undefined) throw new Error('demo data needs an observation on the board');
    await devApi(rake, supervisor, 'GET', `/observations/${opened}`);
    // …and takes one that waits into review: the log names the statuses in words.
    const waiting = await devApi<{ items: { id: string; version: number }[] }>(
      rake,
      supervisor,
      'GET',
      '/observations?status=received&limit=1',
    );
    const taken = waiting.body.items[0];
    if (taken === undefined) throw new Error('demo data needs a received observation');
    const moved = await devApi(
      rake,
      supervisor,
      'POST',
      `/observations/${taken.id}/transitions`,
      { to: 'in_review' },
      `"${taken.version}"`,
    );
    expect(moved.status).toBe(200);

    const page = await rake.open(admin.id, { view: 'admin' });
    const section = page.getByRole('region', { name: 'Lokitapahtumat' });
    const table = section.getByRole('table', { name: 'Lokitapahtumat' });
    await table.waitFor();
    await table.getByRole('row').filter({ hasText: 'Toisen havainto avattu' }).first().waitFor();
    await table
      .getByRole('row')
      .filter({ hasText: 'Vastaanotettu → Käsittelyssä' })
      .first()
      .waitFor();
    expect(await violations(page, 'section[aria-labelledby="audit-log-heading"]')).toEqual([]);

    const downloading = page.waitForEvent('download');
    await section.getByRole('button', { name: 'Lataa CSV' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^rake-lokitapahtumat-.*\.csv$/);
    const text = readFileSync(await download.path(), 'utf8');
    expect(text).toContain('observation.read');

    await page.setViewportSize({ width: 320, height: 800 });
    await section.getByRole('list', { name: 'Lokitapahtumat' }).waitFor();
    expect(await pastTheEdgeSettled(page, 'section[aria-labelledby="audit-log-heading"]')).toEqual(
      [],
    );
    expect(await violations(page, 'section[aria-labelledby="audit-log-heading"]')).toEqual([]);
  });
});
