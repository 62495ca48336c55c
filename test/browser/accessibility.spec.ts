import { violations } from './support/axe';
import { demoPeople, startRakeWithBrowser, TEST_TIMEOUT, type Rake } from './support/rake';

jest.setTimeout(TEST_TIMEOUT * 2);

const LANGUAGES = ['fi', 'sv', 'en'] as const;

describe('axe-core finds no WCAG 2.1 A/AA violations', () => {
  let rake: Rake;

  beforeAll(async () => {
    rake = await startRakeWithBrowser();
  }, TEST_TIMEOUT);

  afterAll(async () => {
    await rake?.close();
  });

  describe.each(LANGUAGES)('in %s', (lang) => {
    it("on the team tab's configuration page, opened outside Teams", async () => {
      const { reporter } = demoPeople(rake.identities);
      const page = await rake.open(reporter.id, { lang, view: 'configure' });
      await page.getByRole('main').getByRole('heading', { level: 1 }).waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(await violations(page)).toEqual([]);
    });

    it('on the form, also with errors shown', async () => {
      const { reporter } = demoPeople(rake.identities);
      const page = await rake.open(reporter.id, { lang, view: 'new' });
      await page.locator('#description').waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(await violations(page)).toEqual([]);

      await page.locator('#submit-observation').click();
      await page.locator('#description[aria-invalid="true"]').waitFor();
      expect(await violations(page)).toEqual([]);
    });

    it('on my reports with a timeline open', async () => {
      const { reporter } = demoPeople(rake.identities);
      const page = await rake.open(reporter.id, { lang, view: 'mine' });
      await page.locator('[data-testid="my-reports"], main p').first().waitFor();
      const first = page.locator('[data-testid="my-reports"] button').first();
      if ((await first.count()) > 0) {
        await first.click();
        await page.getByTestId('timeline-entry').first().waitFor();
      }
      expect(await violations(page)).toEqual([]);
    });

    it('on the board, as a list, as columns and with the triage panel open', async () => {
      const { supervisor } = demoPeople(rake.identities);
      const page = await rake.open(supervisor.id, { lang, view: 'board' });
      await page.getByTestId('board-median').waitFor();
      expect(await violations(page)).toEqual([]);

      await page.locator('input[value="columns"]').check();
      await page.getByTestId('board-columns').waitFor();
      expect(await violations(page)).toEqual([]);

      await page.locator('[data-testid="board-columns"] button').first().click();
      await page.locator('#triage-coreContent').waitFor();
      expect(await violations(page)).toEqual([]);
    });

    it('on deliveries, as the admin who sees the digest, the channel and both lists', async () => {
      const admin = rake.identities.find((i) => i.roles.includes('admin'));
      if (!admin) throw new Error('demo data needs an admin');
      const page = await rake.open(admin.id, { lang, view: 'deliveries' });
      await page.locator('#deliveries-not_installed-heading').waitFor();
      await page.locator('[role="progressbar"]').first().waitFor({ state: 'detached' });
      expect(await violations(page)).toEqual([]);
    });
  });
});
