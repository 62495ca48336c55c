import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { deepLinkedUrl } from '../../tab/src/shell/deep-link';
import { violations } from './support/axe';
import { focusSettled, sidewaysScroll } from './support/page-state';
import { startRakeWithBrowser, TEST_TIMEOUT, type Rake, type StaffMember } from './support/rake';

jest.setTimeout(TEST_TIMEOUT * 4);

const LANGUAGES = ['fi', 'sv', 'en'] as const;
type Language = (typeof LANGUAGES)[number];

type Meeting = { id: string; date: string; minutes: { items: unknown[] } | null };
type Agenda = {
  since: string | null;
  observations: { id: string; phenomenonIds: string[]; excerpt: string; serviceArea: string }[];
};
type Compilation = {
  id: string;
  period: string | null;
  total: number;
  byServiceArea: { id: string; count: number }[];
  observations: { id: string; serviceArea: string; excerpt: string }[];
  enrichments: { id: string; serviceArea: string; answers: { text: string }[] }[];
};

/** d.M.yyyy of a yyyy-mm-dd day. */
const day = (ymd: string) => {
  const [y, m, d] = ymd.split('-').map(Number);
  return `${d}.${m}.${y}`;
};

/**
 * Issue 11, the working group's quarter in the tab: the next meeting's agenda and its minutes,
 * a compilation of the period with its charts and tables, its observations handed to a
 * service area, the area's supervisor answering, and the answer in the compilation; the
 * digest card's `?meeting=` link; axe, 420 px, Finnish, Swedish and English.
 */
describe("the RAKE working group's meetings, compilations and enrichment", () => {
  let rake: Rake;

  beforeAll(async () => {
    rake = await startRakeWithBrowser();
  }, TEST_TIMEOUT);

  afterAll(async () => {
    await rake?.close();
  });

  const coordinator = (): StaffMember => {
    const found = rake.identities.find((i) => i.roles.includes('rake_coordinator'));
    if (!found) throw new Error('demo data needs a coordinator');
    return found;
  };

  const api = async <T>(who: StaffMember, path: string): Promise<T> =>
    (await (
      await fetch(`${rake.url}/api${path}`, { headers: { 'X-Dev-User-Id': who.id } })
    ).json()) as T;

  /** The next meeting (today's included) and its agenda, as the server builds it. */
  async function nextMeeting(): Promise<{ meeting: Meeting; agenda: Agenda }> {
    const { items } = await api<{ items: Meeting[] }>(coordinator(), '/meetings');
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(
      new Date(),
    );
    const meeting = items.find((m) => m.date >= today);
    if (!meeting) throw new Error('no meeting to come');
    return { meeting, agenda: await api<Agenda>(coordinator(), `/meetings/${meeting.id}/agenda`) };
  }

  async function openSection(
    who: StaffMember,
    section: string,
    options: { lang?: Language; width?: number } = {},
  ): Promise<Page> {
    const page = await rake.open(who.id, { lang: options.lang ?? 'fi', view: 'workspace' });
    await page.setViewportSize({ width: options.width ?? 1280, height: 900 });
    await page.locator(`#ws-tab-${section}`).click();
    return page;
  }

  async function openNextAgenda(page: Page, id: string) {
    await page.getByTestId('meeting-list').locator(`[data-item-id="${id}"]`).click();
    await page.getByTestId('agenda').waitFor();
  }

  it("opens a meeting's agenda from the digest card's link (?meeting=)", async () => {
    const { meeting, agenda } = await nextMeeting();
    const page = await rake.open(coordinator().id, { view: 'new' });
    await page.goto(`${rake.url}/?as=${coordinator().id}&lang=fi&meeting=${meeting.id}#workspace`);
    await page.getByTestId('agenda').waitFor();
    expect(await page.locator('#ws-tab-meetings').getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('#meeting-heading').innerText()).toBe(`Kokous ${day(meeting.date)}`);
    expect((await focusSettled(page, { id: 'meeting-heading' })).id).toBe('meeting-heading');
    expect(await page.locator('#agenda-observations').innerText()).toBe(
      `Edellisen kokouksen (${day(agenda.since!)}) jälkeen tulleet ilmoitukset (${agenda.observations.length})`,
    );
    // The link has done its work: the address no longer carries it.
    expect(new URL(page.url()).searchParams.get('meeting')).toBeNull();
    await page.context().close();
  });

  it("takes Teams' agenda link (subEntityId workspace:meeting:<id>) to the same address", () => {
    const tab = 'https://rake.example.fi/?lang=sv';
    expect(deepLinkedUrl('workspace:meeting:meeting-2027-02-09', tab)).toBe(
      'https://rake.example.fi/?lang=sv&meeting=meeting-2027-02-09#workspace',
    );
    expect(deepLinkedUrl('workspace', tab)).toBe('https://rake.example.fi/?lang=sv#workspace');
    expect(deepLinkedUrl('board:obs-1', tab)).toBe('https://rake.example.fi/?lang=sv#board');
    expect(deepLinkedUrl('elsewhere', tab)).toBeNull();
  });

  it('lets the coordinator record the minutes, linking an observation to a phenomenon', async () => {
    const { meeting, agenda } = await nextMeeting();
    // The demo county has observations filed since the previous meeting.
    expect(agenda.observations.length).toBeGreaterThan(0);
    const page = await openSection(coordinator(), 'meetings');
    await page.getByTestId('meeting-list').waitFor();
    const next = page.getByTestId('meeting-list').locator(`[data-item-id="${meeting.id}"]`);
    expect(await next.innerText()).toContain('Seuraava kokous');
    await openNextAgenda(page, meeting.id);
    const listed = page.getByTestId('agenda-observations').locator('li');
    expect(await listed.count()).toBe(agenda.observations.length);
    expect(await listed.first().innerText()).toContain(agenda.observations[0]!.excerpt);
    expect(await violations(page)).toEqual([]);

    // The form opens on its summary; Escape closes it and gives the focus back to its button.
    const record = page.getByRole('button', { name: 'Kirjaa pöytäkirja' });
    await record.click();
    expect((await focusSettled(page, { id: 'minutes-summary' })).id).toBe('minutes-summary');
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('minutes-form').count()).toBe(0);
    expect((await focusSettled(page, { text: 'Kirjaa pöytäkirja' })).text).toBe(
      'Kirjaa pöytäkirja',
    );

    await record.click();
    const form = page.getByTestId('minutes-form');
    await form.waitFor();
    expect(await violations(page)).toEqual([]);
    await page.locator('#minutes-summary').fill('Käytiin läpi neljännesvuoden ilmoitukset.');
    const observation = agenda.observations[0]!;
    const item = form.locator(`[data-minutes-item="observation:${observation.id}"]`);
    await item.locator('select[id$="-decision"]').selectOption('link_to_phenomenon');
    // Saved without the phenomenon: the field says so and has the focus.
    await page.getByRole('button', { name: 'Tallenna pöytäkirja' }).click();
    expect(await item.innerText()).toContain('Tämä tieto on pakollinen.');
    const phenomenonSelect = item.locator('select[id$="-phenomenonId"]');
    const selectId = (await phenomenonSelect.getAttribute('id'))!;
    expect((await focusSettled(page, { id: selectId })).id).toBe(selectId);

    const phenomena = await api<{ items: { id: string; title: string }[] }>(
      coordinator(),
      '/phenomena',
    );
    const target = phenomena.items.find((p) => !observation.phenomenonIds.includes(p.id))!;
    await phenomenonSelect.selectOption(target.id);
    await item.locator('textarea').fill('Sama ilmiö toistuu.');
    await page.getByRole('button', { name: 'Tallenna pöytäkirja' }).click();

    // The recorded minutes, the focus on their heading, the outcome announced.
    const minutes = page.getByTestId('minutes');
    await minutes.waitFor();
    expect((await focusSettled(page, { id: 'minutes-heading' })).id).toBe('minutes-heading');
    expect(await minutes.innerText()).toContain(`Liitettiin ilmiöön: ${target.title}`);
    expect(await minutes.innerText()).toContain('Sama ilmiö toistuu.');
    expect(
      await page.getByRole('status').filter({ hasText: 'Pöytäkirja tallennettu.' }).count(),
    ).toBe(1);
    expect(await page.getByTestId('meeting-minutes-state').innerText()).toMatch(/^Kirjattu /);

    // The minutes linked the observation, and the agenda says so.
    const linked = await api<{ observations: { id: string }[] }>(
      coordinator(),
      `/phenomena/${target.id}`,
    );
    expect(linked.observations.map((o) => o.id)).toContain(observation.id);
    expect(await listed.first().innerText()).toContain(target.title);
    await page.context().close();
  });

  it("compiles the period, hands its observations to an area, and shows the supervisor's answer", async () => {
    const page = await openSection(coordinator(), 'compilations');
    await page.getByRole('button', { name: 'Uusi kooste' }).click();
    await page.getByTestId('compilation-new-form').waitFor();
    // The current period is chosen; the whole county by default.
    await page.getByRole('button', { name: 'Tee kooste' }).click();
    const detail = page.getByTestId('compilation-detail');
    await detail.waitFor();
    expect((await focusSettled(page, { id: 'compilation-heading' })).id).toBe(
      'compilation-heading',
    );
    expect(await page.getByTestId('compilation-snapshot').innerText()).toMatch(
      /^Kooste on tilannekuva \d{1,2}\.\d{1,2}\.\d{4} klo \d{2}\.\d{2}; myöhemmät ilmoitukset eivät muuta sitä\./,
    );
    const { items } = await api<{ items: Compilation[] }>(coordinator(), '/compilations');
    const made = await api<Compilation>(coordinator(), `/compilations/${items[0]!.id}`);
    expect(made.period).not.toBeNull();
    expect(await page.locator('#compilation-heading').innerText()).toContain(made.period!);
    expect(await page.getByTestId('compilation-total').innerText()).toBe(String(made.total));
    expect(made.total).toBeGreaterThan(0);

    // Each count as a chart with its table beside it.
    const byArea = page.getByRole('table', { name: 'Taulukko: havainnot palvelualueittain' });
    await byArea.waitFor();
    const first = made.byServiceArea[0]!;
    expect(await byArea.locator('tbody tr').count()).toBe(made.byServiceArea.length);
    expect(await byArea.locator('tbody tr').first().locator('td').first().innerText()).toBe(
      String(first.count),
    );
    await page.locator('figure svg').first().waitFor();
    expect(await page.locator('figure').count()).toBeGreaterThanOrEqual(6);
    expect(await violations(page)).toEqual([]);

    // The compilation as a file: its observations, one row each, their phenomena named.
    await page.getByTestId('compilation-export').click();
    const downloading = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: /^CSV/ }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`rake-kooste-${made.period}.csv`);
    const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
    const [headings, ...rows] = csv.split('\r\n').filter((line) => line !== '');
    expect(headings?.split(';').at(-1)).toBe('Ilmiöt');
    expect(rows).toHaveLength(made.total);

    // Hand the observations of an area that has a supervisor (not in the RAKE group) to it.
    const supervisor = rake.identities.find(
      (i) =>
        i.roles.includes('supervisor') &&
        !i.roles.includes('rake_member') &&
        made.byServiceArea.some((a) => i.serviceAreas.includes(a.id)),
    )!;
    const area = made.byServiceArea.find((a) => supervisor.serviceAreas.includes(a.id))!.id;
    await page.getByRole('button', { name: 'Pyydä palvelualueelta rikastamista' }).click();
    const request = page.getByTestId('enrichment-request-form');
    await request.waitFor();
    expect((await focusSettled(page, { id: 'enrichment-new-serviceArea' })).id).toBe(
      'enrichment-new-serviceArea',
    );
    await page.locator('#enrichment-new-serviceArea').selectOption(area);
    const question = 'Miten nämä näkyvät teillä, ja mitä ehdottaisitte?';
    await page.locator('#enrichment-new-question').fill(question);
    expect(await page.locator('#enrichment-new-dueDate').inputValue()).toMatch(
      /^\d{1,2}\.\d{1,2}\.\d{4}$/,
    );
    await page.getByRole('button', { name: 'Lähetä pyyntö' }).click();
    const requests = page.getByTestId('compilation-enrichments');
    await requests.getByText(question).waitFor();
    expect((await focusSettled(page, { id: 'compilation-enrichments' })).id).toBe(
      'compilation-enrichments',
    );
    const sent = (await api<Compilation>(coordinator(), `/compilations/${made.id}`)).enrichments;
    const asked = sent.find((e) => e.serviceArea === area)!;
    expect(asked).toBeDefined();

    // The area's supervisor sees it among their requests, with the observations, and answers.
    const theirs = await openSection(supervisor, 'enrichments');
    await theirs.getByTestId('enrichment-list').locator(`[data-item-id="${asked.id}"]`).click();
    const page2 = theirs.getByTestId('enrichment-detail');
    await page2.waitFor();
    expect(await page2.innerText()).toContain(question);
    expect(await page2.innerText()).toMatch(
      /Määräpäivä \d{1,2}\.\d{1,2}\.\d{4}, \d+ päivän päästä/,
    );
    await theirs.getByTestId('enrichment-observations').waitFor();
    const count = made.observations.filter((o) => o.serviceArea === area).length;
    expect(await theirs.getByTestId('enrichment-observations').locator('li').count()).toBe(count);
    expect(await violations(theirs)).toEqual([]);
    await theirs.locator('#answer-text').fill('Näkyy meilläkin, etenkin pienissä kunnissa.');
    await theirs.locator('#answer-proposal').fill('Yhteinen asumisneuvonta kuntien kanssa.');
    await theirs.getByRole('button', { name: 'Lähetä vastaus' }).click();
    const answers = theirs.getByTestId('enrichment-answers');
    await answers.getByText('Näkyy meilläkin, etenkin pienissä kunnissa.').waitFor();
    expect(await focusSettled(theirs, { tag: 'li' })).toMatchObject({ tag: 'li' });
    expect(await answers.innerText()).toContain(supervisor.name);
    await theirs.context().close();

    // The coordinator sees the answer in the compilation.
    await page.reload();
    await page.locator('#ws-tab-compilations').click();
    await page.getByTestId('compilation-list').locator(`[data-item-id="${made.id}"]`).click();
    const withAnswer = page.locator(`[data-enrichment-id="${asked.id}"]`);
    await withAnswer.getByText('Näkyy meilläkin, etenkin pienissä kunnissa.').waitFor();
    expect(await withAnswer.innerText()).toContain('Yhteinen asumisneuvonta kuntien kanssa.');
    await page.context().close();

    // And on the board, in the panel of an observation that was handed over.
    const handed = made.observations.find((o) => o.serviceArea === area)!;
    const snippet = handed.excerpt.slice(0, 24);
    const board = await rake.open(coordinator().id, { view: 'board' });
    await board.getByTestId('board-total').waitFor();
    const toggle = board.getByTestId('filters-toggle');
    if ((await toggle.count()) > 0) await toggle.click();
    await board.locator('#filter-q').fill(snippet);
    await board.locator('#filter-q').press('Enter');
    await board.locator('[data-testid="board-list"] button', { hasText: snippet }).first().click();
    const panel = board.getByTestId('observation-panel');
    await panel.getByText('Näkyy meilläkin, etenkin pienissä kunnissa.').waitFor();
    expect(await panel.innerText()).toContain('Ehdotus: Yhteinen asumisneuvonta kuntien kanssa.');
    expect(await violations(board)).toEqual([]);
    await board.context().close();
  });

  it.each(LANGUAGES)('fits 420 px without sideways scrolling (%s)', async (lang) => {
    const { meeting } = await nextMeeting();
    const page = await openSection(coordinator(), 'meetings', { lang, width: 420 });
    await page.getByTestId('meeting-list').waitFor();
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    await openNextAgenda(page, meeting.id);
    expect(await page.getByTestId('meeting-list').count()).toBe(0);
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    await page.locator('[data-testid="meeting-detail"] button').last().click();
    await page.getByTestId('minutes-form').waitFor();
    await page.locator('select[id$="-decision"]').first().selectOption('make_proposal');
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);

    await page.locator('#ws-tab-compilations').click();
    await page.getByTestId('compilation-list').locator('button').first().click();
    await page.getByTestId('compilation-detail').waitFor();
    await page.locator('figure svg').first().waitFor();
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);

    await page.locator('#ws-tab-enrichments').click();
    await page.getByTestId('enrichment-list').locator('button').first().click();
    await page.getByTestId('enrichment-detail').waitFor();
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    await page.context().close();
  });
});
