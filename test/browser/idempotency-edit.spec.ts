import type { Page, Request } from 'playwright-core';
import { violations } from './support/axe';
import { fillObservationForm, demoFormInput } from './support/form';
import { demoPeople, startRakeWithBrowser, TEST_TIMEOUT, type Rake } from './support/rake';

jest.setTimeout(TEST_TIMEOUT);

const ALREADY_FILED_FI = 'Havainto oli jo lähetetty ennen muutoksiasi.';
const NEW_IF_SENT_FI = 'jos lähetät sen, siitä tulee uusi havainto';

function recordPosts(page: Page): Request[] {
  const seen: Request[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/observations') seen.push(r);
  });
  return seen;
}

/**
 * The first filing reaches the server and is stored, but its answer never reaches the tab
 * (the connection drops): the tab sees a network failure and keeps the draft and its key.
 */
async function loseFirstAnswer(page: Page): Promise<void> {
  let lost = 0;
  await page.route('**/api/observations', async (route) => {
    if (route.request().method() !== 'POST' || lost > 0) return route.continue();
    lost += 1;
    await route.fetch();
    return route.abort('connectionreset');
  });
}

describe('the tab when a draft is edited after a lost answer', () => {
  let rake: Rake;

  beforeAll(async () => {
    rake = await startRakeWithBrowser();
  }, TEST_TIMEOUT);

  afterAll(async () => {
    await rake?.close();
  });

  const formInput = (description: string) => demoFormInput(rake, description);

  /** The reporter's own observations, as the API lists them. */
  async function mine(reporterId: string): Promise<{ id: string; description: string }[]> {
    const res = await fetch(`${rake.url}/api/observations/mine`, {
      headers: { 'X-Dev-User-Id': reporterId, 'X-Dev-Roles': 'reporter' },
    });
    return ((await res.json()) as { items: { id: string; description: string }[] }).items;
  }

  /** Fills and sends the form, loses the answer, edits the description and sends again. */
  async function editAfterLostAnswer(page: Page, reporterId: string, stamp: string) {
    await loseFirstAnswer(page);
    const posts = recordPosts(page);
    const original = `Toistuva ilmiö ${stamp}: vuokrarästit kasvavat nuorilla aikuisilla.`;
    const edited = `${original} Lisäys: myös perheillä.`;
    await fillObservationForm(page, formInput(original));
    await page.locator('#submit-observation').click();

    const alert = page.locator('#submit-failed');
    await alert.waitFor();
    expect(await page.locator('#description').inputValue()).toBe(original);
    // The server did file it; the tab could not know.
    const filed = (await mine(reporterId)).filter((o) => o.description === original);
    expect(filed).toHaveLength(1);

    await page.locator('#description').fill(edited);
    await page.locator('#submit-observation').click();
    await alert.filter({ hasText: ALREADY_FILED_FI }).waitFor();
    return { posts, original, edited, alert, filedId: filed[0]!.id };
  }

  it('refuses the edited draft under the old key, keeps the edits, and files them on request', async () => {
    const { reporter } = demoPeople(rake.identities);
    const page = await rake.open(reporter.id, { view: 'new' });
    const { posts, original, edited, alert } = await editAfterLostAnswer(
      page,
      reporter.id,
      String(Date.now()),
    );

    expect(await alert.getAttribute('role')).toBe('alert');
    expect(await alert.innerText()).toContain(NEW_IF_SENT_FI);
    expect(await page.locator('#description').inputValue()).toBe(edited);
    expect(posts).toHaveLength(2);
    expect(posts[1]!.headers()['idempotency-key']).toBe(posts[0]!.headers()['idempotency-key']);
    // Nothing of the edit was stored, neither as a change nor as a new observation.
    let descriptions = (await mine(reporter.id)).map((o) => o.description);
    expect(descriptions.filter((d) => d === original)).toHaveLength(1);
    expect(descriptions).not.toContain(edited);
    expect(await violations(page)).toEqual([]);

    // Sending again is the reporter's choice: the edited text becomes a new observation.
    await page.locator('#submit-observation').click();
    await page.getByTestId('submit-success').waitFor();
    expect(posts).toHaveLength(3);
    expect(posts[2]!.headers()['idempotency-key']).toBeTruthy();
    expect(posts[2]!.headers()['idempotency-key']).not.toBe(posts[0]!.headers()['idempotency-key']);
    descriptions = (await mine(reporter.id)).map((o) => o.description);
    expect(descriptions.filter((d) => d === original)).toHaveLength(1);
    expect(descriptions.filter((d) => d === edited)).toHaveLength(1);
  });

  it('opens the filed observation in my reports, and the edits wait in the form', async () => {
    const { reporter } = demoPeople(rake.identities);
    const page = await rake.open(reporter.id, { view: 'new' });
    const { original, edited, alert, filedId } = await editAfterLostAnswer(
      page,
      reporter.id,
      `${Date.now()}-b`,
    );

    await alert.getByRole('button', { name: 'Avaa lähetetty havainto' }).click();
    const item = page.locator(`[data-observation-id="${filedId}"]`);
    await item.waitFor();
    expect(await item.getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByTestId('report-detail').innerText()).toContain(original);
    expect(await violations(page)).toEqual([]);

    await page.getByRole('tab', { name: 'Uusi havainto' }).click();
    expect(await page.locator('#description').inputValue()).toBe(edited);
  });
});
