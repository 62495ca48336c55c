import type { Observation } from '../../domain/observation/observation';
import type { Actor } from '../../domain/policy/actor';
import { canView } from '../../domain/policy/policy';
import { canReadWorkspace } from '../../domain/policy/workspace-policy';
import { ok, type Result } from '../../domain/shared/result';
import { excerptOf } from '../../domain/notification/excerpt';
import type { AppDeps } from '../app-deps';
import { forbidden, notFound, type AppError } from '../app-error';
import { toPhenomenonView, type PhenomenonView } from './phenomenon-view';

/** One linked observation as a phenomenon's page lists it (the reader may see it). */
export type LinkedObservation = Pick<
  Observation,
  'id' | 'kind' | 'status' | 'serviceArea' | 'municipality' | 'topic' | 'period' | 'createdAt'
> & { readonly excerpt: string; readonly linkedAt: string };

export type PhenomenonDetails = PhenomenonView & {
  readonly observations: readonly LinkedObservation[];
  /** Links to observations this reader may not see (another supervisor's areas). */
  readonly hiddenObservationCount: number;
};

/** Every phenomenon with its count of linked observations, newest first. */
export async function listPhenomena(
  deps: Pick<AppDeps, 'phenomena'>,
  actor: Actor,
): Promise<Result<readonly PhenomenonView[], AppError>> {
  if (!canReadWorkspace(actor)) return forbidden();
  const [phenomena, counts] = await Promise.all([
    deps.phenomena.list(),
    deps.phenomena.linkCounts(),
  ]);
  return ok(phenomena.map((p) => toPhenomenonView(p, counts.get(p.id) ?? 0)));
}

/** A phenomenon and the linked observations the reader may see, newest link first. */
export async function getPhenomenon(
  deps: Pick<AppDeps, 'phenomena' | 'store'>,
  actor: Actor,
  id: string,
): Promise<Result<PhenomenonDetails, AppError>> {
  if (!canReadWorkspace(actor)) return forbidden();
  const phenomenon = await deps.phenomena.get(id);
  if (phenomenon === null) return notFound();
  const links = await deps.phenomena.linksOf(id);
  const linked = await Promise.all(
    links.map(async (link) => ({ link, observation: await deps.store.get(link.observationId) })),
  );
  const visible = linked.filter(
    (pair): pair is { link: (typeof pair)['link']; observation: Observation } =>
      pair.observation !== null && canView(actor, pair.observation),
  );
  return ok({
    ...toPhenomenonView(phenomenon, links.length),
    observations: visible.reverse().map(({ link, observation }) => ({
      id: observation.id,
      kind: observation.kind,
      status: observation.status,
      serviceArea: observation.serviceArea,
      municipality: observation.municipality,
      topic: observation.topic,
      period: observation.period,
      createdAt: observation.createdAt,
      excerpt: excerptOf(observation.description),
      linkedAt: link.linkedAt,
    })),
    hiddenObservationCount: links.length - visible.length,
  });
}
