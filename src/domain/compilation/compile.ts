import { excerptOf } from '../notification/excerpt';
import { addDays, localDateString } from '../notification/meeting-schedule';
import type { Observation } from '../observation/observation';
import type { Phenomenon, PhenomenonLink } from '../phenomenon/phenomenon';
import type {
  Compilation,
  CompilationScope,
  CompiledObservation,
  CompiledPhenomenon,
  CountById,
} from './compilation';

const DAY_MS = 86_400_000;

/** Most first; equal counts by id, so that a count always reads the same way. */
export function countBy(ids: readonly string[]): CountById[] {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] as number) + upper) / 2;
}

/** The same number of days just before `from`…`to` (for from/to compilations). */
export function previousRange(from: string, to: string): { from: string; to: string } {
  const days = Math.round(
    (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS,
  );
  return { from: addDays(from, -days - 1), to: addDays(from, -1) };
}

/** Is the observation's filing day (county time) within from…to, in the scope's area? */
export function inScope(
  observation: Pick<Observation, 'createdAt' | 'serviceArea'>,
  range: { readonly from: string; readonly to: string; readonly serviceArea: string | null },
  timeZone: string,
): boolean {
  const day = localDateString(new Date(observation.createdAt), timeZone);
  return (
    day >= range.from &&
    day <= range.to &&
    (range.serviceArea === null || observation.serviceArea === range.serviceArea)
  );
}

/** What a compilation reads of an observation: never the reporter. */
export type Compilable = Pick<
  Observation,
  | 'id'
  | 'kind'
  | 'status'
  | 'serviceArea'
  | 'municipality'
  | 'topic'
  | 'targetGroup'
  | 'createdAt'
  | 'description'
  | 'firstAnsweredAt'
>;

export type CompileInput = {
  readonly id: string;
  readonly scope: CompilationScope;
  /** Observations of the scope (the caller filtered them with inScope). */
  readonly observations: readonly Compilable[];
  /** Observations of the previous range, same area filter. */
  readonly previous: readonly Pick<Observation, 'id'>[];
  readonly phenomena: readonly Pick<Phenomenon, 'id' | 'title'>[];
  readonly links: readonly Pick<PhenomenonLink, 'phenomenonId' | 'observationId'>[];
  readonly createdBy: { readonly id: string; readonly name: string };
  readonly createdAt: string;
};

/**
 * The compilation of a period as it stands now: counts by every list, feedback figures, the
 * phenomena with this and the previous period's counts, and the observations (newest first)
 * each with its phenomena. Pure: the same input makes the same snapshot.
 */
export function compile(input: CompileInput): Compilation {
  const { observations } = input;
  const phenomenaOf = new Map<string, string[]>();
  for (const link of input.links) {
    const list = phenomenaOf.get(link.observationId) ?? [];
    list.push(link.phenomenonId);
    phenomenaOf.set(link.observationId, list);
  }
  const known = new Set(input.phenomena.map((p) => p.id));
  const compiled: CompiledObservation[] = [...observations]
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id))
    .map((o) => ({
      id: o.id,
      kind: o.kind,
      status: o.status,
      serviceArea: o.serviceArea,
      municipality: o.municipality,
      topic: o.topic,
      targetGroup: o.targetGroup,
      createdAt: o.createdAt,
      excerpt: excerptOf(o.description),
      phenomenonIds: (phenomenaOf.get(o.id) ?? []).filter((id) => known.has(id)).sort(),
    }));
  const previousIds = new Set(input.previous.map((o) => o.id));
  const phenomena: CompiledPhenomenon[] = input.phenomena
    .map((phenomenon) => {
      const observationIds = compiled
        .filter((o) => o.phenomenonIds.includes(phenomenon.id))
        .map((o) => o.id);
      const previousCount = input.links.filter(
        (link) => link.phenomenonId === phenomenon.id && previousIds.has(link.observationId),
      ).length;
      return {
        id: phenomenon.id,
        title: phenomenon.title,
        count: observationIds.length,
        previousCount,
        observationIds,
      };
    })
    .filter((p) => p.count > 0 || p.previousCount > 0)
    .sort(
      (a, b) =>
        b.count - a.count ||
        b.previousCount - a.previousCount ||
        a.title.localeCompare(b.title, 'fi'),
    );
  const answeredDays = observations
    .filter((o) => o.firstAnsweredAt !== null)
    .map(
      (o) =>
        Math.max(0, Date.parse(o.firstAnsweredAt as string) - Date.parse(o.createdAt)) / DAY_MS,
    );
  const medianDays = median(answeredDays);
  return {
    ...input.scope,
    id: input.id,
    total: observations.length,
    byServiceArea: countBy(observations.map((o) => o.serviceArea)),
    byMunicipality: countBy(observations.map((o) => o.municipality)),
    byTopic: countBy(observations.map((o) => o.topic)),
    byKind: countBy(observations.map((o) => o.kind)),
    byTargetGroup: countBy(observations.map((o) => o.targetGroup)),
    byStatus: countBy(observations.map((o) => o.status)),
    answered: answeredDays.length,
    medianDaysToFirstFeedback: medianDays === null ? null : Math.round(medianDays * 10) / 10,
    phenomena,
    observations: compiled,
    createdBy: input.createdBy.id,
    createdByName: input.createdBy.name,
    createdAt: input.createdAt,
  };
}
