import type { Observation } from '../observation/observation';
import type { Actor } from '../policy/actor';
import { isOwnObservation } from '../policy/policy';
import { err, ok, type Result } from '../shared/result';

/**
 * Why a reporter's own move is refused. `not_found` hides the observation from anyone who is
 * not among its reporters (its id must reveal nothing); a co-reporter may read and write
 * messages but not withdraw or resubmit what the reporter filed (`forbidden`).
 */
export type ReporterMoveRefusal =
  | { readonly code: 'not_found' }
  | { readonly code: 'forbidden' }
  /** Withdraw: a supervisor has already moved it on (handling began). */
  | { readonly code: 'already_handled' }
  /** Resubmit: only a returned observation waits for the reporter's answer. */
  | { readonly code: 'not_returned' };

function ownership(
  actor: Actor,
  observation: Observation,
): Result<Observation, ReporterMoveRefusal> {
  if (!isOwnObservation(actor, observation)) return err({ code: 'not_found' });
  if (observation.reporterId !== actor.id) return err({ code: 'forbidden' });
  return ok(observation);
}

/**
 * The reporter takes back an observation nobody has started on (`received`): it becomes
 * `withdrawn`, a final status that counts nowhere but stays in the history.
 */
export function checkWithdraw(
  actor: Actor,
  observation: Observation,
): Result<Observation, ReporterMoveRefusal> {
  const own = ownership(actor, observation);
  if (!own.ok) return own;
  if (observation.status !== 'received') return err({ code: 'already_handled' });
  return own;
}

/** The reporter answers a return by amending the text and sending it again (→ `received`). */
export function checkResubmit(
  actor: Actor,
  observation: Observation,
): Result<Observation, ReporterMoveRefusal> {
  const own = ownership(actor, observation);
  if (!own.ok) return own;
  if (observation.status !== 'returned') return err({ code: 'not_returned' });
  return own;
}
