import type { Actor } from '../domain/policy/actor';
import type { AppDeps } from './app-deps';
import { toObservationView, type ObservationView } from './observation-view';

/** "My reports": what the caller filed or co-reported, newest first. */
export async function listMyObservations(
  deps: AppDeps,
  actor: Actor,
): Promise<readonly ObservationView[]> {
  const now = deps.clock.now();
  const mine = await deps.store.listMine(actor.id);
  return mine.map((observation) => toObservationView(actor, observation, now));
}
