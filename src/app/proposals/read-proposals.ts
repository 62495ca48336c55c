import type { ProposalHistoryEntry } from '../../domain/proposal/proposal';
import type { Actor } from '../../domain/policy/actor';
import { canReadWorkspace } from '../../domain/policy/workspace-policy';
import { ok, type Result } from '../../domain/shared/result';
import type { AppDeps } from '../app-deps';
import { forbidden, notFound, type AppError } from '../app-error';
import { toProposalView, type ProposalView } from './proposal-view';

export type ProposalDetails = ProposalView & { readonly history: readonly ProposalHistoryEntry[] };

/** Every proposal, newest first. */
export async function listProposals(
  deps: Pick<AppDeps, 'proposals'>,
  actor: Actor,
): Promise<Result<readonly ProposalView[], AppError>> {
  if (!canReadWorkspace(actor)) return forbidden();
  return ok((await deps.proposals.list()).map(toProposalView));
}

/** One proposal with its history, oldest step first. */
export async function getProposal(
  deps: Pick<AppDeps, 'proposals'>,
  actor: Actor,
  id: string,
): Promise<Result<ProposalDetails, AppError>> {
  if (!canReadWorkspace(actor)) return forbidden();
  const [proposal, history] = await Promise.all([
    deps.proposals.get(id),
    deps.proposals.history(id),
  ]);
  if (proposal === null) return notFound();
  return ok({ ...toProposalView(proposal), history });
}
