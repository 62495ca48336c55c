import type { TransitionRefusal } from '../domain/lifecycle/transitions';
import { checkTransition } from '../domain/lifecycle/transitions';
import { validateTransitionRequest } from '../domain/lifecycle/validate-transition-request';
import { statusChangedNotifications } from '../domain/notification/status-changed-notifications';
import type { Actor } from '../domain/policy/actor';
import { err, ok, type Result } from '../domain/shared/result';
import type { AppDeps } from './app-deps';
import { recordMove } from './audit/record-audit';
import { forbidden, notFound, stale, validationError, type AppError } from './app-error';
import { findVisible } from './find-visible';
import { guardFreeText } from './guard-free-text';
import { moveEntry } from './history-entry';
import { toObservationView, type ObservationView } from './observation-view';

/** Without an expected version, a concurrent change is retried this many times. */
const RETRIES = 3;

/**
 * Moves an observation along its lifecycle and records who, when and the feedback the
 * reporter will read. With `expectedVersion` (If-Match) a stale caller changes nothing;
 * without it, the move is re-checked against the fresh state if someone else got there first.
 */
export async function transitionObservation(
  deps: AppDeps,
  actor: Actor,
  id: string,
  input: unknown,
  expectedVersion: number | null,
): Promise<Result<ObservationView, AppError>> {
  const request = validateTransitionRequest(input);
  if (!request.ok) return validationError(request.error);
  const guarded = guardFreeText({ feedback: request.value.feedback });
  if (!guarded.ok) return guarded;
  for (let attempt = 0; ; attempt++) {
    const observation = await findVisible(deps.store, actor, id);
    if (observation === null) return notFound();
    if (expectedVersion !== null && observation.version !== expectedVersion) {
      return stale(observation.version);
    }
    const checked = checkTransition(actor, observation, request.value);
    if (!checked.ok) return refusal(checked.error);

    const { to, feedback, returnReason } = checked.value;
    const entry = moveEntry(deps, actor, observation, to, { feedback, returnReason });
    const notifications = statusChangedNotifications(observation, entry);
    const outcome = await deps.store.transition(id, entry, observation.version, notifications);
    if (outcome.kind === 'ok') {
      await recordMove(deps, actor, entry);
      return ok(toObservationView(actor, outcome.observation, deps.clock.now()));
    }
    if (outcome.kind === 'not_found') return notFound();
    if (expectedVersion !== null || attempt >= RETRIES) return stale(outcome.current.version);
  }
}

/** Missing feedback or reason is a form problem (422), so the tab can mark the field. */
function refusal(refused: TransitionRefusal): Result<never, AppError> {
  switch (refused.code) {
    case 'illegal_transition':
      return err({ code: 'illegal_transition', from: refused.from, to: refused.to });
    case 'forbidden':
      return forbidden();
    case 'feedback_required':
      return validationError([{ field: 'feedback', code: 'required' }]);
    case 'return_reason_required':
      return validationError([{ field: 'returnReason', code: 'required' }]);
  }
}
