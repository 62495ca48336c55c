import type { Compilation } from '../compilation/compilation';
import { COUNTY_PRESETS } from '../county/county-presets';
import { draftCompilationReport } from './draft-compilation-report';
import type { ReportContent } from './report-content';

const county = COUNTY_PRESETS.kainuu;

const compilation: Compilation = {
  id: 'c1',
  period: '2026-Q1',
  from: '2026-01-01',
  to: '2026-03-31',
  previousFrom: '2025-10-01',
  previousTo: '2025-12-31',
  serviceArea: null,
  total: 1214,
  byServiceArea: [
    { id: 'child_welfare', count: 1200 },
    { id: 'adult_social_work', count: 14 },
  ],
  byMunicipality: [
    { id: 'kajaani', count: 1210 },
    { id: 'ristijarvi', count: 4 },
  ],
  byTopic: [{ id: 'client_needs', count: 1214 }],
  byKind: [
    { id: 'negative', count: 1000 },
    { id: 'positive', count: 200 },
    { id: 'other', count: 14 },
  ],
  byTargetGroup: [{ id: 'young_people', count: 1214 }],
  byStatus: [{ id: 'received', count: 1214 }],
  answered: 607,
  medianDaysToFirstFeedback: 2.5,
  phenomena: [
    { id: 'p1', title: 'Häätöuhat', count: 12, previousCount: 8, observationIds: ['o1'] },
  ],
  observations: [
    {
      id: 'o1',
      kind: 'negative',
      status: 'received',
      serviceArea: 'child_welfare',
      municipality: 'kajaani',
      topic: 'client_needs',
      targetGroup: 'young_people',
      createdAt: '2026-01-05T08:00:00.000Z',
      excerpt: 'Vuokrarästit kasvavat',
      phenomenonIds: ['p1'],
    },
  ],
  createdBy: 'staff-coordinator-7',
  createdByName: 'Kaisa Kokoaja',
  createdAt: '2026-04-07T21:30:00.000Z',
};

const textOf = (content: ReportContent, key: string) =>
  content.sections.find((s) => s.key === key)?.text ?? '';

describe('draftCompilationReport', () => {
  const fi = draftCompilationReport({ compilation, county, language: 'fi' });

  it('tells the counts in Finnish, with Finnish dates and numbers', () => {
    expect(fi.introduction).toContain('ajanjaksolta 1.1.–31.3.2026');
    // Made 21:30 UTC on 7 April: already the 8th in Kainuu.
    expect(fi.introduction).toContain('8.4.2026');
    expect(textOf(fi, 'counts')).toContain(
      'Ajanjaksolla 1.1.–31.3.2026 kirjattiin 1\u00a0214 havaintoa.',
    );
    expect(textOf(fi, 'counts')).toContain(
      'Eniten havaintoja: palvelualue Lastensuojelu (1\u00a0200), aihe',
    );
    // Kajaani's 1 210 is hidden (–) in the published table, or the total would give
    // Ristijärvi's 4 away: the text does not tell it either.
    expect(textOf(fi, 'counts')).not.toContain('Kajaani');
    expect(textOf(fi, 'counts')).toContain(
      'Kielteisiä havaintoja oli 1\u00a0000, myönteisiä 200 ja muita 14.',
    );
    expect(textOf(fi, 'phenomena')).toContain('Häätöuhat: 12 havaintoa (edellisellä jaksolla 8).');
    expect(textOf(fi, 'feedback')).toBe(
      'Koosteen laatimiseen mennessä 607/1\u00a0214 havaintoa (50\u00a0%) oli saanut palautteen. Ensimmäiseen palautteeseen kului mediaanina 2,5 vrk.',
    );
  });

  it('makes a figure per list, labelled from the county, every municipality in its order', () => {
    expect(fi.figures.map((f) => [f.key, f.sectionKey, f.smallCountsProtected])).toEqual([
      ['by_service_area', 'counts', true],
      ['by_municipality', 'counts', true],
      ['by_topic', 'counts', false],
      ['by_kind', 'counts', false],
      ['by_target_group', 'counts', true],
      ['phenomena', 'phenomena', false],
    ]);
    const municipalities = fi.figures.find((f) => f.key === 'by_municipality');
    expect(municipalities?.rows.map((r) => `${r.label} ${r.count}`)).toEqual([
      'Hyrynsalmi 0',
      'Kajaani 1210',
      'Kuhmo 0',
      'Paltamo 0',
      'Puolanka 0',
      'Ristijärvi 4',
      'Sotkamo 0',
      'Suomussalmi 0',
    ]);
    expect(municipalities?.total).toBe(1214);
    expect(fi.figures.find((f) => f.key === 'by_kind')?.rows.map((r) => r.label)).toEqual([
      'Kielteinen',
      'Myönteinen',
      'Muu',
    ]);
    expect(fi.figures.find((f) => f.key === 'phenomena')?.total).toBeNull();
  });

  it('rests on the compilation’s observations and covers its days', () => {
    expect([fi.from, fi.to, fi.observationIds]).toEqual(['2026-01-01', '2026-03-31', ['o1']]);
  });

  it('names no reporter and no compiler', () => {
    const json = JSON.stringify(fi);
    expect(json).not.toContain('staff-coordinator-7');
    expect(json).not.toContain('Kaisa');
  });

  it('writes small counts and a small area’s share in the text as the tables publish them', () => {
    const small = draftCompilationReport({
      county,
      language: 'fi',
      compilation: {
        ...compilation,
        serviceArea: 'child_welfare',
        total: 3,
        answered: 2,
        byMunicipality: [{ id: 'ristijarvi', count: 3 }],
        byServiceArea: [{ id: 'child_welfare', count: 3 }],
        byTargetGroup: [{ id: 'young_people', count: 3 }],
      },
    });
    expect(small.introduction).toContain('(palvelualue Lastensuojelu)');
    expect(textOf(small, 'counts')).toContain('kirjattiin alle 5 havaintoa');
    // The only municipality, but "alle 5": the text does not single out a small cell.
    expect(textOf(small, 'counts')).not.toContain('Ristijärvi');
    expect(textOf(small, 'feedback')).toContain('alle 5/alle 5 havaintoa oli');
    expect(textOf(small, 'feedback')).not.toContain('%');
  });

  it('speaks Swedish and English with the county’s labels in that language', () => {
    const sv = draftCompilationReport({ compilation, county, language: 'sv' });
    expect(sv.sections.map((s) => s.heading)).toEqual([
      'Observationer',
      'Fenomen',
      'Respons på observationerna',
    ]);
    expect(textOf(sv, 'counts')).toContain('serviceområde Barnskydd (1\u00a0200)');
    const en = draftCompilationReport({ compilation, county, language: 'en' });
    expect(textOf(en, 'counts')).toContain('1\u00a0214 observations were filed in 1.1.–31.3.2026.');
    expect(en.figures[0]?.rows.find((r) => r.id === 'child_welfare')?.label).toBe('Child welfare');
  });

  it('says so when nothing had feedback yet', () => {
    const none = draftCompilationReport({
      compilation: { ...compilation, answered: 0, medianDaysToFirstFeedback: null },
      county,
      language: 'fi',
    });
    expect(textOf(none, 'feedback')).toBe(
      'Yksikään jakson havainnoista ei ollut vielä saanut palautetta.',
    );
  });
});
