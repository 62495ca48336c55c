import type { Page } from 'playwright-core';
import { violations } from './support/axe';
import { demoFormInput, fillObservationForm } from './support/form';
import { demoPeople, startRakeWithBrowser, TEST_TIMEOUT, type Rake } from './support/rake';

jest.setTimeout(TEST_TIMEOUT * 2);

/** What the page's own functions see (this file is compiled without the DOM). */
type InPage = {
  document: {
    activeElement: { id: string; getAttribute(name: string): string | null } | null;
    documentElement: { scrollWidth: number; clientWidth: number };
  };
  location: { search: string };
};

/** Waits until the focused element's `attribute` is `value` (focus moves after a render). */
const focusLandsOn = (page: Page, attribute: string, value: string | null) =>
  page.waitForFunction(
    ([name, wanted]) =>
      (globalThis as unknown as InPage).document.activeElement?.getAttribute(name) === wanted,
    [attribute, value] as const,
  );

const sidewaysScroll = (page: Page) =>
  page.evaluate(() => {
    const root = (globalThis as unknown as InPage).document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });

describe('what a new user meets in the tab (issue 10, section 1)', () => {
  let rake: Rake;

  beforeAll(async () => {
    rake = await startRakeWithBrowser();
  }, TEST_TIMEOUT);

  afterAll(async () => {
    await rake?.close();
  });

  const coordinator = () => rake.identities.find((i) => i.roles.includes('rake_coordinator'))!;
  /** The demo editor files nothing: their "my reports" is empty. */
  const editor = () => rake.identities.find((i) => i.roles.includes('editor'))!;

  it('keeps the focus where the user is through a status change, and announces it', async () => {
    const { supervisor } = demoPeople(rake.identities);
    const board = await rake.open(supervisor.id, { view: 'board' });
    await board.locator('[data-testid="board-list"] button').first().click();
    const panel = board.getByTestId('observation-panel');
    await panel.getByTestId('current-status').waitFor();

    // Choosing a move opens its form with the focus in it; Escape closes the form only.
    const move = panel.locator('[data-transition]').first();
    const target = (await move.getAttribute('data-transition')) ?? '';
    await move.click();
    await panel.getByTestId('transition-form').waitFor();
    await focusLandsOn(
      board,
      'id',
      target === 'returned' ? 'return-reason' : 'transition-feedback',
    );
    await board.keyboard.press('Escape');
    await panel.getByTestId('transition-form').waitFor({ state: 'detached' });
    await focusLandsOn(board, 'data-transition', target);
    await expect(panel.isVisible()).resolves.toBe(true);

    // A move with feedback: the focus lands on the new status, and the change is announced.
    await panel.locator('[data-transition="forwarded"]').click();
    await board.keyboard.type('Kiitos, viemme tämän RAKE-työryhmään.');
    await panel.getByTestId('transition-form').locator('button[type="submit"]').click();
    await panel.getByTestId('transition-form').waitFor({ state: 'detached' });
    await focusLandsOn(board, 'data-testid', 'current-status');
    expect(await panel.getByTestId('current-status').innerText()).toContain(
      'Välitetty RAKE-työryhmälle',
    );
    expect(await panel.getByRole('status').first().innerText()).toContain('Tila vaihdettu');
  });

  describe.each([320, 420] as const)('at %i px', (width) => {
    it.each(['fi', 'sv', 'en'] as const)(
      'has no sideways scrolling in the form, my reports, deliveries and the board (%s)',
      async (lang) => {
        for (const [who, view] of [
          [demoPeople(rake.identities).reporter.id, 'new'],
          [demoPeople(rake.identities).reporter.id, 'mine'],
          [coordinator().id, 'deliveries'],
          [coordinator().id, 'board'],
        ] as const) {
          const page = await rake.open(who, { lang, view });
          await page.setViewportSize({ width, height: 800 });
          await page.waitForTimeout(200);
          expect({ view, overflow: await sidewaysScroll(page) }).toEqual({ view, overflow: 0 });
          await page.close();
        }
      },
    );
  });

  it('opens a report of "my reports" as its own view on a narrow screen, and comes back', async () => {
    const { reporter } = demoPeople(rake.identities);
    const page = await rake.open(reporter.id, { view: 'mine' });
    await page.setViewportSize({ width: 420, height: 800 });
    const first = page.locator('[data-testid="my-reports"] button').first();
    const id = await first.getAttribute('data-observation-id');
    await first.click();
    await page.getByTestId('report-detail').waitFor();
    // Where the user is looking: the list is gone, the focus is on the detail's heading.
    expect(await page.getByTestId('my-reports').count()).toBe(0);
    await focusLandsOn(page, 'id', 'mine-detail-heading');
    expect(await violations(page)).toEqual([]);
    await page.getByTestId('mine-back').click();
    await page.getByTestId('my-reports').waitFor();
    await focusLandsOn(page, 'data-observation-id', id);
  });

  it('folds the board’s filters behind one button on a narrow screen', async () => {
    const { supervisor } = demoPeople(rake.identities);
    const page = await rake.open(supervisor.id, { view: 'board' });
    await page.setViewportSize({ width: 420, height: 800 });
    const toggle = page.getByTestId('filters-toggle');
    await toggle.waitFor();
    expect(await page.locator('#filter-status').isVisible()).toBe(false);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await page.locator('#filter-status').isVisible()).toBe(true);
    await page.locator('#filter-status').selectOption('received');
    await page.getByText('Rajaukset (1 käytössä)').waitFor();
    // Wide: no button, the filters are simply there.
    await page.setViewportSize({ width: 1280, height: 800 });
    await toggle.waitFor({ state: 'detached' });
    expect(await page.locator('#filter-status').isVisible()).toBe(true);
  });

  it('offers a first report to someone with none, with the texts apart', async () => {
    const page = await rake.open(editor().id, { view: 'mine' });
    const empty = page.getByTestId('mine-empty');
    await empty.waitFor();
    const intro = await page.getByText('Havainnot, jotka olet tehnyt').boundingBox();
    const none = await page.getByText('Et ole vielä tehnyt havaintoja.').boundingBox();
    // Two paragraphs, one under the other, not run together on one line.
    expect(none!.y).toBeGreaterThanOrEqual(intro!.y + intro!.height);
    await empty.getByRole('button', { name: 'Tee ensimmäinen havaintosi' }).click();
    await page.locator('#description').waitFor();
    expect(page.url()).toMatch(/#new$/);
  });

  it('opens the new observation in "my reports" after filing', async () => {
    const { reporter } = demoPeople(rake.identities);
    const page = await rake.open(reporter.id, { view: 'new' });
    const marker = `Juuri lähetetty ${Date.now()}`;
    await fillObservationForm(
      page,
      demoFormInput(rake, `${marker}: toistuva ilmiö, jonka kuvaus on riittävän pitkä.`),
    );
    await page.locator('#submit-observation').click();
    await page.getByTestId('submit-success').getByRole('button').first().click();
    const detail = page.getByTestId('report-detail');
    await detail.waitFor();
    expect(await detail.innerText()).toContain(marker);
  });

  it('says one number the same way in the counter and the error', async () => {
    const { reporter } = demoPeople(rake.identities);
    const page = await rake.open(reporter.id, { view: 'new' });
    await page.locator('#description').fill('Pitkä kuvaus. '.repeat(1500));
    await page.locator('#submit-observation').click();
    await page.getByText('Teksti on liian pitkä').waitFor();
    const text = await page.locator('main').innerText();
    const counter = /(\d[\d\s\u00a0\u202f]*\d) \/ (\d[\d\s\u00a0\u202f]*\d) merkkiä/.exec(text);
    expect(counter).not.toBeNull();
    expect(text).toContain(`(${counter![1]} / ${counter![2]} merkkiä)`);
  });

  it.each([
    ['en', 'Filed'],
    ['sv', 'Inlämnad'],
  ] as const)('says when a report was filed in %s: "%s"', async (lang, word) => {
    const { reporter } = demoPeople(rake.identities);
    const page = await rake.open(reporter.id, { lang, view: 'mine' });
    const first = page.locator('[data-testid="my-reports"] button').first();
    await first.waitFor();
    expect(await first.innerText()).toContain(`${word} `);
  });

  it('keeps the identity chosen in the picker over a reload (dev mode)', async () => {
    const { reporter, supervisor } = demoPeople(rake.identities);
    const page = await rake.open(reporter.id, { view: 'mine' });
    const picker = page.locator('#acting-as');
    await picker.waitFor();
    await picker.selectOption(supervisor.id);
    await page.waitForFunction(
      (id) => (globalThis as unknown as InPage).location.search.includes(`as=${id}`),
      supervisor.id,
    );
    await page.reload();
    await page.locator('main').waitFor();
    expect(await picker.inputValue()).toBe(supervisor.id);
  });

  it('loads without the Content-Security-Policy refusing what the Teams library asks for', async () => {
    const { reporter } = demoPeople(rake.identities);
    const context = await rake.browser.newContext();
    const page = await context.newPage();
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) refused.push(message.text());
    });
    await page.goto(`${rake.url}/?as=${reporter.id}&lang=fi#new`);
    await page.locator('#description').waitFor();
    await page.waitForTimeout(500);
    await context.close();
    expect(refused).toEqual([]);
  });

  it.each([
    ['dark colour scheme', { colorScheme: 'dark' as const }, '#292929'],
    ['forced colours', { forcedColors: 'active' as const }, '#000000'],
  ])('follows the browser’s %s outside Teams', async (_what, media, background) => {
    const { reporter } = demoPeople(rake.identities);
    const page = await rake.open(reporter.id, { view: 'new' });
    // The Teams theme in use shows in Fluent's variables (light: #ffffff).
    const themeBackground = () =>
      page.evaluate(() => {
        const win = globalThis as unknown as {
          document: { querySelector(selector: string): unknown };
          getComputedStyle(element: unknown): { getPropertyValue(name: string): string };
        };
        const provider = win.document.querySelector('.fui-FluentProvider');
        return win.getComputedStyle(provider).getPropertyValue('--colorNeutralBackground1').trim();
      });
    expect(await themeBackground()).toBe('#ffffff');
    await page.emulateMedia(media);
    for (let tries = 0; tries < 50 && (await themeBackground()) === '#ffffff'; tries += 1) {
      await page.waitForTimeout(100);
    }
    expect(await themeBackground()).toBe(background);
  });

  describe('the digest', () => {
    it('says plainly that nothing goes out without a RAKE channel, and previews the card', async () => {
      const page = await rake.open(coordinator().id, { view: 'deliveries' });
      await page.getByRole('button', { name: 'Esikatsele koostetta' }).click();
      const preview = page.getByTestId('digest-card-preview');
      await preview.waitFor();
      await preview.getByText('Kooste RAKE-työryhmän kokoukseen').waitFor();
      await focusLandsOn(page, 'id', 'digest-preview-heading');
      expect(await page.locator('#digest-preview').innerText()).toContain('Kanavaa ei ole');
      expect(await violations(page)).toEqual([]);

      await page.getByRole('button', { name: 'Lähetä kooste nyt' }).click();
      const said = page.getByRole('status').filter({ hasText: 'ei lähetetä vielä' });
      await said.waitFor();
      expect(await page.locator('main').innerText()).not.toContain('lähetysjonossa');
    });
  });
});
