import type { Page } from 'playwright-core';
import { demoPeople, startRakeWithBrowser, TEST_TIMEOUT, type Rake } from './support/rake';

/**
 * The first load's API requests run side by side as far as they can: after the dev
 * identities (the caller is known only then), the workspace's `me` and `config` and the
 * form's staff list all at once; and the user's language is written to the server only when
 * this browser has not written that language for that user before.
 */
describe('tab: the first load’s requests', () => {
  let rake: Rake;

  beforeAll(async () => {
    rake = await startRakeWithBrowser();
  }, TEST_TIMEOUT);

  afterAll(async () => {
    await rake.close();
  });

  type Seen = { readonly call: string; readonly start: number; readonly end: number };

  /**
   * Records in the page when the tab calls fetch for each API request and when the answer
   * arrives (page time, ms): the order the tab asks in, free of the network's timing.
   */
  const RECORD_FETCHES = `(() => {
    const seen = (window.__apiCalls = []);
    const original = window.fetch.bind(window);
    window.fetch = (input, init) => {
      const url = new URL(typeof input === 'string' ? input : input.url, location.href);
      const call = { call: ((init && init.method) || 'GET') + ' ' + url.pathname, start: performance.now(), end: -1 };
      if (url.pathname.startsWith('/api/')) seen.push(call);
      const answer = original(input, init);
      const done = () => { call.end = performance.now(); };
      answer.then(done, done);
      return answer;
    };
  })();`;

  /** Loads `url` in `page` and returns its API requests with their start and end times. */
  async function load(page: Page, url: string): Promise<Seen[]> {
    // From a blank page: going to the same URL with a #hash would not load it again.
    await page.goto('about:blank');
    await page.goto(url);
    await page.locator('#description:enabled').waitFor();
    await page.waitForLoadState('networkidle');
    return page.evaluate(() => (globalThis as unknown as { __apiCalls: Seen[] }).__apiCalls);
  }

  const named = (seen: readonly Seen[], call: string): Seen[] =>
    seen.filter((s) => s.call === call);

  it(
    'asks for me, config and the staff together once the identity is known, and writes the language only once',
    async () => {
      const reporter = demoPeople(rake.identities).reporter;
      const context = await rake.browser.newContext({ locale: 'fi-FI' });
      try {
        await context.addInitScript(RECORD_FETCHES);
        const page = await context.newPage();
        const url = (lang: string) =>
          `${rake.url}/?as=${encodeURIComponent(reporter.id)}&lang=${lang}#new`;

        const first = await load(page, url('fi'));
        const calls = first.map((s) => s.call).sort();
        expect(calls).toEqual(
          [
            'GET /api/config',
            'GET /api/dev/identities',
            'GET /api/me',
            'GET /api/staff',
            'PUT /api/me/locale',
          ].sort(),
        );
        const [identities] = named(first, 'GET /api/dev/identities');
        const together = ['GET /api/me', 'GET /api/config', 'GET /api/staff'].map(
          (call) => named(first, call)[0]!,
        );
        // They need the caller, so they follow the identities …
        for (const s of together) expect(s.start).toBeGreaterThanOrEqual(identities!.end);
        // … and run side by side: each had started before any of them was answered.
        const lastStart = Math.max(...together.map((s) => s.start));
        const firstEnd = Math.min(...together.map((s) => s.end));
        expect(lastStart).toBeLessThan(firstEnd);

        // A second load in the same browser writes no language: the server has it.
        const second = await load(page, url('fi'));
        expect(named(second, 'PUT /api/me/locale')).toEqual([]);
        expect(named(second, 'GET /api/me')).toHaveLength(1);

        // Another language is written once.
        const swedish = await load(page, url('sv'));
        expect(named(swedish, 'PUT /api/me/locale')).toHaveLength(1);
        const again = await load(page, url('sv'));
        expect(named(again, 'PUT /api/me/locale')).toEqual([]);
      } finally {
        await context.close();
      }
    },
    TEST_TIMEOUT,
  );

  it(
    'fetches the co-reporter picker only when it is used, and it then works as before',
    async () => {
      const reporter = demoPeople(rake.identities).reporter;
      const page = await rake.open(reporter.id, { view: 'new' });
      const scripts: string[] = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
      });
      await page.locator('#description:enabled').waitFor();
      await page.waitForLoadState('networkidle');
      expect(scripts.filter((s) => s.includes('dropdown-impl'))).toEqual([]);

      await page.locator('#coReporterIds').click();
      await page.locator('.fui-Option').first().waitFor();
      expect(scripts.filter((s) => s.includes('dropdown-impl'))).toHaveLength(1);
      await page.locator('.fui-Option', { hasText: 'Antero' }).click();
      await page.keyboard.press('Escape');
      await expect(page.locator('#coReporterIds').innerText()).resolves.toContain('Antero');
      // Keyboard: the real picker takes the focus it had and opens with the arrow key.
      const again = await rake.open(reporter.id, { view: 'new' });
      await again.locator('#coReporterIds').focus();
      await again.locator('#coReporterIds.fui-Dropdown__button').waitFor();
      await again.keyboard.press('ArrowDown');
      await expect(again.locator('#coReporterIds').getAttribute('aria-expanded')).resolves.toBe(
        'true',
      );
    },
    TEST_TIMEOUT,
  );

  it(
    'leaves the page visible to assistive technology after a view’s panel closes',
    async () => {
      // The shell does not load Fluent's focus manager; a view keeps it alive (keep-tabster.tsx),
      // else the panel's closing disposed of it with the page still aria-hidden behind it.
      const { supervisor } = demoPeople(rake.identities);
      const page = await rake.open(supervisor.id, { view: 'board' });
      await page.locator('[data-testid="board-list"] button').first().click();
      const panel = page.getByTestId('observation-panel');
      await panel.waitFor();
      // A move, as a supervisor makes one: the feedback form, then the status line.
      await panel.locator('[data-transition]').first().click();
      await panel.locator('#transition-feedback').fill('Otettu käsittelyyn.');
      await panel.getByTestId('transition-form').locator('button[type="submit"]').click();
      await panel.getByText(/^Tila vaihdettu/).waitFor();
      await page.getByRole('button', { name: 'Sulje', exact: true }).click();
      await panel.waitFor({ state: 'detached' });
      expect(await page.locator('#root').getAttribute('aria-hidden')).toBeNull();
      await page.getByRole('tab', { name: 'Uusi havainto' }).click();
      await page.locator('#description:enabled').waitFor();
    },
    TEST_TIMEOUT,
  );
});
