import type { Page, Request, Route } from 'playwright-core';
import { violations } from './support/axe';
import { fillObservationForm, demoFormInput } from './support/form';
import { demoPeople, startRakeWithBrowser, TEST_TIMEOUT, type Rake } from './support/rake';

jest.setTimeout(TEST_TIMEOUT);

const THROTTLED_FI = 'Palvelu on juuri nyt ruuhkainen. Yritä uudelleen hetken kuluttua.';
const KEPT_FI = 'Kirjoittamasi teksti on tallessa.';

/** What the server answers when SharePoint (through Graph) cannot (docs/api.md). */
function storageProblem(
  route: Route,
  reason: string,
  status = 503,
  retryAfter: string | null = '30',
): Promise<void> {
  return route.fulfill({
    status,
    contentType: 'application/json; charset=utf-8',
    headers: retryAfter === null ? {} : { 'Retry-After': retryAfter },
    // The server's own words; the tab is expected to use its own translation instead.
    body: JSON.stringify({
      error: { code: 'storage_unavailable', reason, message: `server text (${reason})` },
    }),
  });
}

function recordRequests(page: Page, method: string, pathname: string): Request[] {
  const seen: Request[] = [];
  page.on('request', (r) => {
    if (r.method() === method && new URL(r.url()).pathname === pathname) seen.push(r);
  });
  return seen;
}

describe('the tab when SharePoint cannot answer', () => {
  let rake: Rake;

  beforeAll(async () => {
    rake = await startRakeWithBrowser();
  }, TEST_TIMEOUT);

  afterAll(async () => {
    await rake?.close();
  });

  const formInput = (description: string) =>
    demoFormInput(rake, description, { solutionProposal: 'Neuvonta mukaan aiemmin.' });

  /** The reporter's own observations with this description, as the API lists them. */
  async function filedWith(reporterId: string, description: string): Promise<number> {
    const res = await fetch(`${rake.url}/api/observations/mine`, {
      headers: { 'X-Dev-User-Id': reporterId, 'X-Dev-Roles': 'reporter' },
    });
    const body = (await res.json()) as { items: { description: string }[] };
    return body.items.filter((o) => o.description === description).length;
  }

  it('a throttled filing: Finnish message, text kept, axe clean, the retry files once', async () => {
    const { reporter } = demoPeople(rake.identities);
    const page = await rake.open(reporter.id, { view: 'new' });
    let refused = 0;
    await page.route('**/api/observations', async (route) => {
      if (route.request().method() !== 'POST' || refused > 0) return route.continue();
      refused += 1;
      return storageProblem(route, 'throttled');
    });
    const posts = recordRequests(page, 'POST', '/api/observations');
    const text = `Toistuva ilmiö ${Date.now()}: vuokrarästit kasvavat nuorilla aikuisilla.`;
    await fillObservationForm(page, formInput(text));
    await page.locator('#submit-observation').click();

    const alert = page.locator('#submit-failed');
    await alert.waitFor();
    expect(await alert.getAttribute('role')).toBe('alert');
    expect(await alert.innerText()).toContain(`${THROTTLED_FI} ${KEPT_FI}`);
    expect(await alert.innerText()).not.toContain('server text');
    expect(await page.locator('#description').inputValue()).toBe(text);
    expect(await page.locator('#topic').inputValue()).toBe(rake.config.topics[0]!.id);
    expect(await filedWith(reporter.id, text)).toBe(0);
    expect(await violations(page)).toEqual([]);

    // The route now lets the request through; the alert's own button sends the same draft.
    await alert.getByRole('button', { name: 'Lähetä uudelleen' }).click();
    await page.getByTestId('submit-success').waitFor();
    expect(posts).toHaveLength(2);
    const key = posts[0]!.headers()['idempotency-key'];
    expect(key).toBeTruthy();
    expect(posts[1]!.headers()['idempotency-key']).toBe(key);
    expect(await filedWith(reporter.id, text)).toBe(1);
  });

  it('a lost answer (filed, but the tab hears a timeout): sending again still files once', async () => {
    const { reporter } = demoPeople(rake.identities);
    const page = await rake.open(reporter.id, { view: 'new' });
    let lost = 0;
    await page.route('**/api/observations', async (route) => {
      if (route.request().method() !== 'POST' || lost > 0) return route.continue();
      lost += 1;
      await route.fetch(); // the server files it; its answer never reaches the tab
      return storageProblem(route, 'timeout', 504, null);
    });
    const posts = recordRequests(page, 'POST', '/api/observations');
    const text = `Toistuva ilmiö ${Date.now()}: kotihoidon käynnit lyhenevät.`;
    await fillObservationForm(page, formInput(text));
    await page.locator('#submit-observation').click();

    const alert = page.locator('#submit-failed');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('Tallennuspalvelu ei vastannut ajoissa.');
    expect(await page.locator('#description').inputValue()).toBe(text);

    // The form's own button works as well as the alert's.
    await page.locator('#submit-observation').click();
    await page.getByTestId('submit-success').waitFor();
    expect(posts).toHaveLength(2);
    expect(posts[1]!.headers()['idempotency-key']).toBe(posts[0]!.headers()['idempotency-key']);
    expect(await filedWith(reporter.id, text)).toBe(1);
  });

  it('my reports: a short throttle is waited out once, without a message', async () => {
    const { reporter } = demoPeople(rake.identities);
    const page = await rake.open(reporter.id, { view: 'new' });
    let refused = 0;
    await page.route('**/api/observations/mine', async (route) => {
      if (refused > 0) return route.continue();
      refused += 1;
      return storageProblem(route, 'throttled', 503, '1');
    });
    const reads = recordRequests(page, 'GET', '/api/observations/mine');
    const answered = page.waitForResponse(
      (r) => new URL(r.url()).pathname === '/api/observations/mine' && r.status() === 200,
    );
    const clicked = Date.now();
    await page.locator('#tab-mine').click();
    await answered;
    // The second read came after the one second the server asked for.
    expect(Date.now() - clicked).toBeGreaterThanOrEqual(1_000);
    await page
      .getByTestId('my-reports')
      .or(page.getByText('Et ole vielä tehnyt havaintoja.'))
      .waitFor();
    expect(reads).toHaveLength(2);
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('my reports: a lost permission is told at once, in Swedish, with a retry', async () => {
    const { reporter } = demoPeople(rake.identities);
    const page = await rake.open(reporter.id, { lang: 'sv', view: 'new' });
    await page.route('**/api/observations/mine', (route) =>
      storageProblem(route, 'denied', 503, null),
    );
    const reads = recordRequests(page, 'GET', '/api/observations/mine');
    await page.locator('#tab-mine').click();

    const alert = page.getByRole('alert').filter({ hasText: 'SharePoint' });
    await alert.waitFor();
    expect(await alert.innerText()).toContain('Kontakta välfärdsområdets IT-stöd');
    expect(reads).toHaveLength(1);
    expect(await violations(page)).toEqual([]);

    await page.unroute('**/api/observations/mine');
    await alert.getByRole('button').click();
    await page.getByRole('alert').waitFor({ state: 'detached' });
    expect(reads).toHaveLength(2);
  });
});
