import type { Enrichment } from '../../domain/enrichment/enrichment';
import { enrichmentRequestedNotifications } from '../../domain/enrichment/enrichment-notifications';
import {
  canAnswerEnrichment,
  canAssignEnrichment,
  canSeeEnrichment,
} from '../../domain/enrichment/enrichment-policy';
import {
  validateEnrichmentAnswer,
  validateEnrichmentAssignees,
} from '../../domain/enrichment/validate-enrichment';
import type { Notification } from '../../domain/notification/notification';
import type { Actor } from '../../domain/policy/actor';
import { canEditWorkspace } from '../../domain/policy/workspace-policy';
import { ok, type Result } from '../../domain/shared/result';
import type { AppDeps } from '../app-deps';
import { forbidden, notFound, stale, validationError, type AppError } from '../app-error';
import { guardFreeText } from '../guard-free-text';

type Deps = Pick<AppDeps, 'enrichments' | 'staff' | 'clock' | 'ids'>;

/** The requests the caller sees: the RAKE group all, supervisors their areas', the named theirs. */
export async function listEnrichments(
  deps: Pick<AppDeps, 'enrichments'>,
  actor: Actor,
): Promise<Result<readonly Enrichment[], AppError>> {
  // Anyone signed in may be named to answer: the list is theirs, empty when they are not.
  const all = await deps.enrichments.list();
  return ok(all.filter((e) => canSeeEnrichment(actor, e)));
}

export async function getEnrichment(
  deps: Pick<AppDeps, 'enrichments'>,
  actor: Actor,
  id: string,
): Promise<Result<Enrichment, AppError>> {
  const enrichment = await deps.enrichments.get(id);
  if (enrichment === null || !canSeeEnrichment(actor, enrichment)) return notFound();
  return ok(enrichment);
}

/** Re-reads and re-applies a change when someone else saved in between (answers only add). */
async function change(
  deps: Deps,
  id: string,
  apply: (current: Enrichment) => Result<{ next: Enrichment; notes: Notification[] }, AppError>,
): Promise<Result<Enrichment, AppError>> {
  for (let attempt = 0; attempt < 4; attempt++) {
    const current = await deps.enrichments.get(id);
    if (current === null) return notFound();
    const applied = apply(current);
    if (!applied.ok) return applied;
    const saved = await deps.enrichments.save(
      applied.value.next,
      current.version,
      applied.value.notes,
    );
    if (saved.kind === 'ok') return ok(saved.record);
    if (saved.kind === 'not_found') return notFound();
  }
  const latest = await deps.enrichments.get(id);
  return stale(latest?.version ?? 0);
}

/** `POST /api/enrichments/{id}/answers` `{text, proposal?}`: a comment and maybe a proposal. */
export async function answerEnrichment(
  deps: Deps,
  actor: Actor,
  id: string,
  input: unknown,
): Promise<Result<Enrichment, AppError>> {
  const answer = validateEnrichmentAnswer(input);
  if (!answer.ok) return validationError(answer.error);
  const guarded = guardFreeText({ text: answer.value.text, proposal: answer.value.proposal });
  if (!guarded.ok) return guarded;
  const at = deps.clock.now().toISOString();
  const answerId = deps.ids.next();
  return change(deps, id, (current) => {
    if (!canSeeEnrichment(actor, current)) return notFound();
    if (!canAnswerEnrichment(actor, current)) return forbidden();
    if (current.closedAt !== null) return validationError([{ field: 'body', code: 'not_allowed' }]);
    return ok({
      next: {
        ...current,
        answers: [
          ...current.answers,
          { id: answerId, ...answer.value, authorId: actor.id, authorName: actor.name, at },
        ],
        updatedAt: at,
      },
      notes: [],
    });
  });
}

/** `PUT /api/enrichments/{id}/assignees`: a supervisor names who else answers; they are told. */
export async function assignEnrichment(
  deps: Deps,
  actor: Actor,
  id: string,
  input: unknown,
): Promise<Result<Enrichment, AppError>> {
  const assignees = validateEnrichmentAssignees(input);
  if (!assignees.ok) return validationError(assignees.error);
  const members = await Promise.all(assignees.value.map((staffId) => deps.staff.get(staffId)));
  if (members.some((member) => member === null)) {
    return validationError([{ field: 'assigneeIds', code: 'unknown_choice' }]);
  }
  const at = deps.clock.now().toISOString();
  return change(deps, id, (current) => {
    if (!canSeeEnrichment(actor, current)) return notFound();
    if (!canAssignEnrichment(actor, current)) return forbidden();
    const next = { ...current, assigneeIds: assignees.value, updatedAt: at };
    const added = assignees.value.filter((staffId) => !current.assigneeIds.includes(staffId));
    return ok({ next, notes: enrichmentRequestedNotifications({ ...next, createdAt: at }, added) });
  });
}

/** `POST /api/enrichments/{id}/close`: the RAKE group has what it needs; no more answers. */
export async function closeEnrichment(
  deps: Deps,
  actor: Actor,
  id: string,
): Promise<Result<Enrichment, AppError>> {
  if (!canEditWorkspace(actor)) return forbidden();
  const at = deps.clock.now().toISOString();
  return change(deps, id, (current) =>
    ok({ next: { ...current, closedAt: current.closedAt ?? at, updatedAt: at }, notes: [] }),
  );
}
