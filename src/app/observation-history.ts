import type { HistoryEntry } from '../domain/observation/observation';
import type { Actor } from '../domain/policy/actor';
import { ok, type Result } from '../domain/shared/result';
import type { AppDeps } from './app-deps';
import { notFound, type AppError } from './app-error';
import { findVisible } from './find-visible';

/** The timeline the reporter follows: every status change with its feedback, oldest first. */
export async function observationHistory(
  deps: AppDeps,
  actor: Actor,
  id: string,
): Promise<Result<readonly HistoryEntry[], AppError>> {
  if ((await findVisible(deps.store, actor, id)) === null) return notFound();
  return ok(await deps.store.history(id));
}
