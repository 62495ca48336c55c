import type { Actor } from '../domain/policy/actor';
import { ok, type Result } from '../domain/shared/result';
import type { AppDeps } from './app-deps';
import { notFound, type AppError } from './app-error';
import { findVisible } from './find-visible';
import { toObservationView, type ObservationView } from './observation-view';

export async function getObservation(
  deps: AppDeps,
  actor: Actor,
  id: string,
): Promise<Result<ObservationView, AppError>> {
  const observation = await findVisible(deps.store, actor, id);
  if (observation === null) return notFound();
  return ok(toObservationView(actor, observation, deps.clock.now()));
}
