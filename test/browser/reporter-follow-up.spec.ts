import type { Page } from 'playwright-core';
import { violations } from './support/axe';
import { devApi } from './support/dev-api';
import { demoFormInput } from './support/form';
import { makeIdentityCode } from './support/identity-code';
import { demoPeople, startRakeWithBrowser, TEST_TIMEOUT, type Rake } from './support/rake';

jest.setTimeout(TEST_TIMEOUT);

type Filed = { id: string; version: number; status: string };

/**
 * Issue 13, reporters' follow-up, as people do it in the tab: the reporter withdraws one not
 * yet handled; the supervisor returns another, the reporter amends and sends it again, the
 * supervisor sees it received again; a message each way.
 */
describe("reporters' follow-up in the tab", () => {
  let rake: Rake;

  beforeAll(async () => {
    rake = await startRakeWithBrowser();
  }, TEST_TIMEOUT);

  afterAll(async () => {
    await rake?.close();
  });

  const file = async (description: string): Promise<Filed> => {
    const { reporter } = demoPeople(rake.identities);
    const res = await devApi<Filed>(rake, reporter, 'POST', '/observations', {
      kind: 'negative',
      ...demoFormInput(rake, description),
    });
    if (res.status !== 201) throw new Error(`filing: HTTP ${res.status}`);
    return res.body;
  };

  /** Waits until the focus is on the element with this data-testid (compiled without the DOM). */
  const focusReaches = (page: Page, testId: string) =>
    page.waitForFunction((id) => {
      const doc = (
        globalThis as unknown as {
          document: { activeElement: { getAttribute(n: string): string | null } | null };
        }
      ).document;
      return doc.activeElement?.getAttribute('data-testid') === id;
    }, testId);

  /** Opens one of "my reports" from the list. */
  const openMine = async (page: Page, id: string) => {
    await page.locator(`[data-observation-id="${id}"]`).first().click();
    await page.getByTestId('report-detail').waitFor();
  };

  it('withdraws a received observation after a confirmation', async () => {
    const { reporter } = demoPeople(rake.identities);
    const filed = await file('Perutaan: koulukyydit puuttuvat syrjäkylien lapsilta.');

    const page = await rake.open(reporter.id, { view: 'mine' });
    await openMine(page, filed.id);
    // Escape takes the question back and the focus returns to the button that asked.
    await page.getByTestId('withdraw').click();
    await focusReaches(page, 'withdraw-confirm');
    await page.keyboard.press('Escape');
    await focusReaches(page, 'withdraw');
    await page.keyboard.press('Enter');
    // The question takes the focus; nothing is withdrawn before the answer.
    await focusReaches(page, 'withdraw-confirm');
    expect(await violations(page)).toEqual([]);
    await page.getByTestId('withdraw-confirm').click();

    await page.getByRole('status').getByText('Havainto on peruttu.').waitFor();
    const detail = page.getByTestId('report-detail');
    await detail.getByText('Peruttu', { exact: true }).first().waitFor();
    expect(await page.getByTestId('withdraw').count()).toBe(0);
    // The button is gone with the old status: the focus is on the outcome, not lost.
    await focusReaches(page, 'follow-up-outcome');
    const stored = await devApi<Filed>(rake, reporter, 'GET', `/observations/${filed.id}`);
    expect(stored.body.status).toBe('withdrawn');
    expect(await violations(page)).toEqual([]);

    // Opened again later: it says what withdrawing meant, and promises no outcome.
    await page.reload();
    await openMine(page, filed.id);
    await page.getByTestId('withdrawn-note').waitFor();
    expect(await page.getByTestId('led-to').count()).toBe(0);
    await page.context().close();
  });

  it('answers a return: the reporter amends and resubmits, the supervisor sees it received; a message each way', async () => {
    const { reporter, supervisor } = demoPeople(rake.identities);
    const filed = await file('Palautetaan: nuorten asumisneuvontaa ei ole saatavilla.');
    const returned = await devApi<Filed>(
      rake,
      supervisor,
      'POST',
      `/observations/${filed.id}/transitions`,
      { to: 'returned', feedback: 'Kerro, missä kunnissa tämä näkyy.', returnReason: 'other' },
    );
    expect(returned.body.status).toBe('returned');

    // The reporter amends the text and sends it again.
    const mine = await rake.open(reporter.id, { view: 'mine' });
    await openMine(mine, filed.id);
    const form = mine.getByTestId('resubmit');
    await form.waitFor();
    // What was asked stands above the form.
    await form
      .getByTestId('resubmit-asked')
      .getByText('Kerro, missä kunnissa tämä näkyy.')
      .waitFor();
    // An identity code is refused at the field, which takes the focus and keeps the text.
    const withCode = `Palautetaan: nuorten asumisneuvonta, asiakas ${makeIdentityCode(1, 2, 1990, 123)}.`;
    await form.getByTestId('resubmit-description').fill(withCode);
    await form.getByTestId('resubmit-send').click();
    await form.getByText('henkilötunnuksen', { exact: false }).waitFor();
    await focusReaches(mine, 'resubmit-description');
    expect(await form.getByTestId('resubmit-description').inputValue()).toBe(withCode);
    const amended =
      'Palautetaan: nuorten asumisneuvontaa ei ole saatavilla Kajaanissa eikä Kuhmossa.';
    await form.getByTestId('resubmit-description').fill(amended);
    expect(await violations(mine)).toEqual([]);
    await form.getByTestId('resubmit-send').click();
    await mine.getByRole('status').getByText('Havainto lähetettiin uudelleen.').waitFor();
    await mine.getByTestId('timeline-previous').first().waitFor();
    await mine.getByText('Täydennetty ja lähetetty uudelleen').waitFor();
    await focusReaches(mine, 'follow-up-outcome');

    // The reporter writes to the supervisor; an identity code is refused and the text kept.
    const thread = mine.getByTestId('message-thread');
    const codeMessage = `Asiakas ${makeIdentityCode(3, 4, 1985, 456)} kertoi tästä.`;
    await thread.getByTestId('message-text').fill(codeMessage);
    await thread.getByTestId('message-send').click();
    await thread.getByText('henkilötunnuksen', { exact: false }).waitFor();
    expect(await thread.getByTestId('message-text').inputValue()).toBe(codeMessage);
    await focusReaches(mine, 'message-text');
    await thread.getByTestId('message-text').fill('Koskee molempia kuntia.');
    await thread.getByTestId('message-send').click();
    await thread.getByRole('status').getByText('Viesti lähetetty.').waitFor();
    await thread.getByText('Koskee molempia kuntia.').waitFor();

    // The supervisor sees it received again, with the message, and answers.
    const board = await rake.open(supervisor.id, { view: 'board' });
    await board.locator(`[data-observation-id="${filed.id}"]`).first().click();
    const panel = board.getByTestId('observation-panel');
    await panel.getByTestId('detail-description').getByText(amended).waitFor();
    await panel.getByText('Vastaanotettu', { exact: true }).first().waitFor();
    const panelThread = panel.getByTestId('message-thread');
    await panelThread.getByText('Koskee molempia kuntia.').waitFor();
    await panel.getByText('Täydennetty ja lähetetty uudelleen').waitFor();
    await panelThread.getByTestId('message-text').fill('Kiitos, otan tämän käsittelyyn.');
    await panelThread.getByTestId('message-send').click();
    await panelThread.getByRole('status').getByText('Viesti lähetetty.').waitFor();
    expect(await violations(board)).toEqual([]);

    // The reporter reads the answer.
    await mine.reload();
    await openMine(mine, filed.id);
    const answered = mine.getByTestId('message-thread');
    await answered.getByText('Kiitos, otan tämän käsittelyyn.').waitFor();
    // Who wrote what: each side is named.
    await answered.getByText(`${supervisor.name} (käsittelijä)`).waitFor();
    await answered.getByText(`${reporter.name} (ilmoittaja)`).waitFor();
    const messages = await devApi<{ items: { authorId: string }[] }>(
      rake,
      reporter,
      'GET',
      `/observations/${filed.id}/messages`,
    );
    expect(messages.body.items.map((m) => m.authorId)).toEqual([reporter.id, supervisor.id]);
    await mine.context().close();
    await board.context().close();
  });
});
