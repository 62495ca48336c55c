import type { Page } from 'playwright-core';
import { violations } from './support/axe';
import { withRole } from './support/dev-api';
import { startRakeWithBrowser, TEST_TIMEOUT, type Rake } from './support/rake';

jest.setTimeout(TEST_TIMEOUT);

/**
 * Issue 13, the public form as a resident and the coordinator use it: a resident files on
 * /public (axe clean, Finnish and Swedish, 420 px wide without sideways scrolling), gets a
 * receipt whose status page says "received"; the coordinator accepts it on the board; the
 * status page follows.
 */
describe('the public form', () => {
  let rake: Rake;

  beforeAll(async () => {
    rake = await startRakeWithBrowser({ publicForm: true });
  }, TEST_TIMEOUT);

  afterAll(async () => {
    await rake?.close();
  });

  const openPublic = async (path: string, locale = 'fi-FI'): Promise<Page> => {
    const context = await rake.browser.newContext({
      locale,
      viewport: { width: 420, height: 900 },
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${rake.url}${path}`);
    return page;
  };

  /** No sideways scrolling at this width. */
  const fitsWidth = (page: Page) =>
    page.evaluate(() => {
      const doc = (
        globalThis as unknown as {
          document: { documentElement: { scrollWidth: number; clientWidth: number } };
        }
      ).document;
      return doc.documentElement.scrollWidth <= doc.documentElement.clientWidth;
    });

  /** A person takes their time: the form's render time is moved back past the minimum. */
  const tookTime = (page: Page) =>
    page.evaluate(() => {
      const doc = (
        globalThis as unknown as {
          document: { querySelector(s: string): { value: string } | null };
        }
      ).document;
      const field = doc.querySelector('input[name="startedAt"]');
      if (field) field.value = String(Number(field.value) - 60_000);
    });

  let receipt = '';

  it('lets a resident file in Finnish and follow it with the receipt', async () => {
    const page = await openPublic('/public');
    await page.getByRole('heading', { level: 1, name: 'Kerro havainnostasi' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('fi');
    expect(await violations(page)).toEqual([]);
    expect(await fitsWidth(page)).toBe(true);

    await page.getByLabel('Kielteinen', { exact: true }).check();
    await page
      .getByLabel(/^Kuvaus ilmiöstä/)
      .fill('Nuorten on yhä vaikeampi löytää kohtuuhintaista vuokra-asuntoa.');
    await page.getByLabel(/^Kunta/).selectOption(rake.config.municipalities[0]!.id);
    await page.getByLabel(/^Keitä ilmiö koskee/).selectOption(rake.config.targetGroups[0]!.id);
    await page.getByLabel('Asukas', { exact: true }).check();
    await tookTime(page);
    await page.getByRole('button', { name: 'Lähetä havainto' }).click();

    await page.getByRole('heading', { level: 1, name: 'Kiitos havainnostasi' }).waitFor();
    receipt = (await page.locator('[data-receipt]').getAttribute('data-receipt')) ?? '';
    expect(receipt).toMatch(/^[A-Z0-9]{12}$/);
    expect(await violations(page)).toEqual([]);
    expect(await fitsWidth(page)).toBe(true);

    await page.getByRole('link', { name: 'Seuraa havaintosi tilaa' }).click();
    await page.locator('[data-status="received"]').waitFor();
    expect(await page.getByText('Vastaanotettu', { exact: true }).count()).toBe(1);
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });

  it('speaks Swedish and lists the problems at the top, focused, each linked to its field', async () => {
    const page = await openPublic('/public?lang=sv', 'sv-FI');
    await page.getByRole('heading', { level: 1, name: 'Berätta om din observation' }).waitFor();
    expect(await violations(page)).toEqual([]);
    expect(await fitsWidth(page)).toBe(true);

    await page.getByRole('button', { name: 'Skicka observationen' }).click();
    const summary = page.getByRole('alert');
    await summary.getByRole('heading', { name: 'Kontrollera dessa punkter' }).waitFor();
    expect(await page.title()).toMatch(/^Fel: /);
    expect(
      await page.evaluate(() => {
        const doc = (
          globalThis as unknown as { document: { activeElement: { className: string } | null } }
        ).document;
        return doc.activeElement?.className;
      }),
    ).toBe('error-summary');
    await summary.getByRole('link').first().click();
    expect(await violations(page)).toEqual([]);
    expect(await fitsWidth(page)).toBe(true);
    await page.context().close();
  });

  it('lets the coordinator accept it on the board, and the status page follows', async () => {
    const coordinator = withRole(rake, 'rake_coordinator');
    const board = await rake.open(coordinator.id, { view: 'board' });
    const queue = board.getByTestId('public-queue');
    await queue.waitFor();
    const item = queue.getByRole('listitem').first();
    await item
      .getByText('Nuorten on yhä vaikeampi löytää kohtuuhintaista vuokra-asuntoa.')
      .waitFor();
    expect(await violations(board, '[data-testid="public-queue"]')).toEqual([]);

    await item.getByLabel(/^Palvelualue/).selectOption(rake.config.serviceAreas[0]!.id);
    await item.getByLabel(/^Aihe/).selectOption(rake.config.topics[0]!.id);
    await item.getByRole('button', { name: 'Ota käsittelyyn' }).click();
    await queue.getByRole('status').getByText('Ilmoitus otettiin käsittelyyn').waitFor();
    // The item is gone: the focus is on the section's heading, not lost to the page.
    await board.waitForFunction(
      () =>
        (globalThis as unknown as { document: { activeElement: { id: string } | null } }).document
          .activeElement?.id === 'public-queue-heading',
    );
    expect(await violations(board, '[data-testid="public-queue"]')).toEqual([]);
    await board.context().close();

    const status = await openPublic(`/public/status/${receipt}`);
    await status.locator('[data-status="in_handling"]').waitFor();
    expect(await status.getByText('Käsittelyssä', { exact: true }).count()).toBe(1);
    await status.context().close();
  });
});
