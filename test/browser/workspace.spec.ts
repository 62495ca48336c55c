import type { Page } from 'playwright-core';
import { violations } from './support/axe';
import { withRole as demoPersonWithRole } from './support/dev-api';
import { startRakeWithBrowser, TEST_TIMEOUT, type Rake, type StaffMember } from './support/rake';

jest.setTimeout(TEST_TIMEOUT * 3);

const LANGUAGES = ['fi', 'sv', 'en'] as const;

/** What the page's own functions see (this file is compiled without the DOM). */
type Element = {
  id: string;
  tagName: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
};
type InPage = {
  innerWidth: number;
  document: {
    activeElement: Element | null;
    scrollingElement: { scrollWidth: number } | null;
  };
};

/** The focused element: tag, id, test id, text, and whether it is the "new" button. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = (globalThis as unknown as InPage).document.activeElement;
    return {
      tag: active?.tagName.toLowerCase() ?? '',
      id: active?.id ?? '',
      type: active?.getAttribute('type') ?? null,
      text: active?.textContent?.trim() ?? '',
      newButton: active?.hasAttribute('data-new-button') ?? false,
    };
  });

type Focused = Awaited<ReturnType<typeof focused>>;

/** Waits (a moment: focus moves on the next frame) until the focus matches, then says where it is. */
async function focusSettled(page: Page, wanted: Partial<Focused>): Promise<Focused> {
  let now = await focused(page);
  for (let i = 0; i < 40; i += 1) {
    const matches = Object.entries(wanted).every(([k, v]) => now[k as keyof Focused] === v);
    if (matches) break;
    await page.waitForTimeout(50);
    now = await focused(page);
  }
  return now;
}

/** How far the page scrolls sideways (0: not at all). */
const sidewaysScroll = (page: Page) =>
  page.evaluate(() => {
    const g = globalThis as unknown as InPage;
    return (g.document.scrollingElement?.scrollWidth ?? 0) - g.innerWidth;
  });

type Proposal = {
  id: string;
  title: string;
  status: string;
  phenomenonIds: string[];
  dueDate: string | null;
  decision: { text: string; by: string; on: string } | null;
};

/**
 * Issue 11, the working group's view in the tab: phenomena with the period's trend, action
 * proposals with their moves; in Finnish, Swedish and English, at 420 px and wide, by keyboard.
 */
describe("the RAKE working group's workspace view", () => {
  let rake: Rake;

  beforeAll(async () => {
    rake = await startRakeWithBrowser();
  }, TEST_TIMEOUT);

  afterAll(async () => {
    await rake?.close();
  });

  const withRole = (role: string, without?: string): StaffMember =>
    demoPersonWithRole(rake, role, without);
  const coordinator = () => withRole('rake_coordinator');

  const apiGet = async <T>(userId: string, path: string): Promise<T> =>
    (await (
      await fetch(`${rake.url}/api${path}`, { headers: { 'X-Dev-User-Id': userId } })
    ).json()) as T;

  async function openWorkspace(
    userId: string,
    options: { lang?: (typeof LANGUAGES)[number]; width?: number; section?: string } = {},
  ) {
    const page = await rake.open(userId, { lang: options.lang ?? 'fi', view: 'workspace' });
    await page.setViewportSize({ width: options.width ?? 1280, height: 900 });
    await page.locator('#ws-tab-phenomena').waitFor();
    if (options.section === 'proposals') await page.locator('#ws-tab-proposals').click();
    return page;
  }

  it('is a tab for the RAKE group, supervisors and editors (read only); a reporter has only requests', async () => {
    const reporter = rake.identities.find((i) => i.roles.every((r) => r === 'reporter'));
    const reporterPage = await rake.open(reporter!.id, { view: 'workspace' });
    await reporterPage.locator('#tab-new').waitFor();
    expect(await reporterPage.locator('#tab-workspace').count()).toBe(0);
    // The bot's card of an enrichment request links here for anyone named to answer: a
    // reporter gets the requests only, none of the group's phenomena or proposals.
    await reporterPage.locator('#ws-tab-enrichments').waitFor();
    expect(await reporterPage.locator('[id^="ws-tab-"]').count()).toBe(1);
    await reporterPage.context().close();

    const page = await openWorkspace(withRole('supervisor', 'rake_member').id);
    expect(await page.locator('#tab-workspace').innerText()).toBe('Työryhmä');
    await page.getByTestId('phenomenon-list').waitFor();
    await page.getByTestId('workspace-read-only').waitFor();
    expect(await page.locator('[data-new-button]').count()).toBe(0);
    await page.getByTestId('phenomenon-list').locator('button').first().click();
    await page.getByTestId('phenomenon-detail').waitFor();
    expect(await page.getByRole('button', { name: 'Muokkaa' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Poista liitos' }).count()).toBe(0);
    await page.context().close();
  });

  it('shows the period against the previous one in words, as a chart and as a table', async () => {
    const page = await openWorkspace(coordinator().id);
    const table = page.getByTestId('trend-table');
    await table.waitFor();
    const trends = await apiGet<{
      period: { id: string };
      previousPeriod: { id: string };
      items: { title: string; count: number; previousCount: number; change: number }[];
    }>(coordinator().id, '/phenomena/trends');
    const rising = trends.items.find((i) => i.change > 0);
    const falling = trends.items.find((i) => i.change < 0);
    expect(rising && falling).toBeTruthy();
    const rowOf = (title: string) => table.locator('tr', { hasText: title });
    expect(await rowOf(rising!.title).innerText()).toContain(`kasvaa (+${rising!.change})`);
    expect(await rowOf(falling!.title).innerText()).toContain(`vähenee (−${-falling!.change})`);
    // The chart is there beside its table, in the page's own SVG.
    await page.locator('figure svg').first().waitFor();

    // Another period: its numbers, from the server.
    const previous = trends.previousPeriod.id;
    await page.locator('#trend-period').selectOption(previous);
    await page
      .getByTestId('trend-summary')
      .filter({ hasText: `Jaksolla ${previous}` })
      .waitFor();
    const older = await apiGet<{ items: { title: string; count: number }[] }>(
      coordinator().id,
      `/phenomena/trends?period=${previous}`,
    );
    const first = older.items[0]!;
    expect(await rowOf(first.title).locator('td').first().innerText()).toBe(String(first.count));

    // One phenomenon: where it showed, by service area and municipality.
    await page.locator('#trend-period').selectOption(trends.period.id);
    await page
      .getByTestId('phenomenon-list')
      .getByRole('button', { name: new RegExp(rising!.title) })
      .click();
    const where = page.getByTestId('phenomenon-where');
    await where.getByRole('table', { name: 'Palvelualue' }).waitFor();
    await where.getByRole('table', { name: 'Kunta' }).waitFor();
    expect(await where.innerText()).toContain(`kasvaa (+${rising!.change})`);
    await page.context().close();
  });

  it('lets the coordinator name a phenomenon, propose on it and record the decision', async () => {
    const page = await openWorkspace(coordinator().id);
    await page.getByTestId('phenomenon-list').waitFor();

    // A phenomenon: the form opens on its first field; after saving, the new one's heading.
    await page.getByRole('button', { name: 'Uusi ilmiö' }).click();
    expect((await focusSettled(page, { id: 'phenomenon-new-title' })).id).toBe(
      'phenomenon-new-title',
    );
    await page.getByRole('button', { name: 'Tallenna ilmiö' }).click();
    expect(await page.getByText('Tämä tieto on pakollinen.').count()).toBe(1);
    expect((await focusSettled(page, { id: 'phenomenon-new-title' })).id).toBe(
      'phenomenon-new-title',
    );
    const title = 'Ylivelkaantuneiden nuorten asunnottomuus';
    await page.locator('#phenomenon-new-title').fill(title);
    await page.locator('#phenomenon-new-description').fill('Vuokravelat johtavat häätöihin.');
    await page.getByRole('checkbox', { name: 'Politiikkatyö' }).check();
    await page.getByRole('radio', { name: 'Meso: yhteisötaso' }).check();
    await page.getByRole('button', { name: 'Tallenna ilmiö' }).click();
    await page.locator('#phenomenon-heading', { hasText: title }).waitFor();
    expect(await focusSettled(page, { tag: 'h3', text: title })).toMatchObject({
      tag: 'h3',
      text: title,
    });
    const item = page
      .getByTestId('phenomenon-list')
      .getByRole('button', { name: new RegExp(title) });
    await item.waitFor();
    expect(await item.innerText()).toContain('Politiikkatyö');
    expect(await item.innerText()).toContain('Meso: yhteisötaso');
    expect(await item.innerText()).toContain('0 liitettyä havaintoa');
    const phenomena = await apiGet<{ items: { id: string; title: string; level: string }[] }>(
      coordinator().id,
      '/phenomena',
    );
    const phenomenon = phenomena.items.find((p) => p.title === title);
    expect(phenomenon?.level).toBe('meso');

    // A proposal resting on it.
    await page.locator('#ws-tab-proposals').click();
    await page.getByTestId('proposal-list').waitFor();
    await page.getByRole('button', { name: 'Uusi toimenpide-ehdotus' }).click();
    const proposalTitle = 'Velkaneuvonta nuorten asumisen tueksi';
    await page.locator('#proposal-new-title').fill(proposalTitle);
    await page.locator('#proposal-new-rationale').fill('Häätöuhat ovat lisääntyneet.');
    // The decision body: one of the suggestions.
    await page.locator('#proposal-new-decisionBody').click();
    await page.getByRole('option', { name: 'Aluehallitus' }).click();
    expect(await page.locator('#proposal-new-decisionBody').inputValue()).toBe('Aluehallitus');
    await page.locator('#proposal-new-phenomena').click();
    await page.getByRole('menuitemcheckbox', { name: title }).click();
    await page.keyboard.press('Escape');
    await page.locator('#proposal-new-dueDate').fill('31.2.2027');
    await page.getByRole('button', { name: 'Tallenna luonnoksena' }).click();
    expect((await focusSettled(page, { id: 'proposal-new-dueDate' })).id).toBe(
      'proposal-new-dueDate',
    );
    await page.locator('#proposal-new-dueDate').fill('31.3.2027');
    await page.getByRole('button', { name: 'Tallenna luonnoksena' }).click();
    await page.locator('#proposal-heading', { hasText: proposalTitle }).waitFor();
    expect(await focusSettled(page, { tag: 'h3', text: proposalTitle })).toMatchObject({
      tag: 'h3',
      text: proposalTitle,
    });
    const detail = page.getByTestId('proposal-detail');
    expect(await detail.innerText()).toContain('31.3.2027');
    expect(await detail.innerText()).toContain(title);
    const listed = page
      .getByTestId('proposal-list')
      .getByRole('button', { name: new RegExp(proposalTitle) });
    expect(await listed.innerText()).toContain('Määräaika 31.3.2027');

    // Draft → proposed: at once; the focus on the new status.
    await page.getByRole('button', { name: 'Esitä päätettäväksi' }).click();
    await page
      .getByTestId('proposal-status')
      .filter({ hasText: 'Esitetty päätettäväksi' })
      .waitFor();
    expect((await focusSettled(page, { text: 'Nykyinen tila: Esitetty päätettäväksi' })).text).toBe(
      'Nykyinen tila: Esitetty päätettäväksi',
    );
    expect(await page.getByTestId('reporters-told').innerText()).toContain(
      'Ilmoittajille kerrotaan päätöksestä',
    );

    // Proposed → accepted: the decision, who and when; the decision text is required.
    await page.getByRole('button', { name: 'Kirjaa hyväksytyksi' }).click();
    expect((await focusSettled(page, { id: 'move-note' })).id).toBe('move-note');
    expect(await page.locator('#move-by').inputValue()).toBe('Aluehallitus');
    expect(await page.locator('#move-on').inputValue()).toMatch(/^\d{1,2}\.\d{1,2}\.\d{4}$/);
    await page.getByRole('button', { name: 'Vahvista: Kirjaa hyväksytyksi' }).click();
    expect((await focusSettled(page, { id: 'move-note' })).id).toBe('move-note');
    expect(await page.getByTestId('move-form').innerText()).toContain('Tämä tieto on pakollinen.');
    await page.locator('#move-note').fill('Hyväksytty kokeiluksi vuodelle 2027.');
    await page.locator('#move-on').fill('25.11.2026');
    await page.getByRole('button', { name: 'Vahvista: Kirjaa hyväksytyksi' }).click();
    await page.getByTestId('proposal-status').filter({ hasText: 'Hyväksytty' }).waitFor();
    expect((await focusSettled(page, { text: 'Nykyinen tila: Hyväksytty' })).text).toBe(
      'Nykyinen tila: Hyväksytty',
    );
    const decision = page.getByTestId('proposal-decision');
    expect(await decision.innerText()).toContain('Hyväksytty kokeiluksi vuodelle 2027.');
    expect(await decision.innerText()).toContain('Aluehallitus, 25.11.2026');
    await page
      .getByTestId('proposal-history')
      .getByText('Esitetty päätettäväksi → Hyväksytty')
      .waitFor();

    const proposals = await apiGet<{ items: Proposal[] }>(coordinator().id, '/proposals');
    expect(proposals.items.find((p) => p.title === proposalTitle)).toMatchObject({
      status: 'accepted',
      phenomenonIds: [phenomenon!.id],
      dueDate: '2027-03-31',
      decision: {
        text: 'Hyväksytty kokeiluksi vuodelle 2027.',
        by: 'Aluehallitus',
        on: '2026-11-25',
      },
    });
    await page.context().close();
  });

  it('says when someone else changed a phenomenon meanwhile, and keeps what was written', async () => {
    const page = await openWorkspace(coordinator().id);
    await page.getByTestId('phenomenon-list').locator('button').first().click();
    await page.getByTestId('phenomenon-detail').waitFor();
    const id = (await page
      .getByTestId('phenomenon-list')
      .locator('button')
      .first()
      .getAttribute('data-item-id'))!;
    await page.getByRole('button', { name: 'Muokkaa' }).click();
    await page.locator('#phenomenon-edit-description').fill('Oma muotoiluni.');

    // Another member edits it first.
    const current = await fetch(`${rake.url}/api/phenomena/${id}`, {
      headers: { 'X-Dev-User-Id': coordinator().id },
    });
    const edited = await fetch(`${rake.url}/api/phenomena/${id}`, {
      method: 'PATCH',
      headers: {
        'X-Dev-User-Id': coordinator().id,
        'Content-Type': 'application/json',
        'If-Match': current.headers.get('etag') ?? '',
      },
      body: JSON.stringify({ level: 'macro' }),
    });
    expect(edited.status).toBe(200);

    await page.getByRole('button', { name: 'Tallenna muutokset' }).click();
    await page.getByText('Joku muu muutti tätä sillä välin.', { exact: false }).waitFor();
    expect(await page.locator('#phenomenon-edit-description').inputValue()).toBe('Oma muotoiluni.');
    // Saved again on the current version: it goes through.
    await page.getByRole('button', { name: 'Tallenna muutokset' }).click();
    await page.getByText('Ilmiön muutokset tallennettu.').waitFor();
    expect(await page.getByTestId('phenomenon-description').innerText()).toBe('Oma muotoiluni.');
    await page.context().close();
  });

  it('creates a phenomenon by keyboard alone (Tab, Enter, Space), the focus always sensible', async () => {
    const page = await openWorkspace(coordinator().id);
    await page.getByTestId('phenomenon-list').waitFor();

    // From the workspace's tab in the navigation, Tab reaches the "new phenomenon" button.
    await page.locator('#tab-workspace').focus();
    for (let i = 0; i < 60 && !(await focused(page)).newButton; i += 1) {
      await page.keyboard.press('Tab');
    }
    expect(await focused(page)).toMatchObject({ newButton: true, text: 'Uusi ilmiö' });

    // Escape closes the form and puts the focus back on its button.
    await page.keyboard.press('Enter');
    expect((await focusSettled(page, { id: 'phenomenon-new-title' })).id).toBe(
      'phenomenon-new-title',
    );
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('phenomenon-new-form').count()).toBe(0);
    expect((await focusSettled(page, { newButton: true })).newButton).toBe(true);

    await page.keyboard.press('Enter');
    const title = 'Näppäimistöllä nimetty ilmiö';
    await page.keyboard.type(title);
    await page.keyboard.press('Tab');
    expect((await focusSettled(page, { id: 'phenomenon-new-description' })).id).toBe(
      'phenomenon-new-description',
    );
    await page.keyboard.type('Kirjoitettu ilman hiirtä.');
    await page.keyboard.press('Tab');
    expect((await focusSettled(page, { id: 'phenomenon-new-forms' })).id).toBe(
      'phenomenon-new-forms',
    );
    await page.keyboard.press('Space');
    // Through the other forms to the level, whose choice "not said" keeps its default.
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'input', type: 'radio' });
    await page.keyboard.press('Tab');
    expect((await focusSettled(page, { text: 'Tallenna ilmiö' })).text).toBe('Tallenna ilmiö');
    await page.keyboard.press('Enter');
    await page.locator('#phenomenon-heading', { hasText: title }).waitFor();
    expect(await focusSettled(page, { tag: 'h3', text: title })).toMatchObject({
      tag: 'h3',
      text: title,
    });
    expect(await page.getByTestId('phenomenon-detail').innerText()).toContain('Tietotyö');
    await page.context().close();
  });

  it('has no axe violations in the phenomena and proposals views (fi)', async () => {
    const page = await openWorkspace(coordinator().id);
    await page.getByTestId('phenomenon-list').waitFor();
    await page.locator('figure svg').first().waitFor();
    expect(await violations(page)).toEqual([]);
    await page.getByTestId('phenomenon-list').locator('button').first().click();
    await page.getByTestId('linked-observations').waitFor();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Uusi ilmiö' }).click();
    await page.getByTestId('phenomenon-new-form').waitFor();
    expect(await violations(page)).toEqual([]);

    await page.locator('#ws-tab-proposals').click();
    await page.getByTestId('proposal-list').waitFor();
    expect(await violations(page)).toEqual([]);
    await page
      .getByTestId('proposal-list')
      .getByRole('button', { name: /Esitetty päätettäväksi/ })
      .first()
      .click();
    await page.getByTestId('proposal-history').waitFor();
    await page.getByRole('button', { name: 'Kirjaa hylätyksi' }).click();
    await page.getByTestId('move-form').waitFor();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Uusi toimenpide-ehdotus' }).click();
    await page.getByTestId('proposal-new-form').waitFor();
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });

  it.each(LANGUAGES)('fits 420 px without sideways scrolling (%s)', async (lang) => {
    const page = await openWorkspace(coordinator().id, { lang, width: 420 });
    await page.getByTestId('phenomenon-list').waitFor();
    await page.getByTestId('trend-table').waitFor();
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    await page.getByTestId('phenomenon-list').locator('button').first().click();
    await page.getByTestId('linked-observations').waitFor();
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    // Narrow: the item replaces the list; back returns to the item it came from.
    expect(await page.getByTestId('phenomenon-list').count()).toBe(0);
    await page.getByTestId('ws-back').click();
    expect(await focused(page)).toMatchObject({ tag: 'button' });
    expect(await page.getByTestId('phenomenon-list').count()).toBe(1);

    await page.locator('#ws-tab-proposals').click();
    await page.getByTestId('proposal-list').waitFor();
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    await page.getByTestId('proposal-list').locator('button').first().click();
    await page.getByTestId('proposal-history').waitFor();
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    await page.getByTestId('ws-back').click();
    await page.locator('[data-new-button]').click();
    await page.getByTestId('proposal-new-form').waitFor();
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    await page.context().close();
  });
});
