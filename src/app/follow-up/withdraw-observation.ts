import { checkWithdraw } from '../../domain/lifecycle/reporter-moves';
import { withdrawnNotifications } from '../../domain/notification/reporter-follow-up-notifications';
import type { Actor } from '../../domain/policy/actor';
import { ok, type Result } from '../../domain/shared/result';
import type { AppDeps } from '../app-deps';
import { notFound, stale, type AppError } from '../app-error';
import { recordMove } from '../audit/record-audit';
import { toObservationView, type ObservationView } from '../observation-view';
import { answeringOf } from '../answering';
import { moveEntry } from '../history-entry';
import { reporterRefusal } from './reporter-refusal';

/** Without an expected version, a concurrent change is looked at again this many times. */
const RETRIES = 3;

/**
 * The reporter withdraws their own observation while nobody has started on it (`received` →
 * `withdrawn`). It stays in the history and on the board, counts nowhere, and those who would
 * have answered for it are told, so nobody starts on it. Anyone but its reporters hears 404; a
 * co-reporter 403; once handling began, 409 `already_handled`.
 */
export async function withdrawObservation(
  deps: AppDeps,
  actor: Actor,
  id: string,
  expectedVersion: number | null,
): Promise<Result<ObservationView, AppError>> {
  for (let attempt = 0; ; attempt++) {
    const observation = await deps.store.get(id);
    if (observation === null) return notFound();
    const checked = checkWithdraw(actor, observation);
    if (!checked.ok) return reporterRefusal(checked.error);
    if (expectedVersion !== null && observation.version !== expectedVersion) {
      return stale(observation.version);
    }
    const entry = moveEntry(deps, actor, observation, 'withdrawn');
    const notifications = withdrawnNotifications(
      observation,
      entry,
      await answeringOf(deps, observation),
    );
    const outcome = await deps.store.amend(id, {}, entry, observation.version, notifications);
    if (outcome.kind === 'ok') {
      await recordMove(deps, actor, entry);
      return ok(toObservationView(actor, outcome.observation, deps.clock.now()));
    }
    if (outcome.kind === 'not_found') return notFound();
    // Someone moved it meanwhile: the next round answers already_handled (or tries again).
    if (expectedVersion !== null || attempt >= RETRIES) return stale(outcome.current.version);
  }
}
