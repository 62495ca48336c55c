import type { Page } from 'playwright-core';
import { violations } from './support/axe';
import { focused, focusSettled, sidewaysScroll } from './support/page-state';
import { startRakeWithBrowser, TEST_TIMEOUT, type Rake, type StaffMember } from './support/rake';
import { devApi, withRole as withRoleIn } from './support/dev-api';

jest.setTimeout(TEST_TIMEOUT * 4);

type Quotation = { observationId: string; sectionKey: string; text: string; municipality: string };
type Report = {
  id: string;
  version: number;
  introduction: string;
  sections: { key: string; heading: string; text: string }[];
  quotations: Quotation[];
};
type Quotable = {
  id: string;
  createdAt: string;
  municipality: string;
  description: string;
  solutionProposal: string;
};

const YEAR = new Date().getFullYear();
const PART = '[data-testid="report-quotations"]';

const words = (text: string) => text.split(/\s+/).filter((w) => w !== '');
/** As the page writes a writer's words (src/adapters/report-document/escape-markup.ts). */
const escaped = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/**
 * Issue 12, quotations: the coordinator finds an observation the annual report rests on,
 * shortens its words with "…" and adds it under a section; a rewritten quotation is refused
 * at its field with the text kept; a change made meanwhile reloads; the editor sees the
 * quotation in the page as a block quote; axe in Finnish and at 420 px; one add by keyboard.
 */
describe('quotations in a report', () => {
  let rake: Rake;
  let reportId = '';
  /** Observations of the report with a long enough description, each with a word that finds it. */
  const sources: { observation: Quotable; word: string }[] = [];

  const withRole = (role: string): StaffMember => withRoleIn(rake, role);
  const coordinator = () => withRole('rake_coordinator');
  const editor = () => withRole('editor');

  const api = <T>(
    who: StaffMember,
    method: string,
    path: string,
    body?: unknown,
    ifMatch?: string,
  ) => devApi<T>(rake, who, method, path, body, ifMatch);

  /** A word of the description that finds this observation among at most a few. */
  async function findingWord(o: Quotable): Promise<string | null> {
    const candidates = [
      ...new Set(words(o.description).filter((w) => /^[a-zåäö]{7,}$/i.test(w))),
    ].slice(0, 8);
    for (const word of candidates) {
      const q = encodeURIComponent(word);
      const { body } = await api<{ items: Quotable[] }>(
        coordinator(),
        'GET',
        `/reports/${reportId}/observations?q=${q}&limit=5`,
      );
      if (body.items.length < 5 && body.items.some((i) => i.id === o.id)) return word;
    }
    return null;
  }

  beforeAll(async () => {
    rake = await startRakeWithBrowser();
    const made = await api<Report>(coordinator(), 'POST', '/reports', {
      kind: 'annual',
      year: YEAR,
      title: `Sosiaalinen raportti ${YEAR}`,
    });
    expect(made.status).toBe(201);
    reportId = made.body.id;
    const { body } = await api<{ items: Quotable[] }>(
      coordinator(),
      'GET',
      `/reports/${reportId}/observations?limit=50`,
    );
    for (const observation of body.items.filter((o) => words(o.description).length >= 10)) {
      const word = await findingWord(observation);
      if (word !== null) sources.push({ observation, word });
      if (sources.length === 3) break;
    }
    if (sources.length < 3) throw new Error('demo data needs three quotable observations');
  }, TEST_TIMEOUT * 2);

  afterAll(async () => {
    await rake?.close();
  });

  async function openReport(
    who: StaffMember,
    options: { lang?: 'fi' | 'sv' | 'en'; width?: number } = {},
  ): Promise<Page> {
    const page = await rake.open(who.id, { lang: options.lang ?? 'fi', view: 'workspace' });
    await page.setViewportSize({ width: options.width ?? 1280, height: 900 });
    await page.goto(
      `${rake.url}/?as=${who.id}&lang=${options.lang ?? 'fi'}&report=${reportId}#workspace`,
    );
    await page.getByTestId('report-detail').waitFor();
    await page.locator(PART).waitFor();
    return page;
  }

  /** Opens the add form and searches for `word` until its observation is among the results. */
  async function search(page: Page, word: string, observationId: string) {
    await page.locator('#quotation-add-search').fill(word);
    await page
      .locator(`[data-testid="quotable-results"] [data-observation-id="${observationId}"]`)
      .waitFor();
    await page
      .getByTestId('quotable-status')
      .filter({ hasText: /havainto/ })
      .waitFor();
  }

  const pickButton = (page: Page, observationId: string) =>
    page
      .locator(`[data-testid="quotable-results"] [data-observation-id="${observationId}"]`)
      .getByRole('button');

  const statusSaying = (page: Page, text: string | RegExp) =>
    page.getByRole('status').filter({ hasText: text });

  it('lets the coordinator find an observation, shorten its words with … and add them', async () => {
    const { observation, word } = sources[0]!;
    const page = await openReport(coordinator());
    const part = page.locator(PART);
    expect(await part.innerText()).toContain('Lainauksia ei ole valittu.');
    expect(await page.getByTestId('quotation-rule').innerText()).toContain('ilman kuntaa');

    await part.getByRole('button', { name: 'Lisää lainaus' }).click();
    expect((await focusSettled(page, { id: 'quotation-add-section' })).id).toBe(
      'quotation-add-section',
    );
    const { body: report } = await api<Report>(coordinator(), 'GET', `/reports/${reportId}`);
    const section = report.sections[1]!;
    await page.locator('#quotation-add-section').selectOption(section.key);
    // Without a search the newest are listed; the search narrows them (debounced).
    await page.getByTestId('quotable-results').waitFor();
    await search(page, word, observation.id);
    const result = page.locator(`[data-observation-id="${observation.id}"]`);
    expect(await result.innerText()).toMatch(/\d{1,2}\.\d{1,2}\.\d{4}/);
    expect(await violations(page, PART)).toEqual([]);

    await pickButton(page, observation.id).click();
    expect((await focusSettled(page, { id: 'quotation-add-text' })).id).toBe('quotation-add-text');
    const text = page.locator('#quotation-add-text');
    expect(await text.inputValue()).toBe(observation.description);
    const all = words(observation.description);
    const shortened = `${all.slice(0, 4).join(' ')} … ${all.slice(-3).join(' ')}`;
    await text.fill(shortened);
    await page.getByRole('button', { name: 'Lisää', exact: true }).click();

    await statusSaying(page, `Lainaus lisättiin lukuun ”${section.heading}”`).waitFor();
    expect((await focusSettled(page, { id: 'report-quotation-0' })).id).toBe('report-quotation-0');
    const { body: saved } = await api<Report>(coordinator(), 'GET', `/reports/${reportId}`);
    expect(saved.quotations).toEqual([
      {
        observationId: observation.id,
        sectionKey: section.key,
        text: shortened,
        municipality: observation.municipality,
      },
    ]);
    const list = page.getByTestId('report-quotation-list');
    expect(await list.getByRole('heading', { level: 5 }).innerText()).toBe(section.heading);
    expect(await list.locator('blockquote').innerText()).toBe(shortened);
    expect(await violations(page, PART)).toEqual([]);
    await page.context().close();
  });

  it('refuses rewritten words at the field, keeps them, and reloads after a change made meanwhile', async () => {
    const { observation, word } = sources[1]!;
    const page = await openReport(coordinator());
    await page.locator(PART).getByRole('button', { name: 'Lisää lainaus' }).click();
    await search(page, word, observation.id);
    await pickButton(page, observation.id).click();
    const text = page.locator('#quotation-add-text');
    const rewritten = 'Asiakkaat kertovat, että kaikki sujuu hyvin.';
    await text.fill(rewritten);
    await page.getByRole('button', { name: 'Lisää', exact: true }).click();

    expect((await focusSettled(page, { id: 'quotation-add-text' })).id).toBe('quotation-add-text');
    expect(await text.inputValue()).toBe(rewritten);
    expect(await text.getAttribute('aria-invalid')).toBe('true');
    const form = page.getByTestId('quotation-add-form');
    // The server's own words, in Finnish.
    expect(await form.innerText()).toContain('ei ole havainnon omin sanoin');

    // Back to the observation's words; but someone else saved the report meanwhile.
    const quoted = words(observation.description).slice(0, 6).join(' ');
    await text.fill(quoted);
    expect(await form.innerText()).not.toContain('omin sanoin');
    const { etag } = await api<Report>(coordinator(), 'GET', `/reports/${reportId}`);
    const other = await api<Report>(
      coordinator(),
      'PATCH',
      `/reports/${reportId}`,
      { introduction: 'Toinen jäsen kirjoitti johdannon sillä välin.' },
      etag!,
    );
    expect(other.status).toBe(200);
    await page.getByRole('button', { name: 'Lisää', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'Joku muu muutti tätä sillä välin' }).waitFor();
    expect(await text.inputValue()).toBe(quoted);
    await page.getByRole('button', { name: 'Lisää', exact: true }).click();
    await statusSaying(page, 'Lainaus lisättiin').waitFor();
    expect((await focusSettled(page, { id: 'report-quotation-1' })).id).toBe('report-quotation-1');
    const { body: saved } = await api<Report>(coordinator(), 'GET', `/reports/${reportId}`);
    expect(saved.quotations.map((q) => q.text)).toHaveLength(2);
    expect(saved.quotations[1]!.text).toBe(quoted);
    expect(saved.introduction).toBe('Toinen jäsen kirjoitti johdannon sillä välin.');
    await page.context().close();
  });

  it('shows the editor the quotations, read only, and in the page as block quotes', async () => {
    const { body: report } = await api<Report>(editor(), 'GET', `/reports/${reportId}`);
    expect(report.quotations).toHaveLength(2);
    const res = await fetch(`${rake.url}/api/reports/${reportId}/page.html`, {
      headers: { 'X-Dev-User-Id': editor().id },
    });
    expect(res.status).toBe(200);
    const html = await res.text();
    for (const q of report.quotations) {
      expect(html).toContain(`<blockquote><p>${escaped(q.text)}</p></blockquote>`);
    }

    const page = await openReport(editor());
    const part = page.locator(PART);
    expect(await part.locator('blockquote').count()).toBe(2);
    expect(await part.getByRole('button').count()).toBe(0);
    expect(await violations(page, PART)).toEqual([]);
    await page.context().close();
  });

  it('reads well at 420 and 320 px with the search open, and removes a quotation keeping the focus', async () => {
    const page = await openReport(coordinator(), { width: 420 });
    const part = page.locator(PART);
    await part.getByRole('button', { name: 'Lisää lainaus' }).click();
    await page.getByTestId('quotable-results').waitFor();
    expect(await violations(page, PART)).toEqual([]);
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Peruuta' }).click();
    expect((await focusSettled(page, { id: 'report-quotation-add' })).id).toBe(
      'report-quotation-add',
    );

    // The first of two goes: the focus moves to the one that followed it.
    const { body: before } = await api<Report>(coordinator(), 'GET', `/reports/${reportId}`);
    const firstShown = await part.locator('figure').first().getAttribute('id');
    await part.getByRole('button', { name: 'Poista' }).first().click();
    await statusSaying(page, 'Lainaus poistettiin').waitFor();
    const now = await focusSettled(page, { id: 'report-quotation-0' });
    expect(now.id).toBe('report-quotation-0');
    const { body: after } = await api<Report>(coordinator(), 'GET', `/reports/${reportId}`);
    expect(after.quotations).toHaveLength(1);
    const removed = before.quotations[Number(firstShown!.replace('report-quotation-', ''))]!;
    expect(after.quotations.map((q) => q.text)).not.toContain(removed.text);
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it('adds a quotation by keyboard alone', async () => {
    const { observation, word } = sources[2]!;
    const page = await openReport(coordinator());
    expect((await focusSettled(page, { id: 'report-heading' })).id).toBe('report-heading');
    for (let i = 0; i < 120; i += 1) {
      if ((await focused(page)).id === 'report-quotation-add') break;
      await page.keyboard.press('Tab');
    }
    expect((await focused(page)).id).toBe('report-quotation-add');
    await page.keyboard.press('Enter');
    expect((await focusSettled(page, { id: 'quotation-add-section' })).id).toBe(
      'quotation-add-section',
    );
    await page.keyboard.press('Tab');
    expect((await focused(page)).id).toBe('quotation-add-search');
    await page.keyboard.type(word);
    await page
      .getByTestId('quotable-status')
      .filter({ hasText: /^\d+ havaintoa?\.$/ })
      .waitFor();
    await pickButton(page, observation.id).waitFor();
    // Tab through the results to this observation's button, and choose it.
    for (let i = 0; i < 10; i += 1) {
      await page.keyboard.press('Tab');
      if ((await focused(page, 'data-pick')).data === observation.id) break;
    }
    expect((await focused(page, 'data-pick')).data).toBe(observation.id);
    await page.keyboard.press('Enter');
    expect((await focusSettled(page, { id: 'quotation-add-text' })).id).toBe('quotation-add-text');
    const all = words(observation.description);
    const shortened = `… ${all.slice(2, 7).join(' ')} …`;
    await page.keyboard.press('Control+A');
    await page.keyboard.type(shortened);
    // On from the text to Lisää (the omission hint and the status are not stops).
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Lisää');
    await page.keyboard.press('Enter');
    await statusSaying(page, 'Lainaus lisättiin').waitFor();
    const { body: saved } = await api<Report>(coordinator(), 'GET', `/reports/${reportId}`);
    const index = saved.quotations.findIndex((q) => q.text === shortened);
    expect(index).toBeGreaterThanOrEqual(0);
    expect((await focusSettled(page, { id: `report-quotation-${index}` })).id).toBe(
      `report-quotation-${index}`,
    );
    await page.context().close();
  });
});
