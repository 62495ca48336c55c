import type { Actor } from '../../domain/policy/actor';
import { canEditWorkspace } from '../../domain/policy/workspace-policy';
import { validateProposalDraft } from '../../domain/proposal/validate-proposal';
import { ok, type Result } from '../../domain/shared/result';
import type { AppDeps } from '../app-deps';
import { forbidden, validationError, type AppError } from '../app-error';
import { guardFreeText } from '../guard-free-text';
import { unknownReferences } from './check-references';
import { toProposalView, type ProposalView } from './proposal-view';

/** A new action proposal, as a draft, resting on phenomena and observations. */
export async function createProposal(
  deps: Pick<AppDeps, 'proposals' | 'phenomena' | 'store' | 'clock' | 'ids'>,
  actor: Actor,
  input: unknown,
): Promise<Result<ProposalView, AppError>> {
  if (!canEditWorkspace(actor)) return forbidden();
  const draft = validateProposalDraft(input);
  if (!draft.ok) return validationError(draft.error);
  const { title, rationale, decisionBody, owner } = draft.value;
  const guarded = guardFreeText({ title, rationale, decisionBody, owner });
  if (!guarded.ok) return guarded;
  const unknown = await unknownReferences(deps, draft.value);
  if (unknown.length > 0) return validationError(unknown);

  const at = deps.clock.now().toISOString();
  const proposal = {
    ...draft.value,
    id: deps.ids.next(),
    status: 'draft' as const,
    decision: null,
    result: null,
    createdBy: actor.id,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  const created = await deps.proposals.create(proposal, {
    id: deps.ids.next(),
    proposalId: proposal.id,
    at,
    actorId: actor.id,
    actorName: actor.name,
    from: null,
    to: 'draft',
    note: null,
  });
  return ok(toProposalView(created));
}
