import type { Page } from 'playwright-core';
import { violations } from './support/axe';
import { devApi, withRole as demoPersonWithRole } from './support/dev-api';
import { demoFormInput, fillObservationForm } from './support/form';
import {
  demoPeople,
  startRakeWithBrowser,
  TEST_TIMEOUT,
  type Rake,
  type StaffMember,
} from './support/rake';

jest.setTimeout(TEST_TIMEOUT * 3);

const LANGUAGES = ['fi', 'sv', 'en'] as const;

/** What the page's own functions see (this file is compiled without the DOM). */
type InPage = {
  document: {
    activeElement: { getAttribute(name: string): string | null; id: string } | null;
    documentElement: { scrollWidth: number; clientWidth: number };
    querySelector(selector: string): { scrollWidth: number; clientWidth: number } | null;
  };
};

/** How far the page, and the open panel's body, scroll sideways (0: not at all). */
const sidewaysScroll = (page: Page) =>
  page.evaluate(() => {
    const doc = (globalThis as unknown as InPage).document;
    const panel = doc.querySelector('[data-testid="observation-panel"]');
    const root = doc.documentElement;
    return Math.max(
      root.scrollWidth - root.clientWidth,
      panel ? panel.scrollWidth - panel.clientWidth : 0,
    );
  });

const focused = (page: Page) =>
  page.evaluate(() => {
    const active = (globalThis as unknown as InPage).document.activeElement;
    return {
      id: active?.id ?? '',
      linked: active?.getAttribute('data-linked-phenomenon') ?? null,
    };
  });

/**
 * Issue 11, "the loop closes": a reporter files; the coordinator links the observation to a
 * phenomenon from the board's panel with one click; a proposal resting on that phenomenon is
 * made and accepted (the workspace view's part, here through its API); the reporter reads the
 * proposal, its status and the decision in "my reports".
 */
describe("the coordinator's quarter, from a report to a decision its reporter sees", () => {
  let rake: Rake;

  beforeAll(async () => {
    rake = await startRakeWithBrowser();
  }, TEST_TIMEOUT);

  afterAll(async () => {
    await rake?.close();
  });

  const withRole = (role: string): StaffMember => demoPersonWithRole(rake, role);
  /** The API as someone (dev headers), for what another view of the tab does. */
  const api = <T>(who: StaffMember, method: string, path: string, body?: unknown) =>
    devApi<T>(rake, who, method, path, body);

  /** Searches the board for the marker (the filters fold behind a button when narrow). */
  async function search(page: Page, marker: string) {
    await page.getByTestId('board-total').waitFor();
    const toggle = page.getByTestId('filters-toggle');
    if ((await toggle.count()) > 0) await toggle.click();
    await page.locator('#filter-q').fill(marker);
    await page.locator('#filter-q').press('Enter');
  }

  async function openOnBoard(page: Page, marker: string) {
    await search(page, marker);
    const item = page.locator('[data-testid="board-list"] button', { hasText: marker });
    await item.first().click();
    const panel = page.getByTestId('observation-panel');
    await panel.getByTestId('detail-description').waitFor();
    return panel;
  }

  it('links with one click, decides, and the reporter sees the decision', async () => {
    const { reporter } = demoPeople(rake.identities);
    const coordinator = withRole('rake_coordinator');
    const marker = `Kvartaali ${Date.now()}`;

    // 0. The working group has named the phenomenon (in its workspace view).
    const phenomenon = await api<{ id: string; title: string }>(coordinator, 'POST', '/phenomena', {
      title: `Nuorten aikuisten häätöuhat (${marker})`,
      description:
        'Vuokravelat kasautuvat ja häätöjä pannaan täytäntöön yhä useammin; nuoret aikuiset jäävät asunnottomiksi.',
    });
    expect(phenomenon.status).toBe(201);

    // 1. The reporter files through the form, and sees that nothing has come of it yet.
    const mine = await rake.open(reporter.id, { view: 'new' });
    const description =
      `${marker}: nuorten aikuisten häätöuhan taustalla ovat kasautuvat vuokravelat. ` +
      'Häätöpäätösten määrä on kasvanut, ja vuokravelkojen perintä alkaa yhä nuoremmilla.';
    await fillObservationForm(mine, demoFormInput(rake, description));
    await mine.locator('#submit-observation').click();
    await mine.getByTestId('submit-success').waitFor();
    await mine.goto(`${rake.url}/?as=${reporter.id}&lang=fi#mine`);
    await mine.locator('[data-testid="my-reports"] button', { hasText: marker }).click();
    const detail = mine.getByTestId('report-detail');
    await detail.getByTestId('led-to').waitFor();
    expect(await detail.getByTestId('led-to').innerText()).toContain(
      'RAKE-työryhmä ei ole vielä liittänyt havaintoasi toimenpide-ehdotukseen.',
    );
    const filed = await api<{ items: { id: string; description: string }[] }>(
      reporter,
      'GET',
      '/observations/mine',
    );
    const observationId = filed.body.items.find((o) => o.description.startsWith(marker))?.id;
    if (!observationId) throw new Error('the filed observation is not in my reports');

    // 2. The coordinator opens it on the board; the phenomenon is suggested, with the words
    // the two share, and one click links it.
    const board = await rake.open(coordinator.id, { view: 'board' });
    const panel = await openOnBoard(board, marker);
    const section = panel.getByTestId('panel-phenomena');
    const suggestion = section.locator(`[data-suggestion="${phenomenon.body.id}"]`);
    await suggestion.waitFor();
    const why = await suggestion.getByTestId('match-terms').innerText();
    expect(why).toMatch(/^Yhteiset sanat: /);
    for (const word of ['häätö', 'vuokra']) expect(why).toContain(word);
    expect(await suggestion.getByTestId('match-score').innerText()).toMatch(
      /^Vastaavuus: (vahva|kohtalainen|heikko) \(\d+\s%\)$/,
    );
    expect(await violations(board)).toEqual([]);

    await suggestion
      .getByRole('button', { name: `Liitä ilmiöön ${phenomenon.body.title}` })
      .click();
    const linked = section.locator(`[data-linked-phenomenon="${phenomenon.body.id}"]`);
    await linked.waitFor();
    await section
      .getByRole('status')
      .getByText(`Havainto liitettiin ilmiöön ${phenomenon.body.title}.`)
      .waitFor();
    await suggestion.waitFor({ state: 'detached' });
    // The button is gone with its suggestion: the focus is on where the phenomenon went.
    expect((await focused(board)).linked).toBe(phenomenon.body.id);
    expect(await violations(board)).toEqual([]);
    const stored = await api<{ phenomena: { id: string }[] }>(
      coordinator,
      'GET',
      `/observations/${observationId}`,
    );
    expect(stored.body.phenomena.map((p) => p.id)).toEqual([phenomenon.body.id]);

    // 3. A proposal rests on the phenomenon; the leadership group accepts it (workspace view).
    const decision =
      'Johtoryhmä hyväksyi ehdotuksen: talous- ja velkaneuvonta tavoittaa nuoret ennen häätöä.';
    const proposal = await api<{ id: string }>(coordinator, 'POST', '/proposals', {
      title: `Varhainen velkaneuvonta nuorille (${marker})`,
      rationale: 'Häätöuhat toistuvat havainnoissa.',
      phenomenonIds: [phenomenon.body.id],
      decisionBody: 'RAKE-johtoryhmä',
    });
    expect(proposal.status).toBe(201);
    const transitions = `/proposals/${proposal.body.id}/transitions`;
    expect((await api(coordinator, 'POST', transitions, { to: 'proposed' })).status).toBe(200);
    const accepted = await api(coordinator, 'POST', transitions, {
      to: 'accepted',
      note: decision,
      by: 'RAKE-johtoryhmä',
      on: '2026-11-12',
    });
    expect(accepted.status).toBe(200);

    // 4. The reporter sees it: a badge in the list, and in the detail the phenomenon, the
    // proposal, its status in words, the decision, who made it and when.
    await mine.reload();
    const item = mine.locator('[data-testid="my-reports"] button', { hasText: marker });
    expect(await item.getByTestId('led-to-badge').innerText()).toBe('Ehdotuksesta päätetty');
    await item.click();
    const ledTo = mine.getByTestId('report-detail').getByTestId('led-to');
    await ledTo.getByTestId('led-to-proposal').waitFor();
    const text = await ledTo.innerText();
    expect(text).toContain('Mihin ilmoituksesi johti');
    expect(text).toContain(phenomenon.body.title);
    expect(text).toContain(`Toimenpide-ehdotus: Varhainen velkaneuvonta nuorille (${marker})`);
    expect(text).toContain('Hyväksytty');
    const lines = (await ledTo.getByTestId('led-to-decision').innerText()).split('\n');
    expect(lines.filter((line) => line.trim() !== '')).toEqual([
      'Päätös',
      decision,
      'Päätti RAKE-johtoryhmä 12.11.2026',
    ]);
    expect(await violations(mine)).toEqual([]);

    // 5. At 420 px nothing scrolls sideways, in any language: the detail and the panel.
    for (const lang of LANGUAGES) {
      const reader = await rake.open(reporter.id, { lang, view: 'mine' });
      await reader.setViewportSize({ width: 420, height: 900 });
      await reader.locator('[data-testid="my-reports"] button', { hasText: marker }).click();
      await reader.getByTestId('led-to-decision').waitFor();
      expect({ lang, view: 'mine', sideways: await sidewaysScroll(reader) }).toEqual({
        lang,
        view: 'mine',
        sideways: 0,
      });
      await reader.context().close();

      const group = await rake.open(coordinator.id, { lang, view: 'board' });
      await group.setViewportSize({ width: 420, height: 900 });
      const narrowPanel = await openOnBoard(group, marker);
      await narrowPanel.locator(`[data-linked-phenomenon="${phenomenon.body.id}"]`).waitFor();
      await narrowPanel.getByTestId('panel-similar').waitFor();
      expect({ lang, view: 'panel', sideways: await sidewaysScroll(group) }).toEqual({
        lang,
        view: 'panel',
        sideways: 0,
      });
      await group.context().close();
    }
  });

  it('makes a new phenomenon from the observation, unlinks it, and opens a similar one', async () => {
    const { reporter } = demoPeople(rake.identities);
    const member = withRole('rake_member');
    const marker = `Ilmiötesti ${Date.now()}`;
    const ids: string[] = [];
    for (const text of [
      `${marker}: ikääntyneiden yksinäisyys syvenee, kun kotihoidon käynnit lyhenevät.`,
      `${marker}: kotihoidon lyhyet käynnit jättävät ikääntyneet yksinäisiksi.`,
    ]) {
      const res = await api<{ id: string }>(reporter, 'POST', '/observations', {
        kind: 'negative',
        ...demoFormInput(rake, text),
      });
      expect(res.status).toBe(201);
      ids.push(res.body.id);
    }
    const [first, second] = ids as [string, string];
    // The text index looks at the store at most once a second (REFRESH_INTERVAL_MS.sqlite).
    await new Promise((resolve) => setTimeout(resolve, 1100));

    const board = await rake.open(member.id, { view: 'board' });
    await search(board, marker);
    await board.locator(`[data-testid="board-list"] [data-observation-id="${first}"]`).click();
    const panel = board.getByTestId('observation-panel');
    const section = panel.getByTestId('panel-phenomena');
    await section.getByText('Havaintoa ei ole vielä liitetty yhteenkään ilmiöön.').waitFor();

    // A new phenomenon, named here and linked at once.
    const title = `Ikääntyneiden yksinäisyys (${marker})`;
    await section.getByRole('button', { name: 'Uusi ilmiö tästä havainnosta' }).click();
    expect((await focused(board)).id).toBe('panel-new-title');
    await section.getByRole('button', { name: 'Luo ilmiö ja liitä havainto' }).click();
    await section.getByText('Tämä tieto on pakollinen.').waitFor();
    await section.locator('#panel-new-title').fill(title);
    await section.getByRole('button', { name: 'Luo ilmiö ja liitä havainto' }).click();
    await section
      .getByRole('status')
      .getByText(`Ilmiö ${title} luotiin ja havainto liitettiin siihen.`)
      .waitFor();
    const created = (await focused(board)).linked;
    expect(created).not.toBeNull();
    const listed = await api<{ items: { id: string; title: string; observationCount: number }[] }>(
      member,
      'GET',
      '/phenomena',
    );
    expect(listed.body.items.find((p) => p.id === created)).toMatchObject({
      title,
      observationCount: 1,
    });

    // Unlinked: the focus goes to the list's heading, which now says there is none.
    await section.getByRole('button', { name: `Poista liitos ilmiöön ${title}` }).click();
    await section.getByText('Havaintoa ei ole vielä liitetty yhteenkään ilmiöön.').waitFor();
    expect((await focused(board)).id).toBe('panel-linked-heading');

    // A similar observation opens in the same panel, with the focus at its top.
    const similar = panel.getByTestId('panel-similar').locator(`[data-similar-id="${second}"]`);
    await similar.getByText('kotihoidon lyhyet käynnit', { exact: false }).waitFor();
    expect(await similar.getByTestId('match-terms').innerText()).toMatch(/^Yhteiset sanat: /);
    await similar.click();
    await panel
      .getByTestId('detail-description')
      .getByText('kotihoidon lyhyet käynnit', { exact: false })
      .waitFor();
    expect((await focused(board)).id).toBe('panel-observation');
    expect(await violations(board)).toEqual([]);
  });

  it('shows a supervisor the phenomena and suggestions without the controls to change them', async () => {
    const { supervisor, reporter } = demoPeople(rake.identities);
    const marker = `Luku ${Date.now()}`;
    const res = await api<{ id: string }>(reporter, 'POST', '/observations', {
      kind: 'negative',
      ...demoFormInput(rake, `${marker}: toistuva ilmiö palvelualueella.`),
    });
    expect(res.status).toBe(201);
    const board = await rake.open(supervisor.id, { view: 'board' });
    const panel = await openOnBoard(board, marker);
    const section = panel.getByTestId('panel-phenomena');
    await section
      .getByText('Havainnot liittävät ilmiöihin RAKE-työryhmä ja koordinaattori.')
      .waitFor();
    // Whatever is suggested, it is shown without a button to link it.
    await section
      .getByTestId('suggestions')
      .or(section.getByText('Ei ehdotuksia', { exact: false }))
      .waitFor();
    expect(await section.getByRole('button').count()).toBe(0);
    expect(await section.locator('select').count()).toBe(0);
  });
});
