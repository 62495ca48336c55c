import type { CountyConfig } from '../src/domain/county/county-config';
import { STATUSES } from '../src/domain/lifecycle/status';
import type { HistoryEntry } from '../src/domain/observation/observation';
import { EMPTY_TRIAGE } from '../src/domain/triage/triage-record';
import { periodOf } from '../src/domain/county/periods';
import type { NewObservation } from '../src/ports/observation-store';

const PHRASES = [
  'Vuokrarästit ja häädöt lisääntyvät pienituloisilla',
  'Mielenterveyspalveluihin jonotetaan kuukausia',
  'Ikääntyneiden yksinäisyys näkyy kotikäynneillä',
  'Matalan kynnyksen kohtaamispaikka on toiminut hyvin',
  'Nuorten päihteiden käyttö on lisääntynyt kesällä',
] as const;

const pick = <T>(items: readonly T[], i: number): T => items[i % items.length] as T;

/** The i-th of a deterministic spread of observations over the county's lists and ~2 years. */
export function syntheticObservation(
  county: CountyConfig,
  i: number,
): { observation: NewObservation; filed: HistoryEntry } {
  const created = new Date(Date.UTC(2025, 0, 1) + i * 11 * 60 * 1000);
  const id = `bench-${String(i).padStart(7, '0')}`;
  const reporterId = `bench-reporter-${i % 500}`;
  const observation: NewObservation = {
    id,
    kind: pick(['negative', 'positive', 'other'] as const, i),
    description: `${pick(PHRASES, i)} (havainto ${i}).`,
    solutionProposal: 'Asiaa tulisi käsitellä yhdessä kuntien kanssa.',
    topic: pick(county.topics, i).id,
    serviceArea: pick(county.serviceAreas, i * 7).id,
    municipality: pick(county.municipalities, i * 3).id,
    targetGroup: pick(county.targetGroups, i).id,
    supervisorId: i % 5 === 0 ? `bench-supervisor-${i % 20}` : null,
    coReporterIds: [],
    reporterId,
    reporterName: `Raportoija ${i % 500}`,
    createdAt: created.toISOString(),
    period: periodOf(county.periodScheme, created, county.timeZone).id,
    status: pick(STATUSES, i * 13),
    firstAnsweredAt: null,
    triage: EMPTY_TRIAGE,
  };
  const filed: HistoryEntry = {
    id: `${id}-filed`,
    observationId: id,
    at: observation.createdAt,
    actorId: reporterId,
    actorName: observation.reporterName,
    from: null,
    to: 'received',
    feedback: null,
    returnReason: null,
  };
  return { observation, filed };
}
