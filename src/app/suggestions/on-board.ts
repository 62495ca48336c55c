import type { Observation } from '../../domain/observation/observation';
import type { Actor } from '../../domain/policy/actor';
import type { BoardScope } from '../../domain/policy/board-scope';
import { boardScopeOf } from '../../domain/policy/policy';
import { ok, type Result } from '../../domain/shared/result';
import type { AppDeps } from '../app-deps';
import { forbidden, notFound, type AppError } from '../app-error';
import { findVisible } from '../find-visible';

/**
 * The observation and the caller's board, for those who work on observations on a board:
 * without a board (reporters, editors) 403; an observation they may not see 404, like a
 * missing one.
 */
export async function findOnBoard(
  deps: Pick<AppDeps, 'store'>,
  actor: Actor,
  id: string,
): Promise<Result<{ observation: Observation; scope: BoardScope }, AppError>> {
  const scope = boardScopeOf(actor);
  if (scope === null) return forbidden();
  const observation = await findVisible(deps.store, actor, id);
  if (observation === null) return notFound();
  return ok({ observation, scope });
}
