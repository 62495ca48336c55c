import type { Actor } from '../policy/actor';
import type { Observation } from '../observation/observation';
import type { Result } from '../shared/result';
import type { ReturnReason, Status } from './status';

export type TransitionRequest = {
  readonly to: Status;
  readonly feedback: string | null;
  readonly returnReason: ReturnReason | null;
};

export type TransitionRefusal =
  | { readonly code: 'illegal_transition'; readonly from: Status; readonly to: Status }
  | { readonly code: 'forbidden' }
  | { readonly code: 'feedback_required' }
  | { readonly code: 'return_reason_required' };

/** forwarded, closed and returned must tell the reporter why. */
export function requiresFeedback(to: Status): boolean {
  throw new Error('not implemented yet');
}

/** The moves this actor may make on this observation now (the tab's buttons). */
export function allowedTransitions(actor: Actor, observation: Observation): Status[] {
  throw new Error('not implemented yet');
}

/**
 * Order of checks: an actor who may make no move at all on this observation (a plain
 * reporter, a supervisor out of scope) → forbidden; a from→to pair not in the lifecycle →
 * illegal_transition; a legal pair this actor's roles may not make → forbidden; then
 * feedback_required and return_reason_required.
 */
export function checkTransition(
  actor: Actor,
  observation: Observation,
  request: TransitionRequest,
): Result<TransitionRequest, TransitionRefusal> {
  throw new Error('not implemented yet');
}
