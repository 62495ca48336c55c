import { violations } from './support/axe';
import { demoFormInput } from './support/form';
import { demoPeople, startRakeWithBrowser, TEST_TIMEOUT, type Rake } from './support/rake';

jest.setTimeout(TEST_TIMEOUT);

/** The server's default page of "my reports" (MINE_LIMIT.default), which the tab asks for. */
const PAGE = 50;

/** The part of the DOM the focus check needs (the tests compile without the DOM library). */
type FocusDocument = {
  readonly activeElement: unknown;
  querySelectorAll(selector: string): ArrayLike<unknown>;
};

describe('my reports in the tab, a page at a time', () => {
  let rake: Rake;

  beforeAll(async () => {
    rake = await startRakeWithBrowser();
  }, TEST_TIMEOUT);

  afterAll(async () => {
    await rake?.close();
  });

  /** Files through the API as the reporter, as if over many weeks. */
  async function fileMany(reporterId: string, count: number, label: string): Promise<void> {
    for (let i = 0; i < count; i += 1) {
      const body = {
        kind: 'negative',
        ...demoFormInput(rake, `${label} ${String(i).padStart(3, '0')}: toistuva ilmiö.`),
      };
      const res = await fetch(`${rake.url}/api/observations`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'X-Dev-User-Id': reporterId,
          'X-Dev-Roles': 'reporter',
        },
        body: JSON.stringify(body),
      });
      if (res.status !== 201) throw new Error(`filing ${i}: HTTP ${res.status}`);
    }
  }

  it('shows the first page, and "Näytä lisää" brings the next with the focus on its first item', async () => {
    const { reporter } = demoPeople(rake.identities);
    await fileMany(reporter.id, PAGE + 5, 'Sivutus');

    const page = await rake.open(reporter.id, { view: 'mine' });
    const items = page.locator('[data-testid="my-reports"] > li');
    await items.first().waitFor();
    expect(await items.count()).toBe(PAGE);
    expect(await violations(page)).toEqual([]);

    const more = page.getByTestId('mine-more');
    expect(await more.innerText()).toBe('Näytä lisää');
    const firstOfNext = items.nth(PAGE).locator('button');
    await more.click();
    await firstOfNext.waitFor();
    expect(await items.count()).toBeGreaterThan(PAGE);

    // The keyboard goes on from where the list went on.
    // A function, not a string: the tab's CSP forbids eval.
    await page.waitForFunction((index) => {
      const doc = (globalThis as unknown as { document: FocusDocument }).document;
      const buttons = doc.querySelectorAll('[data-testid="my-reports"] > li > button');
      return doc.activeElement === buttons[index];
    }, PAGE);
    const ids: (string | null)[] = [];
    for (const item of await page
      .locator('[data-testid="my-reports"] [data-observation-id]')
      .all()) {
      ids.push(await item.getAttribute('data-observation-id'));
    }
    expect(new Set(ids).size).toBe(ids.length);

    // Enter on the focused item opens it, as on any other.
    await page.keyboard.press('Enter');
    await page.getByTestId('report-detail').waitFor();
  });

  it('says "Visa fler" in Swedish and "Show more" in English', async () => {
    const { reporter } = demoPeople(rake.identities);
    for (const [lang, text] of [
      ['sv', 'Visa fler'],
      ['en', 'Show more'],
    ] as const) {
      const page = await rake.open(reporter.id, { lang, view: 'mine' });
      expect(await page.getByTestId('mine-more').innerText()).toBe(text);
    }
  });
});
