import { COUNTY_PRESETS } from '../../../domain/county/county-presets';
import {
  draftAnnualReport,
  toPublishedReport,
  type PublishedReport,
  type Report,
  type ReportedObservation,
} from '../../../domain/report';

const county = COUNTY_PRESETS.kainuu;

/** Names that are in the data the draft is made from and must never reach the document. */
export const PEOPLE_IN_THE_DATA = ['Jaana Johtaja', 'Tiina Tekijä', 'Kaisa Kokoaja'];

/** Observations per municipality: Ristijärvi's 2 is published as "alle 5". */
const BY_MUNICIPALITY: readonly [string, number][] = [
  ['kajaani', 30],
  ['kuhmo', 9],
  ['sotkamo', 7],
  ['ristijarvi', 2],
];

function observations(): ReportedObservation[] {
  const areas = county.serviceAreas.map((a) => a.id);
  const topics = county.topics.map((t) => t.id);
  const groups = county.targetGroups.map((g) => g.id);
  let n = 0;
  return BY_MUNICIPALITY.flatMap(([municipality, count]) =>
    Array.from({ length: count }, () => {
      n += 1;
      // Spread over January to November, October the busiest.
      const month = String(n % 6 === 0 ? 10 : (n % 11) + 1).padStart(2, '0');
      return {
        id: `o${n}`,
        kind: n % 5 === 0 ? 'positive' : 'negative',
        serviceArea: areas[n % 3] ?? 'adult_social_work',
        municipality,
        topic: topics[n % 4] ?? 'client_needs',
        targetGroup: groups[n % 2] ?? 'working_age',
        createdAt: `2026-${month}-1${n % 9}T09:00:00.000Z`,
      };
    }),
  );
}

/**
 * The annual report exactly as the app drafts it from a year's data (draftAnnualReport) and
 * publishes it (toPublishedReport, small counts suppressed), in late November of the year.
 */
export function draftedAnnualReport(): PublishedReport {
  const content = draftAnnualReport({
    county,
    language: 'fi',
    year: 2026,
    today: '2026-11-30',
    observations: observations(),
    previousYearTotal: 41,
    phenomena: [
      { id: 'p1', title: 'Häätöuhat' },
      { id: 'p2', title: 'Ikääntyneiden yksinäisyys' },
    ],
    links: [
      { phenomenonId: 'p1', observationId: 'o1' },
      { phenomenonId: 'p1', observationId: 'o2' },
      { phenomenonId: 'p2', observationId: 'o3' },
    ],
    proposals: [
      {
        id: 'pr1',
        title: 'Talous- ja velkaneuvonta aikuissosiaalityön rinnalle',
        status: 'done',
        decisionBody: 'Hyvinvointialueen johtoryhmä',
        decision: { text: 'Hyväksytty kokeiluksi.', by: 'Jaana Johtaja', on: '2026-05-12' },
        result: { text: 'Jono lyheni kuuteen viikkoon.', by: 'Tiina Tekijä', on: '2026-09-22' },
        createdAt: '2026-03-01T08:00:00.000Z',
      },
    ],
    indicators: [],
  });
  const report: Report = {
    ...content,
    quotations: [],
    id: 'r1',
    kind: 'annual',
    source: { kind: 'annual', year: 2026 },
    language: 'fi',
    title: 'Sosiaalinen raportti 2026',
    createdBy: 'staff-7',
    createdByName: 'Kaisa Kokoaja',
    createdAt: '2026-11-30T08:00:00.000Z',
    updatedBy: 'staff-7',
    updatedByName: 'Kaisa Kokoaja',
    updatedAt: '2026-11-30T08:00:00.000Z',
    publication: null,
    handedOver: null,
    version: 1,
  };
  return toPublishedReport(report, { forPublishing: true, county, now: '2026-11-30' });
}
