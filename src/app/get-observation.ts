import type { Actor } from '../domain/policy/actor';
import { ok, type Result } from '../domain/shared/result';
import type { AppDeps } from './app-deps';
import { notFound, type AppError } from './app-error';
import { findVisible } from './find-visible';
import { withOutcomes, type ObservationWithOutcome } from './led-to';
import { toObservationView } from './observation-view';

export async function getObservation(
  deps: AppDeps,
  actor: Actor,
  id: string,
): Promise<Result<ObservationWithOutcome, AppError>> {
  const observation = await findVisible(deps.store, actor, id);
  if (observation === null) return notFound();
  const view = toObservationView(actor, observation, deps.clock.now());
  const [withOutcome] = await withOutcomes(deps, actor, [view]);
  return ok(
    withOutcome ?? { ...view, phenomena: [], proposals: [], enrichments: [], publications: [] },
  );
}
