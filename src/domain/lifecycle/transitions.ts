import type { Actor, Role } from '../policy/actor';
import type { Observation } from '../observation/observation';
import { isSupervisorInScope } from '../policy/supervisor-scope';
import { isBlankText } from '../shared/free-text';
import { err, ok, type Result } from '../shared/result';
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

/** One legal move of the lifecycle and the roles that may make it. */
export type TransitionRule = {
  readonly from: Status;
  readonly to: Status;
  readonly roles: readonly Role[];
};

const SUPERVISION: readonly Role[] = ['supervisor', 'rake_coordinator', 'admin'];
const WORKING_GROUP: readonly Role[] = ['rake_member', 'rake_coordinator', 'admin'];
const COORDINATION: readonly Role[] = ['rake_coordinator', 'admin'];

/**
 * Who may move what: the whole lifecycle in one table. The `supervisor` role counts only
 * for observations in the supervisor's scope (their service areas, or naming them).
 */
export const TRANSITIONS: readonly TransitionRule[] = [
  // The supervisor takes the report up, forwards a clear one at once, or hands it back
  // (SPro/HaiPro, own unit …).
  { from: 'received', to: 'in_review', roles: SUPERVISION },
  { from: 'received', to: 'forwarded', roles: SUPERVISION },
  { from: 'received', to: 'returned', roles: SUPERVISION },
  // After processing: to the RAKE working group, back to the reporter, or done.
  { from: 'in_review', to: 'forwarded', roles: SUPERVISION },
  { from: 'in_review', to: 'returned', roles: SUPERVISION },
  { from: 'in_review', to: 'closed', roles: SUPERVISION },
  // The working group proposes action, closes, or sends it back for enrichment.
  { from: 'forwarded', to: 'action_proposed', roles: WORKING_GROUP },
  { from: 'forwarded', to: 'closed', roles: WORKING_GROUP },
  { from: 'forwarded', to: 'in_review', roles: WORKING_GROUP },
  { from: 'action_proposed', to: 'closed', roles: COORDINATION },
  // Reopening: a closed one only by coordination; a returned one also by its supervisor.
  { from: 'closed', to: 'in_review', roles: COORDINATION },
  { from: 'returned', to: 'in_review', roles: SUPERVISION },
];

/** Moves that end a step for the reporter must tell them why (seed 003: no silent reports). */
const FEEDBACK_REQUIRED: ReadonlySet<Status> = new Set<Status>(['forwarded', 'closed', 'returned']);

/** forwarded, closed and returned must tell the reporter why. */
export function requiresFeedback(to: Status): boolean {
  return FEEDBACK_REQUIRED.has(to);
}

/** The actor's roles that count on this observation: a supervisor's only within scope. */
function effectiveRoles(actor: Actor, observation: Observation): Role[] {
  return actor.roles.filter(
    (role) => role !== 'supervisor' || isSupervisorInScope(actor, observation),
  );
}

function mayMake(roles: readonly Role[], rule: TransitionRule): boolean {
  return rule.roles.some((role) => roles.includes(role));
}

/** The moves this actor may make on this observation now (the tab's buttons). */
export function allowedTransitions(actor: Actor, observation: Observation): Status[] {
  const roles = effectiveRoles(actor, observation);
  return TRANSITIONS.filter((rule) => rule.from === observation.status && mayMake(roles, rule)).map(
    (rule) => rule.to,
  );
}

/**
 * Order of checks: an actor who may make no move at all on this observation (a plain
 * reporter, a supervisor out of scope) → forbidden; a from→to pair not in the lifecycle →
 * illegal_transition; a legal pair this actor's roles may not make → forbidden; then
 * feedback_required and return_reason_required.
 *
 * "No move at all" looks at the whole table, not only the current status, so that a RAKE
 * member asking for an impossible move hears 409 (the move does not exist) rather than 403.
 * The accepted request comes back normalised: blank feedback becomes null, and a return
 * reason is kept only for `returned`. Non-blank feedback is kept exactly as typed.
 */
export function checkTransition(
  actor: Actor,
  observation: Observation,
  request: TransitionRequest,
): Result<TransitionRequest, TransitionRefusal> {
  const roles = effectiveRoles(actor, observation);
  if (!TRANSITIONS.some((rule) => mayMake(roles, rule))) return err({ code: 'forbidden' });

  const from = observation.status;
  const rule = TRANSITIONS.find((r) => r.from === from && r.to === request.to);
  if (rule === undefined) return err({ code: 'illegal_transition', from, to: request.to });
  if (!mayMake(roles, rule)) return err({ code: 'forbidden' });

  const feedback =
    request.feedback !== null && !isBlankText(request.feedback) ? request.feedback : null;
  if (requiresFeedback(request.to) && feedback === null) return err({ code: 'feedback_required' });
  if (request.to === 'returned' && request.returnReason === null) {
    return err({ code: 'return_reason_required' });
  }
  return ok({
    to: request.to,
    feedback,
    returnReason: request.to === 'returned' ? request.returnReason : null,
  });
}
