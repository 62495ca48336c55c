import type { Actor } from '../domain/policy/actor';
import { ok, type Result } from '../domain/shared/result';
import type { AppDeps } from './app-deps';
import { recordAudit } from './audit/record-audit';
import { notFound, type AppError } from './app-error';
import { findVisible } from './find-visible';
import { withOutcomes, type ObservationWithOutcome } from './led-to';
import { toObservationView } from './observation-view';

export async function getObservation(
  deps: AppDeps,
  actor: Actor,
  id: string,
): Promise<Result<ObservationWithOutcome, AppError>> {
  const observation = await findVisible(deps.store, actor, id);
  if (observation === null) return notFound();
  const view = toObservationView(actor, observation, deps.clock.now());
  const [withOutcome] = await withOutcomes(deps, actor, [view]);
  return ok(
    withOutcome ?? { ...view, phenomena: [], proposals: [], enrichments: [], publications: [] },
  );
}

/**
 * getObservation for someone opening the observation (the tab's panel, `GET
 * /api/observations/{id}`): a reader who is neither its reporter nor a co-reporter leaves an
 * `observation.read` entry in the audit log. Internal look-ups (the current version for
 * If-Match, a bot card's button) use getObservation and record nothing.
 */
export async function openObservation(
  deps: AppDeps,
  actor: Actor,
  id: string,
): Promise<Result<ObservationWithOutcome, AppError>> {
  const outcome = await getObservation(deps, actor, id);
  if (outcome.ok && !isOwn(actor, outcome.value)) {
    await recordAudit(deps, actor, {
      action: 'observation.read',
      targetType: 'observation',
      targetId: id,
      detail: outcome.value.status,
    });
  }
  return outcome;
}

const isOwn = (
  actor: Actor,
  observation: { reporterId: string; coReporterIds: readonly string[] },
): boolean => observation.reporterId === actor.id || observation.coReporterIds.includes(actor.id);
