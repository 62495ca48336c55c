import type { PhenomenonLevel, StructuralForm } from '../phenomenon/phenomenon';

/**
 * An action proposal's life: written (draft), put to the decision body (proposed), decided
 * (accepted | rejected), carried out (in_progress) and done with its result and evaluation.
 */
export const PROPOSAL_STATUSES = [
  'draft',
  'proposed',
  'accepted',
  'rejected',
  'in_progress',
  'done',
] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** What the RAKE group writes: the proposal and what it rests on. */
export type ProposalDraft = {
  readonly title: string;
  readonly rationale: string;
  readonly phenomenonIds: readonly string[];
  readonly observationIds: readonly string[];
  /** Leadership group, regional government, a committee, a municipal HYTE group … */
  readonly decisionBody: string;
  /** Who carries it forward (a person or a unit), as written. */
  readonly owner: string | null;
  /** yyyy-mm-dd, county time. */
  readonly dueDate: string | null;
  readonly forms: readonly StructuralForm[];
  readonly level: PhenomenonLevel | null;
};

/** A decision or a result: what was said, by whom, on which day (yyyy-mm-dd). */
export type ProposalOutcome = {
  readonly text: string;
  readonly by: string;
  readonly on: string;
};

/** An action proposal (toimenpide-ehdotus). */
export type Proposal = ProposalDraft & {
  readonly id: string;
  readonly status: ProposalStatus;
  /** The decision body's answer, set when accepted or rejected. */
  readonly decision: ProposalOutcome | null;
  /** The result and its evaluation, set when done. */
  readonly result: ProposalOutcome | null;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Grows with every change; the HTTP edge exposes it as the ETag. */
  readonly version: number;
};

/** One step of a proposal's history (its creation has `from: null`). */
export type ProposalHistoryEntry = {
  readonly id: string;
  readonly proposalId: string;
  readonly at: string;
  readonly actorId: string;
  readonly actorName: string;
  readonly from: ProposalStatus | null;
  readonly to: ProposalStatus;
  readonly note: string | null;
};
