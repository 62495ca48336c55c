import { MAX_SLUG_LENGTH, reportSlug } from './report-slug';

describe('reportSlug', () => {
  it('is lower-case ASCII kebab case of the title with a suffix from the id', () => {
    const slug = reportSlug('Sosiaalinen raportti 2026: Häätöuhat & yksinäisyys', 'r-1');
    expect(slug).toMatch(/^sosiaalinen-raportti-2026-haatouhat-yksinaisyys-[a-z0-9]{6}$/);
    expect(reportSlug('Åtgärder för äldre', 'r-1')).toMatch(/^atgarder-for-aldre-[a-z0-9]{6}$/);
  });

  it('is the same for the same report and differs between reports of one title', () => {
    expect(reportSlug('Vuosiraportti', 'r-1')).toBe(reportSlug('Vuosiraportti', 'r-1'));
    expect(reportSlug('Vuosiraportti', 'r-1')).not.toBe(reportSlug('Vuosiraportti', 'r-2'));
  });

  it('cuts a long title at a word, and names a title of no letters by its suffix', () => {
    const slug = reportSlug('Ilmiölähtöinen raportti '.repeat(10), '0190a1b2-c3d4');
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toMatch(/^ilmiolahtoinen-raportti-.*-raportti-[a-z0-9]{6}$/);
    expect(reportSlug('!!!', 'x')).toMatch(/^report-[a-z0-9]{6}$/);
  });
});
