import type { Page } from 'playwright-core';
import { violations } from './support/axe';
import { devApi } from './support/dev-api';
import { demoFormInput } from './support/form';
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
    await page.getByTestId('withdraw').click();
    // The question takes the focus; nothing is withdrawn before the answer.
    await page.getByTestId('withdraw-confirm').waitFor();
    expect(await violations(page)).toEqual([]);
    await page.getByTestId('withdraw-confirm').click();

    await page.getByRole('status').getByText('Havainto on peruttu.').waitFor();
    const detail = page.getByTestId('report-detail');
    await detail.getByText('Peruttu', { exact: true }).first().waitFor();
    expect(await page.getByTestId('withdraw').count()).toBe(0);
    const stored = await devApi<Filed>(rake, reporter, 'GET', `/observations/${filed.id}`);
    expect(stored.body.status).toBe('withdrawn');
    expect(await violations(page)).toEqual([]);
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
    const amended =
      'Palautetaan: nuorten asumisneuvontaa ei ole saatavilla Kajaanissa eikä Kuhmossa.';
    await form.getByTestId('resubmit-description').fill(amended);
    expect(await violations(mine)).toEqual([]);
    await form.getByTestId('resubmit-send').click();
    await mine.getByRole('status').getByText('Havainto lähetettiin uudelleen.').waitFor();
    await mine.getByTestId('timeline-previous').first().waitFor();

    // The reporter writes to the supervisor.
    const thread = mine.getByTestId('message-thread');
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
    await panelThread.getByTestId('message-text').fill('Kiitos, otan tämän käsittelyyn.');
    await panelThread.getByTestId('message-send').click();
    await panelThread.getByRole('status').getByText('Viesti lähetetty.').waitFor();
    expect(await violations(board)).toEqual([]);

    // The reporter reads the answer.
    await mine.reload();
    await openMine(mine, filed.id);
    await mine.getByTestId('message-thread').getByText('Kiitos, otan tämän käsittelyyn.').waitFor();
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
