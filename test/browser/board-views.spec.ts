import type { Page } from 'playwright-core';
import { violations } from './support/axe';
import { withRole as demoPersonWithRole } from './support/dev-api';
import { demoPeople, startRakeWithBrowser, TEST_TIMEOUT, type Rake } from './support/rake';

jest.setTimeout(TEST_TIMEOUT * 3);

const LANGUAGES = ['fi', 'sv', 'en'] as const;
const SHOTS = process.env.RAKE_SCREENSHOTS ?? '/tmp';

/** What the page's own functions see (this file is compiled without the DOM). */
type Box = { top: number; left: number; width: number };
type InPage = {
  document: {
    activeElement: {
      getAttribute(name: string): string | null;
      closest(selector: string): { getAttribute(name: string): string | null } | null;
      textContent: string | null;
    } | null;
    documentElement: { scrollWidth: number; clientWidth: number };
    querySelectorAll(selector: string): ArrayLike<{ getBoundingClientRect(): Box }>;
  };
};

const sidewaysScroll = (page: Page) =>
  page.evaluate(() => {
    const root = (globalThis as unknown as InPage).document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });

/** How many status columns stand in each row of the columns view, top to bottom. */
const columnRows = (page: Page) =>
  page.evaluate(() => {
    const sections = (globalThis as unknown as InPage).document.querySelectorAll(
      '[data-testid="board-columns"] > section',
    );
    const tops = new Map<number, number>();
    for (let i = 0; i < sections.length; i += 1) {
      const top = Math.round(sections[i]!.getBoundingClientRect().top);
      tops.set(top, (tops.get(top) ?? 0) + 1);
    }
    return [...tops.entries()].sort(([a], [b]) => a - b).map(([, count]) => count);
  });

/** Waits until the board has its answer (its results section is no longer aria-busy). */
const notBusy = (page: Page) =>
  page.waitForFunction(() => {
    const doc = (globalThis as unknown as { document: { querySelector(s: string): unknown } })
      .document;
    return doc.querySelector('[aria-busy="true"]') === null;
  });

/** The focused element: its data-testid, the column of its header cell, its text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = (globalThis as unknown as InPage).document.activeElement;
    return {
      observationId: active?.getAttribute('data-observation-id') ?? null,
      column: active?.closest('[data-column]')?.getAttribute('data-column') ?? null,
      role: active?.getAttribute('role') ?? null,
      text: active?.textContent ?? '',
    };
  });

/** Issue 10, items 6 and 7: sorting, priority, the columns and table views, words per role. */
describe('the board sorted, with priorities, as columns and as a table', () => {
  let rake: Rake;

  beforeAll(async () => {
    rake = await startRakeWithBrowser();
  }, TEST_TIMEOUT);

  afterAll(async () => {
    await rake?.close();
  });

  const withRole = (role: string) => demoPersonWithRole(rake, role);

  /** GET /api/observations as someone: what the board's total must say. */
  const api = async (userId: string, query = '') =>
    (await (
      await fetch(`${rake.url}/api/observations?${query}`, {
        headers: { 'X-Dev-User-Id': userId },
      })
    ).json()) as { total: number; totalExact: boolean; items: unknown[] };

  async function openBoard(userId: string, lang: (typeof LANGUAGES)[number], width: number) {
    const page = await rake.open(userId, { lang, view: 'board' });
    await page.setViewportSize({ width, height: 900 });
    await page.getByTestId('board-total').waitFor();
    return page;
  }

  const chooseView = async (page: Page, view: 'list' | 'columns' | 'table') => {
    await page.locator(`input[value="${view}"]`).check();
    await page
      .getByTestId(
        view === 'list' ? 'board-list' : view === 'columns' ? 'board-columns' : 'board-table',
      )
      .waitFor();
  };

  it('says what the board is in the words of each role, and counts all it matches', async () => {
    const { supervisor } = demoPeople(rake.identities);
    const cases = [
      [supervisor.id, /kuuluu sinulle/, /Koko hyvinvointialueen/],
      [
        withRole('rake_member').id,
        /Koko hyvinvointialueen.*RAKE-työryhmälle välitetyistä/,
        /kuuluu sinulle/,
      ],
      [withRole('rake_coordinator').id, /Koordinaattorina/, /kuuluu sinulle/],
      [withRole('admin').id, /Ylläpitäjänä/, /kuuluu sinulle/],
    ] as const;
    for (const [userId, says, never] of cases) {
      const page = await openBoard(userId, 'fi', 1280);
      const intro = (await page.getByTestId('board-intro').allInnerTexts()).join(' ');
      expect(intro).toMatch(says);
      expect(intro).not.toMatch(never);
      const { total, items } = await api(userId, 'limit=25');
      expect(await page.getByTestId('board-total').innerText()).toBe(
        `Näkyvissä ${items.length} / ${total} havaintoa`,
      );
      await page.context().close();
    }
    // The RAKE member's board is the county's: more than a page, all of it counted.
    const member = await api(withRole('rake_member').id, 'limit=25');
    expect(member.total).toBeGreaterThan(member.items.length);
  });

  it('shows the priority on the card, with its scale for screen readers', async () => {
    const { supervisor } = demoPeople(rake.identities);
    const page = await openBoard(supervisor.id, 'fi', 1280);
    const first = page.locator('[data-testid="board-list"] button').first();
    const id = (await first.getAttribute('data-observation-id')) ?? '';
    await first.click();
    const panel = page.getByTestId('observation-panel');
    await panel.locator('#triage-priority').fill('1');
    await panel.getByRole('button', { name: 'Tallenna käsittelykortti' }).click();
    await panel.getByText('Käsittelykortti tallennettu.').waitFor();
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });

    // The closed panel gives the page back to screen readers (a modal hides the rest while open).
    await page.waitForFunction(
      () =>
        (
          globalThis as unknown as {
            document: { getElementById(id: string): { getAttribute(n: string): string | null } };
          }
        ).document
          .getElementById('root')
          .getAttribute('aria-hidden') === null,
    );
    const card = page.locator(`[data-observation-id="${id}"]`);
    expect(await card.getByTestId('priority').innerText()).toMatch(/^Prioriteetti 1\b/);
    // The card's accessible name carries the number with its scale.
    await page
      .getByRole('button', { name: /Prioriteetti 1 \(1 = kiireellisin\)/ })
      .and(card)
      .waitFor();
    // Sorted by priority: 1 first, none last; this one among the ones.
    const sorted = page.waitForResponse((r) => r.url().includes('sort=priority_asc'));
    await page.locator('#board-sort').selectOption('priority_asc');
    await sorted;
    await notBusy(page);
    const cards = page.locator('[data-testid="board-list"] button');
    const priorities: (number | null)[] = [];
    const ones: string[] = [];
    for (let i = 0; i < (await cards.count()); i += 1) {
      const badge = cards.nth(i).getByTestId('priority');
      const n =
        (await badge.count()) === 0
          ? null
          : Number(/Prioriteetti (\d+)/.exec(await badge.innerText())?.[1]);
      priorities.push(n);
      if (n === 1) ones.push((await cards.nth(i).getAttribute('data-observation-id')) ?? '');
    }
    expect(priorities[0]).toBe(1);
    const set = priorities.filter((n): n is number => n !== null);
    expect(priorities.slice(0, set.length)).toEqual([...set].sort((a, b) => a - b));
    expect(ones).toContain(id);
  });

  it('sorts the board longest waiting first: the unanswered, oldest first, through the API', async () => {
    const member = withRole('rake_member');
    const page = await openBoard(member.id, 'fi', 1280);
    const asked = page.waitForResponse((r) => r.url().includes('sort=waiting_desc'));
    await page.locator('#board-sort').selectOption('waiting_desc');
    await asked;
    await notBusy(page);
    const waits = await page
      .locator('[data-testid="board-list"] [data-testid="answer-time"]')
      .allInnerTexts();
    const unanswered = waits.filter((w) => w.startsWith('Odottaa vastausta'));
    expect(unanswered.length).toBeGreaterThan(1);
    // Every unanswered one comes before every answered one, the longest wait first.
    expect(waits.slice(0, unanswered.length)).toEqual(unanswered);
    const days = unanswered.map((w) => Number(/(\d+) päivää/.exec(w)?.[1] ?? 0));
    expect(days).toEqual([...days].sort((a, b) => b - a));
    // The choice is kept for the next visit.
    await page.reload();
    await page.getByTestId('board-total').waitFor();
    expect(await page.locator('#board-sort').inputValue()).toBe('waiting_desc');
  });

  describe.each([420, 1280] as const)('at %i px', (width) => {
    it.each(LANGUAGES)(
      'shows list, columns and table without sideways page scrolling or axe violations (%s)',
      async (lang) => {
        const member = withRole('rake_member');
        const page = await openBoard(member.id, lang, width);
        for (const view of ['list', 'columns', 'table'] as const) {
          await chooseView(page, view);
          expect(await sidewaysScroll(page)).toBe(0);
          expect(await violations(page)).toEqual([]);
          await page.screenshot({ path: `${SHOTS}/board-${view}-${lang}-${width}.png` });
        }
        // The table scrolls sideways inside its own region, which is labelled and focusable.
        const region = page.getByTestId('board-table-region');
        expect(await region.getAttribute('role')).toBe('region');
        expect(await region.getAttribute('tabindex')).toBe('0');
        expect(await region.getAttribute('aria-labelledby')).toBeTruthy();
        await region.screenshot({ path: `${SHOTS}/board-table-region-${lang}-${width}.png` });
        const headers = await page
          .locator('[data-testid="board-table"] [role="columnheader"]')
          .allInnerTexts();
        expect(headers).toHaveLength(16);
      },
    );
  });

  it('lays the six statuses out 6, 3 + 3, 2 + 2 + 2 or one under another, never 4 + 2', async () => {
    const member = withRole('rake_member');
    const page = await openBoard(member.id, 'fi', 1280);
    await chooseView(page, 'columns');
    const layouts = new Map<number, number[]>();
    for (const width of [320, 420, 800, 1024, 1280, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      layouts.set(width, await columnRows(page));
      expect(await sidewaysScroll(page)).toBe(0);
    }
    for (const rows of layouts.values()) {
      expect([[6], [3, 3], [2, 2, 2], [1, 1, 1, 1, 1, 1]]).toContainEqual(rows);
    }
    expect(layouts.get(1280)).toEqual([3, 3]);
    expect(layouts.get(420)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(layouts.get(1920)).toEqual([6]);
  });

  it('is worked from the keyboard alone: sort, move, open, close, resize', async () => {
    const member = withRole('rake_member');
    const page = await openBoard(member.id, 'fi', 1280);
    // From the view choice on, only keys.
    await page.locator('input[value="list"]').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.getByTestId('board-table').waitFor();
    await page.keyboard.press('Tab'); // the sort select
    expect(
      await page
        .locator('#board-sort')
        .evaluate(
          (el) =>
            el ===
            (globalThis as unknown as { document: { activeElement: unknown } }).document
              .activeElement,
        ),
    ).toBe(true);
    await page.keyboard.press('Tab'); // the table's scroll region
    expect((await focused(page)).role).toBe('region');
    await page.keyboard.press('Tab'); // into the grid: the first heading
    expect((await focused(page)).column).toBe('observation');

    // Along the headings to the priority number, whose Enter sorts the whole board by it.
    for (let i = 0; i < 14; i += 1) await page.keyboard.press('ArrowRight');
    expect((await focused(page)).column).toBe('priority');
    const asked = page.waitForRequest((r) => r.url().includes('sort=priority_asc'));
    await page.keyboard.press('Enter');
    await asked;
    expect(await page.locator('#board-sort').inputValue()).toBe('priority_asc');
    expect((await focused(page)).column).toBe('priority');
    await page.getByRole('columnheader', { name: /Prioriteettinumero/ }).waitFor();
    expect(
      await page.locator('[role="columnheader"][aria-sort="ascending"]').innerText(),
    ).toContain('Prioriteettinumero');

    // Down into the rows, back to the first column, Enter opens the observation.
    await page.keyboard.press('ArrowDown');
    for (let i = 0; i < 14; i += 1) await page.keyboard.press('ArrowLeft');
    const cell = await focused(page);
    expect(cell.observationId).not.toBeNull();
    await page.keyboard.press('Enter');
    const panel = page.getByTestId('observation-panel');
    await panel.getByTestId('detail-description').waitFor();
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    await page.waitForFunction(
      (id) =>
        (globalThis as unknown as InPage).document.activeElement?.getAttribute(
          'data-observation-id',
        ) === id,
      cell.observationId,
    );

    // A column's width from its heading's menu (Shift+F10), then the arrow keys.
    await page.keyboard.press('ArrowUp');
    expect((await focused(page)).column).toBe('observation');
    const heading = page.locator('[role="columnheader"][data-column="observation"]');
    const before = (await heading.boundingBox())?.width ?? 0;
    await page.keyboard.press('Shift+F10');
    await page.getByRole('menuitem', { name: 'Muuta leveyttä nuolinäppäimillä' }).waitFor();
    await page.keyboard.press('Enter');
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    const after = (await heading.boundingBox())?.width ?? 0;
    expect(after).toBeGreaterThanOrEqual(before + 50);

    // A column the server cannot sort by sorts the loaded rows only, and says so.
    expect((await focused(page)).column).toBe('observation');
    for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowRight');
    expect((await focused(page)).column).toBe('municipality');
    await page.keyboard.press('Enter');
    expect(await page.getByTestId('table-loaded-only').innerText()).toMatch(
      /vain ladatut 25 havaintoa/,
    );
    expect(await page.locator('#board-sort').inputValue()).toBe('priority_asc');
    await page.screenshot({ path: `${SHOTS}/board-table-keyboard-1280.png` });
  });
});
