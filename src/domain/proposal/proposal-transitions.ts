import { err, ok, type Result } from '../shared/result';
import type { Proposal, ProposalOutcome, ProposalStatus } from './proposal';

/** Every legal move; anything else is refused (HTTP 409). */
const MOVES: Readonly<Record<ProposalStatus, readonly ProposalStatus[]>> = {
  draft: ['proposed'],
  proposed: ['draft', 'accepted', 'rejected'],
  accepted: ['in_progress'],
  rejected: [],
  in_progress: ['done'],
  done: [],
};

export const canMoveProposal = (from: ProposalStatus, to: ProposalStatus): boolean =>
  MOVES[from].includes(to);

/** Moves that record an outcome must say what it was: the decision, or the result. */
export const requiresProposalNote = (to: ProposalStatus): boolean =>
  to === 'accepted' || to === 'rejected' || to === 'done';

/** The decision body decided; the reporters are told. */
export const isDecision = (to: ProposalStatus): boolean => to === 'accepted' || to === 'rejected';

export type ProposalMove = {
  readonly to: ProposalStatus;
  readonly note: string | null;
  /** Who decided (default: the proposal's decision body) or reported the result. */
  readonly by: string | null;
  /** yyyy-mm-dd; default: the day of the move. */
  readonly on: string | null;
};

export type ProposalMoveRefusal =
  | {
      readonly code: 'illegal_transition';
      readonly from: ProposalStatus;
      readonly to: ProposalStatus;
    }
  | { readonly code: 'note_required' };

/**
 * The proposal after the move: status, and the decision or result it records. `actorName`
 * stands in for "by" of a result when none is given; `today` for "on".
 */
export function moveProposal(
  proposal: Proposal,
  move: ProposalMove,
  context: { readonly actorName: string; readonly today: string; readonly at: string },
): Result<Proposal, ProposalMoveRefusal> {
  if (!canMoveProposal(proposal.status, move.to)) {
    return err({ code: 'illegal_transition', from: proposal.status, to: move.to });
  }
  if (requiresProposalNote(move.to) && move.note === null) {
    return err({ code: 'note_required' });
  }
  const outcome = (defaultBy: string): ProposalOutcome => ({
    text: move.note ?? '',
    by: move.by ?? defaultBy,
    on: move.on ?? context.today,
  });
  return ok({
    ...proposal,
    status: move.to,
    decision: isDecision(move.to)
      ? outcome(proposal.decisionBody)
      : move.to === 'draft' || move.to === 'proposed'
        ? null
        : proposal.decision,
    result: move.to === 'done' ? outcome(context.actorName) : proposal.result,
    updatedAt: context.at,
  });
}
