import type { Locator } from 'playwright-core';
import { violations } from './support/axe';
import { demoPeople, startRakeWithBrowser, TEST_TIMEOUT, type Rake } from './support/rake';

jest.setTimeout(TEST_TIMEOUT * 3);

const SHOTS = process.env.RAKE_SCREENSHOTS ?? '/tmp';

/** The panel's body scrolled sideways (the drawer is fixed: the page itself never scrolls). */
const sideways = (panel: Locator) => panel.evaluate((el) => el.scrollWidth - el.clientWidth);

/** Issue 11: "who does it" from the staff, "when" and "follow-up" as dates, the edit history. */
describe('the triage card: a member of staff, dates, and the history of its edits', () => {
  let rake: Rake;

  beforeAll(async () => {
    rake = await startRakeWithBrowser();
  }, TEST_TIMEOUT);

  afterAll(async () => {
    await rake?.close();
  });

  /** The supervisor's board at `width`, with the first observation open in the panel. */
  async function openFirst(lang: 'fi' | 'sv' | 'en', width: number) {
    const { supervisor } = demoPeople(rake.identities);
    const page = await rake.open(supervisor.id, { lang, view: 'board' });
    await page.setViewportSize({ width, height: 900 });
    await page.getByTestId('board-total').waitFor();
    const first = page.locator('[data-testid="board-list"] button').first();
    const id = (await first.getAttribute('data-observation-id')) ?? '';
    await first.click();
    const panel = page.getByTestId('observation-panel');
    await panel.getByTestId('triage-history').waitFor();
    return { page, panel, id, supervisor };
  }

  /** Someone on the staff list other than the supervisor, to choose as "who does it". */
  const colleague = () => {
    const { supervisor } = demoPeople(rake.identities);
    const other = rake.identities.find((i) => i.id !== supervisor.id && i.name.length > 4);
    if (!other) throw new Error('demo data needs more staff');
    return other;
  };

  const historyOf = (userId: string, id: string) =>
    fetch(`${rake.url}/api/observations/${id}/triage/history`, {
      headers: { 'X-Dev-User-Id': userId },
    });

  it('saves a member of staff as owner and a date as follow-up, and the edit shows in the history', async () => {
    const { page, panel, id, supervisor } = await openFirst('fi', 1280);
    const chosen = colleague();
    const edits = panel.getByTestId('triage-edit');
    const before = await edits.count();

    // Type part of the name; the list narrows down; pick the person.
    const owner = panel.locator('#triage-owner');
    await owner.fill('');
    await owner.pressSequentially(chosen.name.slice(0, 4));
    await page
      .locator('[role="listbox"]')
      .getByRole('option', { name: new RegExp(`^${chosen.name}`) })
      .click();
    expect(await owner.inputValue()).toBe(chosen.name);
    await panel.locator('#triage-followUp').fill('2026-09-30');
    // Whatever the browser's own date field shows, the day is also said the Finnish way.
    await panel.getByText('Valittu päivä: 30.9.2026').waitFor();
    await panel.getByRole('button', { name: 'Tallenna käsittelykortti' }).click();
    await panel.getByText('Käsittelykortti tallennettu.').waitFor();

    // The newest edit, last in the list: who, when (d.M.yyyy klo hh.mm), what from what to what.
    await edits.nth(before).waitFor();
    const edit = edits.last();
    expect(await edit.locator('> span').first().innerText()).toMatch(
      new RegExp(`^${supervisor.name}, \\d{1,2}\\.\\d{1,2}\\.\\d{4} klo \\d{2}\\.\\d{2}$`),
    );
    expect(await edit.locator('dt').allInnerTexts()).toEqual(['Kuka tekee', 'Seuranta']);
    // Seen as "before → after"; screen readers hear "Ennen: … , Nyt: …" instead of the arrow.
    const [ownerChange, followUpChange] = await edit.locator('dd').allTextContents();
    expect(ownerChange).toMatch(new RegExp(`^Ennen: .+ → , Nyt: ${chosen.name}$`));
    expect(followUpChange).toMatch(/^Ennen: .+ → , Nyt: 30\.9\.2026$/);
    await edit.scrollIntoViewIfNeeded();
    expect(await violations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/triage-history-fi-1280.png` });

    // Stored as the name and the day; the reporter never reads the history.
    const supervisorView = (await historyOf(supervisor.id, id).then((r) => r.json())) as {
      items: { changes: { field: string; after: unknown }[] }[];
    };
    expect(supervisorView.items.at(-1)?.changes).toEqual([
      expect.objectContaining({ field: 'owner', after: chosen.name }),
      expect.objectContaining({ field: 'followUp', after: '2026-09-30' }),
    ]);
    const reporterId = (
      (await fetch(`${rake.url}/api/observations/${id}`, {
        headers: { 'X-Dev-User-Id': supervisor.id },
      }).then((r) => r.json())) as { reporterId: string }
    ).reporterId;
    expect((await historyOf(reporterId, id)).status).toBe(403);

    // The board's table shows the day as d.M.yyyy as well.
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    await page.locator('input[value="table"]').check();
    await page.getByTestId('board-table').getByText('30.9.2026').first().waitFor();
  });

  it.each([
    ['sv', 320, 'Ändringshistorik'],
    ['en', 420, 'Edit history'],
    ['fi', 1280, 'Muutoshistoria'],
  ] as const)(
    'lays the card and its history out in %s at %i px, axe clean',
    async (lang, width, heading) => {
      const { page, panel } = await openFirst(lang, width);
      await panel.getByRole('heading', { name: heading }).waitFor();
      expect(await panel.locator('#triage-timing').getAttribute('type')).toBe('date');
      expect(await panel.locator('#triage-followUp').getAttribute('type')).toBe('date');
      expect(await panel.locator('#triage-owner').getAttribute('role')).toBe('combobox');
      expect(await sideways(panel)).toBe(0);
      expect(await violations(page)).toEqual([]);
      await panel.locator('#triage-owner').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/triage-fields-${lang}-${width}.png` });
      await panel.getByTestId('triage-history').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/triage-history-${lang}-${width}.png` });
    },
  );
});
