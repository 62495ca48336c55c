import type { Page, Request } from 'playwright-core';
import { describedByText, fillObservationForm, demoFormInput } from './support/form';
import { makeIdentityCode } from './support/identity-code';
import { demoPeople, startRakeWithBrowser, TEST_TIMEOUT, type Rake } from './support/rake';

jest.setTimeout(TEST_TIMEOUT);

const IDENTITY_CODE = makeIdentityCode(13, 5, 2004, 437); // invented, valid check character

/** The page's localStorage as page functions see it (this file is compiled without the DOM). */
type KeyValueStorage = { getItem(key: string): string | null; readonly length: number };
type InPage = { localStorage: KeyValueStorage & Record<string, string> };

function recordPosts(page: Page): Request[] {
  const posts: Request[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/observations') posts.push(r);
  });
  return posts;
}

describe('the form refuses a personal identity code without losing what was typed', () => {
  let rake: Rake;

  beforeAll(async () => {
    rake = await startRakeWithBrowser();
  }, TEST_TIMEOUT);

  afterAll(async () => {
    await rake?.close();
  });

  const formInput = (description: string) =>
    demoFormInput(rake, description, { solutionProposal: 'Yhteistyö kunnan kanssa.' });

  it('shows the error while typing, blocks sending and keeps the text', async () => {
    const { reporter } = demoPeople(rake.identities);
    const page = await rake.open(reporter.id, { view: 'new' });
    const posts = recordPosts(page);
    const text = `Toistuva ilmiö: lomakkeella näkyi tunnus ${IDENTITY_CODE} kesken lauseen.`;
    await fillObservationForm(page, formInput(text));

    const alert = page.getByRole('alert').filter({ hasText: 'henkilötunnus' });
    await alert.first().waitFor();
    // The message is tied to the field, and the field is marked invalid.
    expect(await describedByText(page, '#description')).toContain('henkilötunnus');
    expect(await page.locator('#description').getAttribute('aria-invalid')).toBe('true');

    const submit = page.locator('#submit-observation');
    expect(await submit.getAttribute('aria-disabled')).toBe('true');
    await submit.click({ force: true });
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    expect(posts).toHaveLength(0);
    expect(await page.locator('#description').inputValue()).toBe(text);
    expect(await page.getByTestId('submit-success').count()).toBe(0);

    // Removing the code lets the form go.
    const cleaned = text.replace(IDENTITY_CODE, 'XXXX');
    await page.locator('#description').fill(cleaned);
    await page.locator('#submit-observation:not([aria-disabled="true"])').waitFor();
    expect(await describedByText(page, '#description')).not.toContain('henkilötunnus');
  });

  it('refuses a code pasted from a PDF (full-width digits, hidden characters, a line break)', async () => {
    const { reporter } = demoPeople(rake.identities);
    const page = await rake.open(reporter.id, { view: 'new' });
    const posts = recordPosts(page);
    const fullWidth = IDENTITY_CODE.replace(/[0-9]/g, (d) =>
      String.fromCodePoint(0xff10 + Number(d)),
    );
    const pasted = `${fullWidth.slice(0, 6)}\u200B\n${fullWidth.slice(6)}`;
    await fillObservationForm(page, formInput(`Toistuva ilmiö, liitetty tunnus hetu${pasted}.`));
    await page.getByRole('alert').filter({ hasText: 'henkilötunnus' }).first().waitFor();
    expect(await page.locator('#submit-observation').getAttribute('aria-disabled')).toBe('true');
    await page.locator('#submit-observation').click({ force: true });
    await page.waitForTimeout(300);
    expect(posts).toHaveLength(0);
  });

  it('never keeps a code in the browser’s storage, and forgets a draft when someone else signs in', async () => {
    const { reporter, supervisor } = demoPeople(rake.identities);
    const page = await rake.open(reporter.id, { view: 'new' });
    const text = `Toistuva ilmiö: tunnus ${IDENTITY_CODE} kirjoitettiin vahingossa.`;
    await page.locator('#description').fill(text);
    const kept = async (): Promise<Record<string, string>> =>
      page.evaluate(() => {
        const all: Record<string, string> = {};
        for (const key of Object.keys((globalThis as unknown as InPage).localStorage)) {
          if (key.startsWith('rake.draft.'))
            all[key] = (globalThis as unknown as InPage).localStorage.getItem(key) ?? '';
        }
        return all;
      });
    const masked = text.replace(IDENTITY_CODE, '•'.repeat(IDENTITY_CODE.length));
    await page.waitForFunction(
      (want) =>
        Object.values((globalThis as unknown as InPage).localStorage).some((v) =>
          String(v).includes(want),
        ),
      masked,
    );
    const stored = Object.values(await kept()).join('\n');
    expect(stored).not.toContain(IDENTITY_CODE);
    expect(stored).not.toContain(IDENTITY_CODE.slice(0, 6));

    // The code stays on screen while typing; a reload brings back the rest of the text.
    expect(await page.locator('#description').inputValue()).toBe(text);
    await page.reload();
    await page.locator('#description').waitFor();
    expect(await page.locator('#description').inputValue()).toBe(masked);
    expect(Object.keys(await kept())).toEqual([`rake.draft.v1.${reporter.id}`]);

    // Another person in the same browser: the reporter's draft is gone.
    await page.goto(`${rake.url}/?as=${encodeURIComponent(supervisor.id)}&lang=fi#new`);
    await page.locator('#description').waitFor();
    await page.waitForFunction(
      (gone) => (globalThis as unknown as InPage).localStorage.getItem(gone) === null,
      `rake.draft.v1.${reporter.id}`,
    );
    expect(await page.locator('#description').inputValue()).toBe('');
  });

  it('shows the server’s 422 next to the field and keeps the text (client check bypassed)', async () => {
    const { reporter } = demoPeople(rake.identities);
    const page = await rake.open(reporter.id, { view: 'new' });
    // Smuggle a code past the tab's own check, straight to the real server.
    await page.route('**/api/observations', async (route) => {
      const request = route.request();
      if (request.method() !== 'POST') return route.continue();
      const body = JSON.parse(request.postData() ?? '{}') as { description: string };
      body.description = `${body.description} ${IDENTITY_CODE}`;
      return route.continue({ postData: JSON.stringify(body) });
    });
    const posts = recordPosts(page);
    const text = 'Toistuva ilmiö: toimeentulotuen käsittelyajat ovat pidentyneet.';
    await fillObservationForm(page, formInput(text));
    await page.locator('#submit-observation').click();

    await page.locator('#description[aria-invalid="true"]').waitFor();
    expect(posts).toHaveLength(1);
    const response = await posts[0]!.response();
    expect(response?.status()).toBe(422);
    expect(await describedByText(page, '#description')).toContain('henkilötunnuksen');
    expect(await page.locator('#description').inputValue()).toBe(text);
    expect(await page.locator('#topic').inputValue()).toBe(rake.config.topics[0]!.id);
    expect(await page.getByTestId('submit-success').count()).toBe(0);

    // Without the smuggler the same draft (same Idempotency-Key) goes through once.
    await page.unroute('**/api/observations');
    await page.locator('#submit-observation').click();
    await page.getByTestId('submit-success').waitFor();
    expect(posts[1]?.headers()['idempotency-key']).toBe(posts[0]?.headers()['idempotency-key']);
  });
});
