import type { Actor } from '../domain/policy/actor';
import { canTriage } from '../domain/policy/policy';
import { ok, type Result } from '../domain/shared/result';
import type { TriageEdit } from '../domain/triage/triage-edit';
import type { AppDeps } from './app-deps';
import { forbidden, notFound, type AppError } from './app-error';
import { findVisible } from './find-visible';

/**
 * Every saved edit of the triage record, oldest first, for those who may triage: like the
 * record itself, the supervisor's working notes are not the reporter's to read (a reporter who
 * sees the observation gets 403; anyone who cannot see it, 404).
 */
export async function triageHistory(
  deps: AppDeps,
  actor: Actor,
  id: string,
): Promise<Result<readonly TriageEdit[], AppError>> {
  const observation = await findVisible(deps.store, actor, id);
  if (observation === null) return notFound();
  if (!canTriage(actor, observation)) return forbidden();
  return ok(await deps.store.triageHistory(id));
}
