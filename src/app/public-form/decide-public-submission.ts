import { periodOf } from '../../domain/county/periods';
import { newObservationNotifications } from '../../domain/notification/new-observation-notifications';
import type { HistoryEntry } from '../../domain/observation/observation';
import type { Actor } from '../../domain/policy/actor';
import { PUBLIC_REPORTER_NAMES } from '../../domain/public-form/public-queue-policy';
import {
  publicReporterId,
  type PublicSubmission,
  type SubmissionDecision,
} from '../../domain/public-form/public-submission';
import {
  validateAcceptRequest,
  validateDiscardRequest,
} from '../../domain/public-form/validate-decision';
import { err, ok, type Result } from '../../domain/shared/result';
import { EMPTY_TRIAGE } from '../../domain/triage/triage-record';
import type { NewObservation, PublicSubmissionStore } from '../../ports';
import { answeringStaff } from '../answering';
import type { AppDeps } from '../app-deps';
import { notFound, validationError, type AppError } from '../app-error';
import { recordAudit } from '../audit/record-audit';
import { guardFreeText } from '../guard-free-text';
import { toObservationView, type ObservationView } from '../observation-view';
import { queueFor, toPublicSubmissionView, type PublicSubmissionView } from './public-queue';

const alreadyDecided = () => err<AppError>({ code: 'already_decided' });
/** Scoped by the reporter id, which is the submission's own: one observation per submission. */
const ACCEPT_KEY = 'public-accept';

/**
 * Accepts a waiting submission into the normal flow: it becomes an observation (`source:
 * public`) in the service area and topic the coordinator names, routed and notified like any
 * filing; its reporter is nobody on the staff, so no notification ever goes to them.
 *
 * The decision is saved first (under the version: of two coordinators, one wins, the other gets
 * `already_decided`), naming the observation's id; then the observation is created under an
 * idempotency key. An accept cut short between the two is completed by accepting again.
 */
export async function acceptPublicSubmission(
  deps: AppDeps,
  actor: Actor,
  id: string,
  input: unknown,
): Promise<Result<ObservationView, AppError>> {
  const queue = queueFor(deps, actor);
  if (!queue.ok) return queue;
  const store = queue.value;
  const submission = await store.get(id);
  if (submission === null) return notFound();
  if (submission.decision?.state === 'discarded') return alreadyDecided();
  if (submission.decision?.state === 'accepted') {
    // Accepted, and its observation is there: decided. Not there: the accept was cut short.
    if ((await deps.store.get(submission.decision.observationId)) !== null) return alreadyDecided();
    return ok(await fileAccepted(deps, actor, submission, submission.decision));
  }
  const request = validateAcceptRequest(input, deps.county);
  if (!request.ok) return validationError(request.error);

  const at = deps.clock.now().toISOString();
  const decision: SubmissionDecision = {
    state: 'accepted',
    at,
    byId: actor.id,
    byName: actor.name,
    observationId: deps.ids.next(),
    serviceArea: request.value.serviceArea,
    topic: request.value.topic,
  };
  const saved = await decide(store, submission, decision);
  if (!saved.ok) return saved;
  const view = await fileAccepted(deps, actor, saved.value, decision);
  await recordAudit(deps, actor, {
    action: 'admin.public_submission.accepted',
    targetType: 'public_submission',
    targetId: submission.id,
    detail: decision.observationId,
  });
  return ok(view);
}

/**
 * Discards a waiting submission with a reason, for the coordinators' own record: the public
 * reporter's status page says only "not taken forward".
 */
export async function discardPublicSubmission(
  deps: AppDeps,
  actor: Actor,
  id: string,
  input: unknown,
): Promise<Result<PublicSubmissionView, AppError>> {
  const queue = queueFor(deps, actor);
  if (!queue.ok) return queue;
  const store = queue.value;
  const submission = await store.get(id);
  if (submission === null) return notFound();
  if (submission.state !== 'pending') return alreadyDecided();
  const body =
    typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const guarded = guardFreeText({
    reason: typeof body.reason === 'string' ? body.reason : null,
  });
  if (!guarded.ok) return guarded;
  const request = validateDiscardRequest(input);
  if (!request.ok) return validationError(request.error);
  const saved = await decide(store, submission, {
    state: 'discarded',
    at: deps.clock.now().toISOString(),
    byId: actor.id,
    byName: actor.name,
    reason: request.value.reason,
  });
  if (!saved.ok) return saved;
  await recordAudit(deps, actor, {
    action: 'admin.public_submission.discarded',
    targetType: 'public_submission',
    targetId: submission.id,
  });
  return ok(toPublicSubmissionView(saved.value));
}

async function decide(
  store: PublicSubmissionStore,
  submission: PublicSubmission,
  decision: SubmissionDecision,
): Promise<Result<PublicSubmission, AppError>> {
  const outcome = await store.save(
    { ...submission, state: decision.state, decision, updatedAt: decision.at },
    submission.version,
  );
  if (outcome.kind === 'not_found') return notFound();
  // Another coordinator's decision came first (a submission changes only by being decided).
  if (outcome.kind === 'stale') return alreadyDecided();
  return ok(outcome.record);
}

/** The observation an accepted submission becomes, filed when the resident sent it. */
async function fileAccepted(
  deps: AppDeps,
  actor: Actor,
  submission: PublicSubmission,
  decision: Extract<SubmissionDecision, { state: 'accepted' }>,
): Promise<ObservationView> {
  const reporterId = publicReporterId(submission.id);
  const reporterName = PUBLIC_REPORTER_NAMES[submission.reporterType];
  const createdAt = submission.createdAt;
  const observation: NewObservation = {
    id: decision.observationId,
    kind: submission.kind,
    description: submission.description,
    solutionProposal: submission.solutionProposal,
    topic: decision.topic,
    serviceArea: decision.serviceArea,
    municipality: submission.municipality,
    targetGroup: submission.targetGroup,
    supervisorId: null,
    coReporterIds: [],
    reporterId,
    reporterName,
    createdAt,
    // The period it was sent in, like any filing, however long it waited in the queue.
    period: periodOf(deps.county.periodScheme, new Date(createdAt), deps.county.timeZone).id,
    status: 'received',
    firstAnsweredAt: null,
    triage: EMPTY_TRIAGE,
    source: 'public',
  };
  const filed: HistoryEntry = {
    id: deps.ids.next(),
    observationId: observation.id,
    at: createdAt,
    actorId: reporterId,
    actorName: reporterName,
    from: null,
    to: 'received',
    feedback: null,
    returnReason: null,
  };
  const { areaSupervisors, coordinators } = await answeringStaff(deps, observation);
  // The coordinator who accepts it knows of it already.
  const notifications = newObservationNotifications(
    observation,
    areaSupervisors,
    coordinators.filter((member) => member.id !== actor.id),
  );
  const outcome = await deps.store.create(observation, filed, ACCEPT_KEY, notifications);
  return toObservationView(actor, outcome.observation, deps.clock.now());
}
