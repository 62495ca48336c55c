import { publicStatusOf, type PublicStatus } from '../../domain/public-form/public-status';
import { normaliseReceipt } from '../../domain/public-form/receipt';
import { ok, type Result } from '../../domain/shared/result';
import type { AppDeps } from '../app-deps';
import { notFound, type AppError } from '../app-error';
import { openPublicForm } from './public-form-store';

/** All the public ever sees of a submission: no text, no names, no reasons. */
export type PublicStatusView = {
  readonly receipt: string;
  readonly status: PublicStatus;
  /** ISO 8601 instant the form was sent. */
  readonly submittedAt: string;
};

/**
 * The status behind a receipt as typed. An unknown receipt, one that cannot be a receipt, and
 * a bot's (which was never stored) are all simply not found.
 */
export async function publicStatus(
  deps: AppDeps,
  typed: string,
): Promise<Result<PublicStatusView, AppError>> {
  const store = openPublicForm(deps);
  if (store === null) return notFound();
  const receipt = normaliseReceipt(typed);
  if (receipt === null) return notFound();
  const submission = await store.byReceipt(receipt);
  if (submission === null) return notFound();
  const decision = submission.decision;
  const observation =
    decision?.state === 'accepted' ? await deps.store.get(decision.observationId) : null;
  return ok({
    receipt,
    status: publicStatusOf(submission, observation?.status ?? null),
    submittedAt: submission.createdAt,
  });
}
