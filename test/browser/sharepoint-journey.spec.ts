import { randomUUID } from 'node:crypto';
import { provisionLists } from '../../src/adapters/graph/provision';
import {
  GRAPH_ORIGIN,
  graphClientForDouble,
  startGraphDouble,
  type GraphDouble,
  type ItemState,
} from '../../src/adapters/graph/testing/graph-double';
import { violations } from './support/axe';
import { fillObservationForm, demoFormInput } from './support/form';
import { demoPeople, startRakeWithBrowser, TEST_TIMEOUT, type Rake } from './support/rake';

jest.setTimeout(TEST_TIMEOUT);

const PREFIX = 'RAKE ';
const UNAVAILABLE_FI =
  'Tallennuspalvelu ei ole juuri nyt käytettävissä. Yritä uudelleen hetken kuluttua.';

/** Polls a condition of the Graph double's state (it changes outside the page). */
async function waitUntil(done: () => boolean, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > until) throw new Error('waited in vain');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the tab on SharePoint lists (the local Graph double)', () => {
  const siteId = `contoso.sharepoint.com,${randomUUID()},${randomUUID()}`;
  let double: GraphDouble;
  let rake: Rake;

  beforeAll(async () => {
    double = await startGraphDouble({ publicBaseUrl: GRAPH_ORIGIN, strictNonIndexedQueries: true });
    const client = graphClientForDouble(double, { retryDelaySeconds: 0 });
    const provisioned = await provisionLists(client, siteId, PREFIX);
    if (provisioned.problems.length > 0) {
      throw new Error(`Provisioning failed: ${JSON.stringify(provisioned.problems)}`);
    }
    rake = await startRakeWithBrowser({ sharePoint: { client, siteId, listPrefix: PREFIX } });
  }, TEST_TIMEOUT);

  afterAll(async () => {
    await rake?.close();
    await double?.close();
  });

  /** The items of one of the app's lists, as SharePoint holds them. */
  const itemsOf = (title: string): ItemState[] => {
    const list = double.state.findList(siteId, PREFIX + title);
    if (list === null) throw new Error(`No list ${PREFIX}${title}`);
    return [...list.items.values()];
  };

  it('files, answers and reads back through SharePoint; a throttled board says so', async () => {
    const { reporter, supervisor, serviceArea } = demoPeople(rake.identities);
    const marker = `SharePoint-testi ${Date.now()}`;
    const description = `${marker}: omaishoitajien jaksaminen heikkenee, lomitusta ei saa.`;
    const feedback = 'Kiitos, otamme tämän käsittelyyn alueen palaverissa.';
    const seeded = itemsOf('Observations').length;

    // 1. The reporter files an observation in Finnish through the form.
    const form = await rake.open(reporter.id, { view: 'new' });
    await fillObservationForm(
      form,
      demoFormInput(rake, description, {
        solutionProposal: 'Lomitus kunnan palveluna, kuten Kajaanissa.',
      }),
    );
    await form.locator('#submit-observation').click();
    await form.getByTestId('submit-success').waitFor();
    expect(await form.getByTestId('submit-success').innerText()).toContain(
      'Havainto on vastaanotettu',
    );

    // 2. It is in "my reports", with its status history.
    await form.locator('#tab-mine').click();
    const mine = form.locator('[data-testid="my-reports"] button', { hasText: marker });
    await mine.waitFor();
    expect(await mine.innerText()).toContain('Vastaanotettu');
    await mine.click();
    const detail = form.getByTestId('report-detail');
    await detail.getByTestId('timeline-entry').first().waitFor();
    const filedEntries = await detail.getByTestId('timeline-entry').allInnerTexts();
    expect(filedEntries).toHaveLength(1);
    expect(filedEntries[0]).toContain('Havainto tehty');

    // 3. The supervisor finds it on the board, moves it to review with feedback.
    const board = await rake.open(supervisor.id, { view: 'board' });
    await board.locator('#filter-q').fill(marker);
    await board.getByRole('button', { name: 'Hae', exact: true }).click();
    const item = board.locator('[data-testid="board-list"] button', { hasText: marker });
    await item.waitFor();
    expect(await violations(board)).toEqual([]);
    await item.click();
    const panel = board.getByTestId('observation-panel');
    await panel.getByTestId('detail-description').waitFor();
    expect(await panel.getByTestId('detail-description').innerText()).toBe(description);
    await panel.locator('[data-transition="in_review"]').click();
    await panel.locator('#transition-feedback').fill(feedback);
    await panel.getByTestId('transition-form').locator('button[type="submit"]').click();
    await panel.getByText('Tila vaihdettu: Käsittelyssä.').waitFor();
    expect(await violations(board)).toEqual([]);
    await board.getByRole('button', { name: 'Sulje', exact: true }).click();
    await panel.waitFor({ state: 'detached' });

    // 4. The reporter sees the new status and the feedback.
    await form.reload();
    await form.locator('#tab-mine').click();
    await mine.waitFor();
    expect(await mine.innerText()).toContain('Käsittelyssä');
    await mine.click();
    await detail.getByTestId('timeline-feedback').waitFor();
    expect(await detail.getByTestId('timeline-feedback').innerText()).toBe(feedback);
    const entries = await detail.getByTestId('timeline-entry').allInnerTexts();
    expect(entries).toHaveLength(2);
    expect(entries[1]).toContain('Vastaanotettu → Käsittelyssä');
    expect(entries[1]).toContain(supervisor.name);

    // 5. The Observations list turns away every read, more often than the Graph client
    // retries (3 retries: 4 attempts a read). A board load is two reads at once (the page and
    // its total; the answer-time median is kept without a read), sharing the faults: 8 make
    // both fail. Only that list's items: the delivery worker polls the Outbox list meanwhile.
    const observations = double.state.findList(siteId, `${PREFIX}Observations`)!;
    const FAULTS = 8;
    const refusedReads = () =>
      double.state.requestLog.filter(
        (r) =>
          r.method === 'GET' &&
          r.status === 503 &&
          r.url.includes(`/lists/${observations.id}/items?`),
      ).length;
    double.failRequests({
      method: 'GET',
      path: new RegExp(`/lists/${observations.id}/items$`),
      status: 503,
      times: FAULTS,
    });
    // Search again: the board reloads (a 503 without Retry-After: the client backs off ~7 s).
    await board.getByRole('button', { name: 'Hae', exact: true }).click();
    const alert = board.getByRole('alert').filter({ hasText: UNAVAILABLE_FI });
    await alert.waitFor();
    expect(await alert.innerText()).toContain('Tietojen lataaminen epäonnistui.');
    expect(await alert.innerText()).not.toContain('Injected');
    expect(await item.count()).toBe(0);
    expect(await board.getByRole('heading', { name: 'Käsittely' }).count()).toBe(1);
    expect(await violations(board)).toEqual([]);

    // The second read gives up in the background; once every fault is spent, a retry works.
    await waitUntil(() => refusedReads() === FAULTS);
    await alert.getByRole('button', { name: 'Yritä uudelleen' }).click();
    await item.waitFor();
    expect(await board.getByRole('alert').count()).toBe(0);

    // 6. All of it is in the SharePoint lists.
    const filed = itemsOf('Observations').filter((i) =>
      String(i.fields['Payload']).includes(marker),
    );
    expect(filed).toHaveLength(1);
    expect(itemsOf('Observations')).toHaveLength(seeded + 1);
    const fields = filed[0]!.fields;
    const id = String(fields['ObservationId']);
    expect(fields).toMatchObject({
      Status: 'in_review',
      Version: 2,
      ReporterId: reporter.id,
      // Kainuu routes by service area: nobody is named, the area's supervisors answer.
      SupervisorId: '',
      ServiceArea: serviceArea,
    });
    expect(JSON.parse(String(fields['Payload']))).toMatchObject({ id, description });

    const history = itemsOf('History')
      .filter((i) => i.fields['ObservationId'] === id)
      .map((i) => JSON.parse(String(i.fields['Payload'])) as Record<string, unknown>);
    expect(history).toEqual([
      expect.objectContaining({ from: null, to: 'received', actorId: reporter.id }),
      expect.objectContaining({
        from: 'received',
        to: 'in_review',
        actorId: supervisor.id,
        feedback,
      }),
    ]);

    const outbox = itemsOf('Outbox')
      .filter((i) => String(i.fields['Payload']).includes(id))
      .map((i) => [i.fields['Kind'], i.fields['Recipient']]);
    expect(outbox).toEqual(
      expect.arrayContaining([
        ['new_observation', `user:${supervisor.id}`],
        ['status_changed', `user:${reporter.id}`],
      ]),
    );
    expect(outbox).toHaveLength(2);
  });
});
