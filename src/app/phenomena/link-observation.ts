import type { Actor } from '../../domain/policy/actor';
import { canEditWorkspace } from '../../domain/policy/workspace-policy';
import { err, ok, type Result } from '../../domain/shared/result';
import type { AppDeps } from '../app-deps';
import { forbidden, notFound, type AppError } from '../app-error';
import { findVisible } from '../find-visible';

/** Links an observation to a phenomenon; linking twice changes nothing. */
export async function linkObservation(
  deps: Pick<AppDeps, 'phenomena' | 'store' | 'clock'>,
  actor: Actor,
  phenomenonId: string,
  observationId: string,
): Promise<Result<'linked' | 'already_linked', AppError>> {
  if (!canEditWorkspace(actor)) return forbidden();
  const observation = await findVisible(deps.store, actor, observationId);
  if (observation === null) return notFound();
  const outcome = await deps.phenomena.link({
    phenomenonId,
    observationId,
    linkedBy: actor.id,
    linkedAt: deps.clock.now().toISOString(),
  });
  return outcome === 'not_found' ? err({ code: 'not_found' }) : ok(outcome);
}

/** Removes the link; removing one that is not there is no error (DELETE is idempotent). */
export async function unlinkObservation(
  deps: Pick<AppDeps, 'phenomena'>,
  actor: Actor,
  phenomenonId: string,
  observationId: string,
): Promise<Result<void, AppError>> {
  if (!canEditWorkspace(actor)) return forbidden();
  if ((await deps.phenomena.get(phenomenonId)) === null) return notFound();
  await deps.phenomena.unlink(phenomenonId, observationId);
  return ok(undefined);
}
