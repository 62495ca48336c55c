import { periodOf } from '../domain/county/periods';
import type { ObservationDraft, HistoryEntry } from '../domain/observation/observation';
import { isSameDraft } from '../domain/observation/same-draft';
import { validateDraft } from '../domain/observation/validate-draft';
import { newObservationNotifications } from '../domain/notification/new-observation-notifications';
import type { PersonalDataWarning } from '../domain/personal-data/personal-data-finding';
import type { Actor } from '../domain/policy/actor';
import type { FieldProblem } from '../domain/shared/field-problem';
import { ok, type Result } from '../domain/shared/result';
import { EMPTY_TRIAGE } from '../domain/triage/triage-record';
import type { NewObservation, StaffDirectory } from '../ports';
import type { AppDeps } from './app-deps';
import { recordAudit } from './audit/record-audit';
import { idempotencyKeyReused, validationError, type AppError } from './app-error';
import { guardFreeText } from './guard-free-text';
import { answeringStaff } from './answering';
import { liveNamedSupervisor } from './named-supervisor';
import { toObservationView, type ObservationView } from './observation-view';

export type SubmitOutcome = {
  readonly observation: ObservationView;
  /** Likely personal data the reporter should check; never a reason to refuse. */
  readonly warnings: readonly PersonalDataWarning[];
  /** False when an earlier submit with the same idempotency key is replayed. */
  readonly created: boolean;
};

/**
 * Files an observation (havainto). Nothing is stored unless the form is valid and free of
 * personal identity codes; a repeated submit with the same key stores nothing new. The
 * repeat replays the first filing when its form is the same, and is refused with
 * `idempotency_key_reused` when the form was changed in between.
 */
export async function submitObservation(
  deps: AppDeps,
  actor: Actor,
  input: unknown,
  idempotencyKey: string | null,
): Promise<Result<SubmitOutcome, AppError>> {
  // The identity-code check comes first: a code in the text is the one problem the reporter
  // must fix whatever else is wrong with the form.
  const guarded = guardFreeText(freeTextOf(input));
  if (!guarded.ok) return guarded;
  const validated = validateDraft(input, deps.county);
  if (!validated.ok) return validationError(validated.error);
  const people = await checkPeople(deps.staff, validated.value);
  if (people.length > 0) return validationError(people);

  const now = deps.clock.now();
  // A named supervisor who is gone (left, or no longer a supervisor) is not kept: the filing
  // goes to the area's supervisors, or to the coordinators, as if nobody had been named.
  const supervisorId = await liveNamedSupervisor(deps.staff, validated.value.supervisorId);
  const draft = withoutSelf({ ...validated.value, supervisorId }, actor.id);
  const observation: NewObservation = {
    ...draft,
    id: deps.ids.next(),
    reporterId: actor.id,
    reporterName: actor.name,
    createdAt: now.toISOString(),
    period: periodOf(deps.county.periodScheme, now, deps.county.timeZone).id,
    status: 'received',
    firstAnsweredAt: null,
    triage: EMPTY_TRIAGE,
  };
  const filed: HistoryEntry = {
    id: deps.ids.next(),
    observationId: observation.id,
    at: observation.createdAt,
    actorId: actor.id,
    actorName: actor.name,
    from: null,
    to: 'received',
    feedback: null,
    returnReason: null,
  };
  // Looked up before the write: the supervisors who answer for it are told in the same commit.
  const { areaSupervisors, coordinators } = await answeringStaff(deps, observation);
  const notifications = newObservationNotifications(observation, areaSupervisors, coordinators);
  const outcome = await deps.store.create(observation, filed, idempotencyKey, notifications);
  // A replay answers for the same form only: edits made after a lost answer must not vanish
  // into the first filing (the store kept nothing of this request).
  if (!outcome.created && !isSameDraft(outcome.observation, draft)) {
    return idempotencyKeyReused(outcome.observation.id);
  }
  // A replay filed nothing: the first filing's entry stands for it.
  if (outcome.created) {
    await recordAudit(deps, actor, {
      action: 'observation.filed',
      targetType: 'observation',
      targetId: outcome.observation.id,
      detail: outcome.observation.serviceArea,
    });
  }
  return ok({
    observation: toObservationView(actor, outcome.observation, now),
    warnings: guarded.value,
    created: outcome.created,
  });
}

/** The form's free-text fields as sent, before validation (non-strings are validation's job). */
function freeTextOf(input: unknown): Record<string, string | null> {
  const body =
    typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
  return { description: text(body.description), solutionProposal: text(body.solutionProposal) };
}

/**
 * Co-reporters must be real staff: ids are not free text. (A named supervisor who is not one
 * is dropped, not refused: see liveNamedSupervisor.)
 */
async function checkPeople(
  staff: StaffDirectory,
  draft: ObservationDraft,
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  for (const [index, id] of draft.coReporterIds.entries()) {
    if ((await staff.get(id)) === null) {
      problems.push({ field: `coReporterIds.${index}`, code: 'unknown_choice' });
    }
  }
  return problems;
}

/** Co-reporters are other people: drop the reporter and repeats rather than refuse. */
function withoutSelf(draft: ObservationDraft, reporterId: string): ObservationDraft {
  const coReporterIds = [...new Set(draft.coReporterIds)].filter((id) => id !== reporterId);
  return { ...draft, coReporterIds };
}
