import { demoPeople, startRakeWithBrowser, TEST_TIMEOUT, type Rake } from './support/rake';
import { fillObservationForm, demoFormInput } from './support/form';

jest.setTimeout(TEST_TIMEOUT);

const FINNISH_DATE_TIME = /\d{1,2}\.\d{1,2}\.\d{4} klo \d{2}\.\d{2}/;

describe('a reporter files, a supervisor answers, the reporter sees the answer', () => {
  let rake: Rake;

  beforeAll(async () => {
    rake = await startRakeWithBrowser();
  }, TEST_TIMEOUT);

  afterAll(async () => {
    await rake?.close();
  });

  it('goes through the form, the board, the triage panel and my reports', async () => {
    const { reporter, supervisor } = demoPeople(rake.identities);
    const marker = `Selaintesti ${Date.now()}`;
    const description =
      `${marker}: nuorten asunnottomuus on lisääntynyt kolmessa kunnassa. ` +
      'Teksti <b>ei ole HTML:ää</b> vaan näytetään sellaisenaan.';
    const feedback = 'Kiitos! Havainto viedään RAKE-työryhmän seuraavaan kokoukseen.';

    // 1. The reporter files an observation through the form.
    const form = await rake.open(reporter.id, { view: 'new' });
    await fillObservationForm(
      form,
      demoFormInput(rake, description, {
        solutionProposal: 'Asumisneuvontaa kouluihin; kokeiltu jo Kajaanissa.',
      }),
    );
    await form.locator('#submit-observation').click();
    await form.getByTestId('submit-success').waitFor();
    expect(await form.getByTestId('submit-success').innerText()).toContain(
      'Havainto on vastaanotettu',
    );

    // 2. The supervisor of that service area finds it on the board.
    const board = await rake.open(supervisor.id, { view: 'board' });
    await board.locator('#filter-q').fill(marker);
    await board.getByRole('button', { name: 'Hae', exact: true }).click();
    const item = board.locator('[data-testid="board-list"] button', { hasText: marker });
    await item.waitFor();
    expect(await item.innerText()).toMatch(/Odottaa vastausta: (alle tunnin|\d+ tunti)/);
    expect(await board.getByTestId('board-median').innerText()).toMatch(/mediaani/);
    await item.click();

    const panel = board.getByTestId('observation-panel');
    await panel.getByTestId('detail-description').waitFor();
    // Text is shown as typed, never interpreted as HTML.
    expect(await panel.getByTestId('detail-description').innerText()).toBe(description);
    expect(await panel.locator('b').count()).toBe(0);

    // 3. Fills triage fields.
    await panel.locator('#triage-coreContent').fill('Nuorten asunnottomuus kasvaa.');
    await panel.locator('#triage-audiences').fill('HYTE-työryhmät');
    await panel.locator('#triage-priority').fill('2');
    await panel.getByRole('button', { name: 'Tallenna käsittelykortti' }).click();
    await panel.getByText('Käsittelykortti tallennettu.').waitFor();

    // 4. Moves it to in_review, then forwards it with feedback.
    await panel.locator('[data-transition="in_review"]').click();
    await panel.getByTestId('transition-form').locator('button[type="submit"]').click();
    await panel.getByText('Tila vaihdettu: Käsittelyssä.').waitFor();

    await panel.locator('[data-transition="forwarded"]').click();
    const confirm = panel.getByTestId('transition-form').locator('button[type="submit"]');
    await confirm.click(); // without feedback: refused in the tab
    await panel.getByText('Tämä tieto on pakollinen.').waitFor();
    await panel.locator('#transition-feedback').fill(feedback);
    await confirm.click();
    await panel.getByText('Tila vaihdettu: Välitetty RAKE-työryhmälle.').waitFor();
    // The triage record survived the transitions.
    expect(await panel.locator('#triage-coreContent').inputValue()).toBe(
      'Nuorten asunnottomuus kasvaa.',
    );
    expect(await panel.locator('#triage-priority').inputValue()).toBe('2');

    // 5. The reporter sees the new status and the feedback in my reports.
    await form.goto(`${rake.url}/?as=${reporter.id}&lang=fi#mine`);
    const mine = form.locator('[data-testid="my-reports"] button', { hasText: marker });
    await mine.waitFor();
    expect(await mine.innerText()).toContain('Välitetty RAKE-työryhmälle');
    await mine.click();
    const detail = form.getByTestId('report-detail');
    await detail.getByTestId('timeline-feedback').waitFor();
    expect(await detail.getByTestId('timeline-feedback').innerText()).toBe(feedback);
    const entries = await detail.getByTestId('timeline-entry').allInnerTexts();
    expect(entries).toHaveLength(3);
    expect(entries[0]).toContain('Havainto tehty');
    expect(entries[2]).toContain('Käsittelyssä → Välitetty RAKE-työryhmälle');
    expect(entries[2]).toContain(supervisor.name);
    expect(entries[2]).toMatch(FINNISH_DATE_TIME);
    // The supervisor's working notes are not shown to the reporter.
    expect(await form.locator('#triage-coreContent').count()).toBe(0);
  });
});
