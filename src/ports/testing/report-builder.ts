import type { Report, ReportPublication } from '../../domain/report/report';

/** Reports for the contract suites: unique ids, created one second apart. */
export function createReportTestData() {
  let sequence = 0;
  const instant = (n: number): string => new Date(Date.UTC(2026, 10, 1, 8, 0, n)).toISOString();

  return {
    report(overrides: Partial<Report> = {}): Report {
      const n = ++sequence;
      return {
        id: `report-${String(n).padStart(4, '0')}`,
        kind: 'annual',
        source: { kind: 'annual', year: 2026 },
        language: 'fi',
        title: `Sosiaalinen raportti ${n}`,
        introduction: 'Raportti kokoaa vuoden havainnot ja niistä tehdyt ehdotukset.',
        sections: [
          { key: 'counts', heading: 'Havainnot', text: 'Havaintoja kirjattiin 12.' },
          { key: 'proposals', heading: 'Ehdotukset', text: 'Johtoryhmä käsitteli kaksi.' },
        ],
        figures: [
          {
            key: 'by-municipality',
            sectionKey: 'counts',
            title: 'Havainnot kunnittain',
            labelHeading: 'Kunta',
            countHeading: 'Havaintoja',
            chart: 'bar',
            rows: [
              { id: 'kajaani', label: 'Kajaani', count: 9 },
              { id: 'ristijarvi', label: 'Ristijärvi', count: 3 },
            ],
            total: 12,
            smallCountsProtected: true,
          },
        ],
        quotations: [
          {
            observationId: 'obs-1',
            sectionKey: 'counts',
            text: 'Vuokrarästit ovat lisääntyneet nuorilla aikuisilla.',
            municipality: 'kajaani',
          },
        ],
        from: '2026-01-01',
        to: '2026-12-31',
        observationIds: ['obs-1', 'obs-2'],
        createdBy: 'user-coordinator',
        createdByName: 'Kaisa Koordinaattori',
        createdAt: instant(n),
        updatedBy: 'user-coordinator',
        updatedByName: 'Kaisa Koordinaattori',
        updatedAt: instant(n),
        publication: null,
        handedOver: null,
        version: 1,
        ...overrides,
      };
    },
    publication(overrides: Partial<ReportPublication> = {}): ReportPublication {
      return {
        slug: 'sosiaalinen-raportti-2026',
        url: 'http://localhost:3978/intranet/sosiaalinen-raportti-2026',
        pageId: null,
        version: 1,
        publishedAt: '2026-12-01T10:00:00.000Z',
        publishedBy: 'user-editor',
        publishedByName: 'Eero Editori',
        state: 'published',
        withdrawnAt: null,
        ...overrides,
      };
    },
  };
}
