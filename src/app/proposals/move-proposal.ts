import { localDateOf, formatLocalDate } from '../../domain/county/local-date';
import type { Actor } from '../../domain/policy/actor';
import { canEditWorkspace } from '../../domain/policy/workspace-policy';
import {
  moveProposal as applyMove,
  proposalChangedNotifications,
  tellsReporters,
  validateProposalMove,
} from '../../domain/proposal';
import { err, ok, type Result } from '../../domain/shared/result';
import type { AppDeps } from '../app-deps';
import { forbidden, notFound, stale, validationError, type AppError } from '../app-error';
import { guardFreeText } from '../guard-free-text';
import { restingObservations } from './resting-observations';
import { toProposalView, type ProposalView } from './proposal-view';

/**
 * Moves a proposal along its lifecycle (draft → proposed → accepted | rejected; accepted →
 * in_progress → done; proposed → draft), recording the decision or the result, and tells
 * every reporter whose observation it rests on when it is decided and when it is done.
 */
export async function moveProposal(
  deps: Pick<AppDeps, 'proposals' | 'phenomena' | 'store' | 'clock' | 'ids' | 'county'>,
  actor: Actor,
  id: string,
  input: unknown,
  expectedVersion: number | null,
): Promise<Result<ProposalView, AppError>> {
  if (!canEditWorkspace(actor)) return forbidden();
  const move = validateProposalMove(input);
  if (!move.ok) return validationError(move.error);
  const guarded = guardFreeText({ note: move.value.note, by: move.value.by });
  if (!guarded.ok) return guarded;
  const current = await deps.proposals.get(id);
  if (current === null) return notFound();
  if (expectedVersion !== null && current.version !== expectedVersion) {
    return stale(current.version);
  }
  const now = deps.clock.now();
  const at = now.toISOString();
  const moved = applyMove(current, move.value, {
    actorName: actor.name,
    today: formatLocalDate(localDateOf(now, deps.county.timeZone)),
    at,
  });
  if (!moved.ok) {
    return moved.error.code === 'note_required'
      ? validationError([{ field: 'note', code: 'required' }])
      : err(moved.error);
  }
  const entry = {
    id: deps.ids.next(),
    proposalId: id,
    at,
    actorId: actor.id,
    actorName: actor.name,
    from: current.status,
    to: move.value.to,
    note: move.value.note,
  };
  const notifications = tellsReporters(move.value.to)
    ? proposalChangedNotifications(moved.value, entry, await restingObservations(deps, current))
    : [];
  const outcome = await deps.proposals.save(moved.value, current.version, entry, notifications);
  if (outcome.kind === 'not_found') return notFound();
  if (outcome.kind === 'stale') return stale(outcome.current.version);
  return ok(toProposalView(outcome.record));
}
