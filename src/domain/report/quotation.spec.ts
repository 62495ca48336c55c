import { resolveCountyConfig } from '../county/county-presets';
import { isQuotedFrom, publishedQuotations } from './quotation';
import type { ReportFigure } from './report';

const SOURCE =
  'Vuokrarästit ja häätöuhat ovat lisääntyneet nuorilla aikuisilla. ' +
  'Talous- ja velkaneuvontaan pääsee vasta kuukausien päästä.';

describe('isQuotedFrom', () => {
  it('takes the words as written, or shortened with an ellipsis, in their order', () => {
    expect(isQuotedFrom('häätöuhat ovat lisääntyneet nuorilla aikuisilla', [SOURCE])).toBe(true);
    expect(
      isQuotedFrom('Vuokrarästit … ovat lisääntyneet … pääsee vasta kuukausien päästä.', [SOURCE]),
    ).toBe(true);
    expect(isQuotedFrom('Vuokrarästit ... nuorilla', ['x', SOURCE])).toBe(true);
    // Line breaks and spaces as the writer had them do not matter.
    expect(isQuotedFrom('nuorilla\n  aikuisilla.', [SOURCE])).toBe(true);
  });

  it('refuses rewritten words, the wrong order and an empty quotation', () => {
    expect(isQuotedFrom('Häätöuhat ovat lisääntyneet nuorilla aikuisilla', [SOURCE])).toBe(false);
    expect(isQuotedFrom('nuorilla … Vuokrarästit', [SOURCE])).toBe(false);
    expect(isQuotedFrom('… …', [SOURCE])).toBe(false);
    // The parts must come from one text, not be gathered from several.
    expect(isQuotedFrom('Vuokrarästit … toinen', [SOURCE, 'toinen teksti'])).toBe(false);
  });
});

describe('publishedQuotations', () => {
  const county = resolveCountyConfig('kainuu');
  const byMunicipality: ReportFigure = {
    key: 'by_municipality',
    sectionKey: 'counts',
    title: 'Havainnot kunnittain',
    labelHeading: 'Kunta',
    countHeading: 'Havaintoja',
    chart: 'bar',
    rows: [
      { id: 'kajaani', label: 'Kajaani', count: 20 },
      { id: 'sotkamo', label: 'Sotkamo', count: 9 },
      { id: 'kuhmo', label: 'Kuhmo', count: 6 },
      { id: 'ristijarvi', label: 'Ristijärvi', count: 2 },
    ],
    total: 37,
    smallCountsProtected: true,
  };
  const quote = (municipality: string, sectionKey = 'counts') => ({
    observationId: `o-${municipality}`,
    sectionKey,
    text: `Havainto ${municipality}`,
    municipality,
  });
  const report = {
    figures: [byMunicipality],
    quotations: [quote('kajaani'), quote('ristijarvi'), quote('kuhmo'), quote('sotkamo', 'other')],
  };

  it('names a municipality only where the published table shows its count', () => {
    const published = publishedQuotations(report, {
      forPublishing: true,
      language: 'fi',
      municipalities: county.municipalities,
    });
    expect(published.get('counts')).toEqual([
      { text: 'Havainto kajaani', attribution: 'Kajaani' },
      // Ristijärvi's 2 is "alle 5"; Kuhmo's 6 is hidden beside it (secondary suppression).
      { text: 'Havainto ristijarvi', attribution: null },
      { text: 'Havainto kuhmo', attribution: null },
    ]);
    expect(published.get('other')).toEqual([{ text: 'Havainto sotkamo', attribution: 'Sotkamo' }]);
  });

  it('always names it internally, and never without the municipality table', () => {
    const internal = publishedQuotations(report, {
      forPublishing: false,
      language: 'sv',
      municipalities: county.municipalities,
    });
    expect(internal.get('counts')?.map((q) => q.attribution)).toEqual([
      'Kajana',
      'Ristijärvi',
      'Kuhmo',
    ]);
    const noTable = publishedQuotations(
      { ...report, figures: [] },
      { forPublishing: true, language: 'fi', municipalities: county.municipalities },
    );
    expect(noTable.get('counts')?.every((q) => q.attribution === null)).toBe(true);
  });
});
