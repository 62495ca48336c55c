import type { Observation } from '../domain/observation/observation';
import type { Actor } from '../domain/policy/actor';
import { canView } from '../domain/policy/policy';
import type { ObservationStore } from '../ports';

/**
 * The observation if it exists and the caller may see it. An unseeable one is reported
 * exactly like a missing one, so ids of others' observations reveal nothing.
 */
export async function findVisible(
  store: ObservationStore,
  actor: Actor,
  id: string,
): Promise<Observation | null> {
  const observation = await store.get(id);
  return observation !== null && canView(actor, observation) ? observation : null;
}
