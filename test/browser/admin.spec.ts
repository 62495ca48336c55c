import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { violations } from './support/axe';
import { devApi, withRole } from './support/dev-api';
import { demoFormInput, fillObservationForm } from './support/form';
import { startRakeWithBrowser, TEST_TIMEOUT, type Rake, type StaffMember } from './support/rake';

jest.setTimeout(TEST_TIMEOUT * 3);

const SHOTS = join(process.cwd(), 'test-results');

/** No part of the page wider than the window (WCAG 1.4.10 reflow). */
const scrollsSideways = (page: Page) =>
  page.evaluate(() => {
    const doc = (
      globalThis as unknown as {
        document: { documentElement: { scrollWidth: number; clientWidth: number } };
      }
    ).document;
    return doc.documentElement.scrollWidth > doc.documentElement.clientWidth;
  });

type Area = { id: string; supervisors: { id: string }[] };
type Delivery = { recipient: string; observationId?: string | null; key: string };

/**
 * Issue 13, "Done when": the admin moves a supervisor between areas in the tab and the next
 * filing reaches the right person; an area left empty sends its filings to the coordinator,
 * and the board marks them.
 */
describe('the admin view: supervisors per service area', () => {
  let rake: Rake;
  let admin: StaffMember;

  beforeAll(async () => {
    rake = await startRakeWithBrowser();
    admin = withRole(rake, 'admin');
  }, TEST_TIMEOUT);

  afterAll(async () => {
    await rake?.close();
  });

  const areasNow = async (): Promise<Area[]> =>
    (await devApi<{ items: Area[] }>(rake, admin, 'GET', '/admin/service-areas')).body.items;
  const identity = (id: string): StaffMember => {
    const found = rake.identities.find((i) => i.id === id);
    if (!found) throw new Error(`no demo person ${id}`);
    return found;
  };

  /** Files in the tab as a plain reporter; returns the new observation's id. */
  async function fileIn(serviceArea: string, description: string): Promise<string> {
    const reporter = rake.identities.find((i) => i.roles.every((r) => r === 'reporter'));
    if (!reporter) throw new Error('demo data needs a reporter');
    const page = await rake.open(reporter.id, { view: 'new' });
    await fillObservationForm(page, demoFormInput(rake, description, { serviceArea }));
    await page.locator('#submit-observation').click();
    await page.getByTestId('submit-success').waitFor();
    const mine = await devApi<{ items: { id: string; description: string }[] }>(
      rake,
      reporter,
      'GET',
      '/observations/mine',
    );
    const filed = mine.body.items.find((o) => o.description === description);
    if (!filed) throw new Error('the filing is not among my reports');
    await page.context().close();
    return filed.id;
  }

  /** Until the delivery worker has tried the notification (nobody here has the bot). */
  async function deliveryTo(observationId: string, recipient: StaffMember): Promise<Delivery> {
    for (let round = 0; round < 100; round += 1) {
      const list = await devApi<{ items: Delivery[] }>(
        rake,
        admin,
        'GET',
        '/admin/deliveries?state=not_installed',
      );
      const found = list.body.items.find((d) =>
        d.key.startsWith(`new_observation:${observationId}:${recipient.id}`),
      );
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`no delivery of ${observationId} to ${recipient.name}`);
  }

  async function boardIds(who: StaffMember): Promise<string[]> {
    const board = await devApi<{ items: { id: string }[] }>(
      rake,
      who,
      'GET',
      '/observations?limit=100',
    );
    return board.body.items.map((o) => o.id);
  }

  it('moves a supervisor to another area in the tab; the next filing reaches them, not the old one', async () => {
    const before = await areasNow();
    // Two areas with a supervisor each: `from` loses its only one to `to`.
    const withOne = before.filter((a) => a.supervisors.length === 1);
    const from = withOne[1];
    const to = withOne[0];
    if (!from || !to) throw new Error('demo data needs two areas with one supervisor each');
    const moved = identity(from.supervisors[0]!.id);
    const old = identity(to.supervisors[0]!.id);
    const areaLabel = (id: string) =>
      rake.config.serviceAreas.find((a) => a.id === id) as unknown as {
        label: { fi: string };
      };

    const page = await rake.open(admin.id, { view: 'admin' });
    await page.setViewportSize({ width: 420, height: 900 });
    const fromCard = page.getByTestId(`area-${from.id}`);
    await fromCard.waitFor();
    expect(await violations(page)).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);

    // Take the supervisor out of their area: the area is left without one.
    await fromCard.getByRole('button', { name: /^Muokkaa/ }).click();
    const fromPicker = fromCard.getByRole('combobox', { name: 'Esihenkilöt' });
    // The button that opened the editor is gone: the focus is in the editor, on the picker.
    expect(await fromPicker.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    await fromPicker.click();
    await page.getByRole('menuitemcheckbox', { name: moved.name, exact: true }).click();
    await page.keyboard.press('Escape');
    await fromCard.getByRole('button', { name: 'Tallenna esihenkilöt' }).click();
    await fromCard
      .getByRole('status')
      .filter({ hasText: `Alueen ${areaLabel(from.id).label.fi} esihenkilöt tallennettu.` })
      .waitFor();
    // Focus returns to the button that opened the editor.
    expect(
      await page.evaluate(
        () =>
          (globalThis as unknown as { document: { activeElement: { textContent: string } } })
            .document.activeElement.textContent,
      ),
    ).toContain('Muokkaa');
    await fromCard.getByText('Ei esihenkilöä – koordinaattorille').waitFor();

    // …and into the other area, in place of its supervisor.
    const toCard = page.getByTestId(`area-${to.id}`);
    await toCard.getByRole('button', { name: /^Muokkaa/ }).click();
    const toPicker = toCard.getByRole('combobox', { name: 'Esihenkilöt' });
    await toPicker.click();
    await page.getByRole('menuitemcheckbox', { name: old.name, exact: true }).click();
    await page.getByRole('menuitemcheckbox', { name: moved.name, exact: true }).click();
    await page.keyboard.press('Escape');
    await toCard.getByRole('button', { name: 'Tallenna esihenkilöt' }).click();
    await toCard.getByRole('status').filter({ hasText: 'tallennettu' }).waitFor();
    await toCard.getByText(moved.name).waitFor();
    expect(await toCard.getByText(old.name).count()).toBe(0);
    // The view says which area has nobody and whom the bot cannot reach.
    await page.getByText(/^Ei esihenkilöä: /).waitFor();
    await page.getByText(/^Botti ei ole asennettuna: /).waitFor();
    expect(await violations(page)).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);

    mkdirSync(SHOTS, { recursive: true });
    await page.getByRole('heading', { name: 'Huomioitavaa' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'admin-areas-420.png') });

    // The log below says, in Finnish and by name, what was just done.
    const log = page.locator('section[aria-labelledby="audit-log-heading"]');
    await log
      .getByText(new RegExp(`Esihenkilöt: ${moved.name}$`))
      .first()
      .waitFor();
    expect(await log.getByText('Palvelualueen esihenkilöt muutettu').count()).toBe(2);

    const after = await areasNow();
    expect(after.find((a) => a.id === to.id)?.supervisors.map((s) => s.id)).toEqual([moved.id]);
    expect(after.find((a) => a.id === from.id)?.supervisors).toEqual([]);

    // A reporter files in the area: the moved supervisor has it, the old one does not.
    const filed = await fileIn(to.id, 'Nuorten asunnottomuus on lisääntynyt koko alueella.');
    expect(await boardIds(identity(moved.id))).toContain(filed);
    expect(await boardIds(identity(old.id))).not.toContain(filed);
    expect((await deliveryTo(filed, moved)).recipient).toBeTruthy();
    const notified = (
      await devApi<{ items: Delivery[] }>(
        rake,
        admin,
        'GET',
        '/admin/deliveries?state=not_installed',
      )
    ).body.items.filter((d) => d.key.startsWith(`new_observation:${filed}:`));
    expect(notified.map((d) => d.key)).toEqual([`new_observation:${filed}:${moved.id}`]);

    // A filing in the area left empty goes to the coordinator, and the board marks it.
    const unrouted = await fileIn(
      from.id,
      'Ikääntyneiden yksinäisyys näkyy kotikäynneillä yhä useammin.',
    );
    const coordinator = withRole(rake, 'rake_coordinator');
    await deliveryTo(unrouted, coordinator);
    const board = await rake.open(coordinator.id, { view: 'board' });
    await board.setViewportSize({ width: 420, height: 900 });
    const item = board.locator(`[data-observation-id="${unrouted}"]`);
    await item.waitFor();
    const badge = item.getByTestId('unrouted');
    expect(await badge.innerText()).toBe('Ei esihenkilöä – koordinaattorille');
    expect(await violations(board)).toEqual([]);
    expect(await scrollsSideways(board)).toBe(false);
    await item.scrollIntoViewIfNeeded();
    await board.screenshot({ path: join(SHOTS, 'admin-unrouted-420.png') });

    // The table view marks it too, beside its status.
    await board.locator('input[value="table"]').check();
    const row = board
      .getByTestId('board-table')
      .getByRole('row')
      .filter({ has: board.locator(`[data-observation-id="${unrouted}"]`) });
    expect(await row.getByTestId('unrouted').innerText()).toBe(
      'Ei esihenkilöä – koordinaattorille',
    );
    expect(await violations(board)).toEqual([]);
  });

  it('reads in English at 1280 px, with the settings editor, without axe findings', async () => {
    const page = await rake.open(admin.id, { view: 'admin', lang: 'en' });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('heading', { name: 'Supervisors of the service areas' }).waitFor();
    await page.getByRole('heading', { name: 'County settings' }).waitFor();
    await page.getByRole('button', { name: 'Municipalities' }).click();
    await page.getByRole('textbox', { name: 'In Swedish' }).first().waitFor();
    // The meeting months and weekdays are named in the reader's language.
    await page.getByRole('checkbox', { name: 'February' }).waitFor();
    expect(await page.locator('#settings-weekday option').allInnerTexts()).toEqual([
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
      'Sunday',
    ]);
    expect(await violations(page)).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'admin-settings-1280-en.png'), fullPage: true });

    // The public form switched on and a municipality retired, saved: in force at once.
    await page.getByRole('switch', { name: /Public form/ }).click();
    const retired = rake.config.municipalities[1]!.id;
    await page
      .locator(`#municipalities-${retired}-fi`)
      .locator('xpath=ancestor::li[1]')
      .getByRole('checkbox', { name: 'Retired' })
      .check();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByRole('status').filter({ hasText: 'Settings saved and in force.' }).waitFor();
    const stored = await devApi<{ version: number; settings: { publicForm: boolean } }>(
      rake,
      admin,
      'GET',
      '/admin/county',
    );
    expect(stored.body).toMatchObject({ version: 1, settings: { publicForm: true } });

    // A reporter's form no longer offers the retired municipality.
    const reporter = rake.identities.find((i) => i.roles.every((r) => r === 'reporter'))!;
    const form = await rake.open(reporter.id, { view: 'new' });
    await form.locator('#municipality option').nth(1).waitFor({ state: 'attached' });
    const offered = await form
      .locator('#municipality option')
      .evaluateAll((options) => options.map((o) => o.getAttribute('value')));
    expect(offered).toContain(rake.config.municipalities[0]!.id);
    expect(offered).not.toContain(retired);
  });
});
