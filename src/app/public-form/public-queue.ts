import type { Actor } from '../../domain/policy/actor';
import { canHandlePublicQueue } from '../../domain/public-form/public-queue-policy';
import type { PublicSubmission } from '../../domain/public-form/public-submission';
import { ok, type Result } from '../../domain/shared/result';
import type { PublicSubmissionStore } from '../../ports';
import type { AppDeps } from '../app-deps';
import { forbidden, notFound, type AppError } from '../app-error';

/** The coordinator's view of a waiting submission: what the form said, never the receipt. */
export type PublicSubmissionView = Omit<PublicSubmission, 'receipt'>;

/** The queue is read whole; more than this waiting means the coordinator needs help, not paging. */
export const PUBLIC_QUEUE_LIMIT = 500;

export const toPublicSubmissionView = ({
  receipt: _receipt,
  ...rest
}: PublicSubmission): PublicSubmissionView => rest;

/**
 * The queue's store for someone who may handle it (coordinator, admin; others `forbidden`).
 * The queue stays reachable while the form is off: what came in before must still be decided.
 */
export function queueFor(
  deps: Pick<AppDeps, 'publicSubmissions'>,
  actor: Actor,
): Result<PublicSubmissionStore, AppError> {
  if (!canHandlePublicQueue(actor)) return forbidden();
  return deps.publicSubmissions === undefined ? notFound() : ok(deps.publicSubmissions);
}

/** `GET /api/public-submissions` (and `GET /api/observations?source=public`): oldest first. */
export async function listPublicQueue(
  deps: AppDeps,
  actor: Actor,
): Promise<Result<{ readonly items: readonly PublicSubmissionView[] }, AppError>> {
  const store = queueFor(deps, actor);
  if (!store.ok) return store;
  const pending = await store.value.listPending(PUBLIC_QUEUE_LIMIT);
  return ok({ items: pending.map(toPublicSubmissionView) });
}
