import { readFileSync } from 'node:fs';
import { demoPeople, startRakeWithBrowser, TEST_TIMEOUT, type Rake } from './support/rake';

jest.setTimeout(TEST_TIMEOUT * 2);

/** Issue 11, "Export": the board's export button downloads a file with the board's filters. */
describe('the board exported to a file', () => {
  let rake: Rake;

  beforeAll(async () => {
    rake = await startRakeWithBrowser();
  }, TEST_TIMEOUT);

  afterAll(async () => {
    await rake?.close();
  });

  it('lets a supervisor download the board as CSV, and says so', async () => {
    const { supervisor } = demoPeople(rake.identities);
    const page = await rake.open(supervisor.id, { view: 'board' });
    await page.getByTestId('board-total').waitFor();

    const button = page.getByRole('button', { name: 'Vie tiedostoksi' });
    await button.focus();
    await page.keyboard.press('Enter');
    const downloading = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: /^CSV/ }).click();
    const download = await downloading;

    expect(download.suggestedFilename()).toMatch(/^rake-havainnot-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [headings, ...rows] = bytes.toString('utf8').slice(1).split('\r\n');
    expect(headings?.split(';').slice(0, 4)).toEqual(['Tunniste', 'Jätetty', 'Ilmoittaja', 'Tila']);
    expect(rows.filter((row) => row !== '').length).toBeGreaterThan(0);
    await page.getByRole('status').filter({ hasText: download.suggestedFilename() }).waitFor();
  });
});
