import type { Observation } from '../observation/observation';
import type { Phenomenon, PhenomenonLink } from './phenomenon';

import type { CountById } from '../compilation/compilation';
import { countBy } from '../compilation/compile';

/** How often a phenomenon showed in one period, where, and against the period before. */
export type PhenomenonTrend = {
  readonly phenomenonId: string;
  readonly title: string;
  readonly count: number;
  readonly previousCount: number;
  /** count − previousCount: rising above zero, falling below. */
  readonly change: number;
  readonly byServiceArea: readonly CountById[];
  readonly byMunicipality: readonly CountById[];
};

type Located = Pick<Observation, 'id' | 'serviceArea' | 'municipality'>;

/**
 * Each phenomenon's observations in a period (by the period they were filed in), by service
 * area and municipality, beside the previous period's count. Ordered by this period's count,
 * then by the rise; phenomena with nothing in either period come last, by title.
 */
export function phenomenonTrends(
  phenomena: readonly Pick<Phenomenon, 'id' | 'title'>[],
  links: readonly Pick<PhenomenonLink, 'phenomenonId' | 'observationId'>[],
  current: readonly Located[],
  previous: readonly Pick<Observation, 'id'>[],
): PhenomenonTrend[] {
  const inCurrent = new Map(current.map((observation) => [observation.id, observation]));
  const inPrevious = new Set(previous.map((observation) => observation.id));
  const linked = new Map<string, string[]>();
  for (const link of links) {
    const list = linked.get(link.phenomenonId) ?? [];
    list.push(link.observationId);
    linked.set(link.phenomenonId, list);
  }
  return phenomena
    .map((phenomenon) => {
      const ids = linked.get(phenomenon.id) ?? [];
      const now = ids.flatMap((id) => {
        const observation = inCurrent.get(id);
        return observation === undefined ? [] : [observation];
      });
      const previousCount = ids.filter((id) => inPrevious.has(id)).length;
      return {
        phenomenonId: phenomenon.id,
        title: phenomenon.title,
        count: now.length,
        previousCount,
        change: now.length - previousCount,
        byServiceArea: countBy(now.map((o) => o.serviceArea)),
        byMunicipality: countBy(now.map((o) => o.municipality)),
      };
    })
    .sort(
      (a, b) =>
        b.count - a.count ||
        b.change - a.change ||
        b.previousCount - a.previousCount ||
        a.title.localeCompare(b.title, 'fi'),
    );
}
