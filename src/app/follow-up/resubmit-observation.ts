import { checkResubmit } from '../../domain/lifecycle/reporter-moves';
import { validateResubmit } from '../../domain/observation/validate-resubmit';
import { resubmittedNotifications } from '../../domain/notification/reporter-follow-up-notifications';
import type { PersonalDataWarning } from '../../domain/personal-data/personal-data-finding';
import type { Actor } from '../../domain/policy/actor';
import { ok, type Result } from '../../domain/shared/result';
import type { AppDeps } from '../app-deps';
import { notFound, stale, validationError, type AppError } from '../app-error';
import { answeringStaff } from '../answering';
import { moveEntry } from '../history-entry';
import { recordMove } from '../audit/record-audit';
import { guardFreeText } from '../guard-free-text';
import { toObservationView, type ObservationView } from '../observation-view';
import { reporterRefusal } from './reporter-refusal';

export type ResubmitOutcome = {
  readonly observation: ObservationView;
  /** Likely personal data the reporter should check; never a reason to refuse. */
  readonly warnings: readonly PersonalDataWarning[];
};

/**
 * The reporter answers a return: amends the form's fields (any of them; the rest stay as
 * filed) and sends it again (`returned` → `received`). Checked as a filing is (the identity
 * code guard, the county's lists); the history entry keeps both versions of what changed, and
 * those who answer for it get the new-observation card again, marked as resubmitted. Only its
 * reporter (404 to others, 403 to co-reporters), only while `returned` (409 `not_returned`),
 * only at the version the reporter saw (`expectedVersion`, from If-Match).
 */
export async function resubmitObservation(
  deps: AppDeps,
  actor: Actor,
  id: string,
  input: unknown,
  expectedVersion: number,
): Promise<Result<ResubmitOutcome, AppError>> {
  const observation = await deps.store.get(id);
  if (observation === null) return notFound();
  const checked = checkResubmit(actor, observation);
  if (!checked.ok) return reporterRefusal(checked.error);
  // The identity-code check comes first, as in filing.
  const guarded = guardFreeText(freeTextOf(input));
  if (!guarded.ok) return guarded;
  const validated = validateResubmit(input, observation, deps.county);
  if (!validated.ok) return validationError(validated.error);
  if (observation.version !== expectedVersion) return stale(observation.version);

  const { edit, changes } = validated.value;
  const entry = moveEntry(deps, actor, observation, 'received', { changes });
  const amended = { ...observation, ...edit };
  const { supervisorId, areaSupervisors, coordinators } = await answeringStaff(deps, amended);
  const notifications = resubmittedNotifications(
    { ...amended, supervisorId },
    entry,
    areaSupervisors,
    coordinators,
  );
  const outcome = await deps.store.amend(id, edit, entry, expectedVersion, notifications);
  switch (outcome.kind) {
    case 'ok':
      await recordMove(deps, actor, entry);
      return ok({
        observation: toObservationView(actor, outcome.observation, deps.clock.now()),
        warnings: guarded.value,
      });
    case 'stale':
      return stale(outcome.current.version);
    case 'not_found':
      return notFound();
  }
}

/** The free-text fields as sent, before validation (non-strings are validation's job). */
function freeTextOf(input: unknown): Record<string, string | null> {
  const body =
    typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
  return { description: text(body.description), solutionProposal: text(body.solutionProposal) };
}
