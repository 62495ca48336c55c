import type { Actor } from '../../domain/policy/actor';
import { canEditWorkspace } from '../../domain/policy/workspace-policy';
import { validateProposalPatch } from '../../domain/proposal/validate-proposal';
import { ok, type Result } from '../../domain/shared/result';
import type { AppDeps } from '../app-deps';
import { forbidden, notFound, stale, validationError, type AppError } from '../app-error';
import { guardFreeText } from '../guard-free-text';
import { unknownReferences } from './check-references';
import { toProposalView, type ProposalView } from './proposal-view';

/** Edits the proposal's content (not its status), only at the version the caller saw. */
export async function updateProposal(
  deps: Pick<AppDeps, 'proposals' | 'phenomena' | 'store' | 'clock'>,
  actor: Actor,
  id: string,
  input: unknown,
  expectedVersion: number,
): Promise<Result<ProposalView, AppError>> {
  if (!canEditWorkspace(actor)) return forbidden();
  const patch = validateProposalPatch(input);
  if (!patch.ok) return validationError(patch.error);
  const { title, rationale, decisionBody, owner } = patch.value;
  const guarded = guardFreeText({ title, rationale, decisionBody, owner });
  if (!guarded.ok) return guarded;
  const current = await deps.proposals.get(id);
  if (current === null) return notFound();
  if (current.version !== expectedVersion) return stale(current.version);
  const unknown = await unknownReferences(deps, patch.value, current);
  if (unknown.length > 0) return validationError(unknown);

  const next = { ...current, ...patch.value, updatedAt: deps.clock.now().toISOString() };
  const outcome = await deps.proposals.save(next, expectedVersion, null, []);
  if (outcome.kind === 'not_found') return notFound();
  if (outcome.kind === 'stale') return stale(outcome.current.version);
  return ok(toProposalView(outcome.record));
}
