import type { Status } from '../domain/lifecycle/status';
import type { HistoryEntry, Observation } from '../domain/observation/observation';
import type { Actor } from '../domain/policy/actor';
import type { AppDeps } from './app-deps';

/** What a move says beyond where it goes: the board's feedback and reason, a resubmit's changes. */
export type MoveDetails = Partial<Pick<HistoryEntry, 'feedback' | 'returnReason' | 'changes'>>;

/**
 * The history entry of a move made now by `actor`: a supervisor's transition, a reporter's
 * withdrawal or resubmit. Stamped with the clock and a new id.
 */
export function moveEntry(
  deps: Pick<AppDeps, 'ids' | 'clock'>,
  actor: Actor,
  observation: Pick<Observation, 'id' | 'status'>,
  to: Status,
  details: MoveDetails = {},
): HistoryEntry {
  return {
    id: deps.ids.next(),
    observationId: observation.id,
    at: deps.clock.now().toISOString(),
    actorId: actor.id,
    actorName: actor.name,
    from: observation.status,
    to,
    feedback: details.feedback ?? null,
    returnReason: details.returnReason ?? null,
    ...(details.changes === undefined ? {} : { changes: details.changes }),
  };
}
