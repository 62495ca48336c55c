import type { Actor } from '../domain/policy/actor';
import { canTriage } from '../domain/policy/policy';
import { err, ok, type Result } from '../domain/shared/result';
import { triageEditOf } from '../domain/triage/triage-edit';
import { validateTriagePatch } from '../domain/triage/validate-triage-patch';
import type { AppDeps } from './app-deps';
import { recordAudit } from './audit/record-audit';
import { forbidden, notFound, stale, validationError, type AppError } from './app-error';
import { findVisible } from './find-visible';
import { guardFreeText } from './guard-free-text';
import { toObservationView, type ObservationView } from './observation-view';

/**
 * Updates only the named fields of the ten-field triage record, and only if the caller
 * saw the current version: two supervisors editing at once never overwrite each other.
 * What changed, from what to what, goes into the triage history with the change (the edit is
 * made from the record read here: the version check makes it the record the change replaces).
 */
export async function updateTriage(
  deps: AppDeps,
  actor: Actor,
  id: string,
  input: unknown,
  expectedVersion: number,
): Promise<Result<ObservationView, AppError>> {
  const observation = await findVisible(deps.store, actor, id);
  if (observation === null) return notFound();
  if (!canTriage(actor, observation)) return forbidden();
  const patch = validateTriagePatch(input);
  if (!patch.ok) return validationError(patch.error);
  const { priority: _priority, ...texts } = patch.value;
  const guarded = guardFreeText(texts);
  if (!guarded.ok) return guarded;
  if (observation.version !== expectedVersion) return stale(observation.version);

  const stamp = {
    id: deps.ids.next(),
    at: deps.clock.now().toISOString(),
    actorId: actor.id,
    actorName: actor.name,
  };
  const edit = triageEditOf(stamp, observation, patch.value);
  const outcome = await deps.store.updateTriage(id, patch.value, expectedVersion, edit);
  switch (outcome.kind) {
    case 'ok':
      // The names of the fields changed, never their text (the supervisor's notes).
      await recordAudit(deps, actor, {
        action: 'observation.triaged',
        targetType: 'observation',
        targetId: id,
        detail: Object.keys(patch.value).sort().join(', '),
      });
      return ok(toObservationView(actor, outcome.observation, deps.clock.now()));
    case 'stale':
      return stale(outcome.current.version);
    case 'not_found':
      return err({ code: 'not_found' });
  }
}
