import type { Enrichment } from '../../domain/enrichment/enrichment';
import { enrichmentRequestedNotifications } from '../../domain/enrichment/enrichment-notifications';
import { validateEnrichmentRequest } from '../../domain/enrichment/validate-enrichment';
import type { Actor } from '../../domain/policy/actor';
import { canEditWorkspace } from '../../domain/policy/workspace-policy';
import type { FieldProblem } from '../../domain/shared/field-problem';
import { ok, type Result } from '../../domain/shared/result';
import type { AppDeps } from '../app-deps';
import { forbidden, notFound, validationError, type AppError } from '../app-error';
import { guardFreeText } from '../guard-free-text';

type Deps = Pick<
  AppDeps,
  'enrichments' | 'compilations' | 'store' | 'staff' | 'county' | 'clock' | 'ids'
>;

/** Who is asked: the area's supervisors and the people named. */
export async function enrichmentRecipients(
  deps: Pick<AppDeps, 'staff'>,
  enrichment: Pick<Enrichment, 'serviceArea' | 'assigneeIds'>,
): Promise<string[]> {
  const supervisors = await deps.staff.supervisorsOf(enrichment.serviceArea);
  return [...new Set([...supervisors.map((s) => s.id), ...enrichment.assigneeIds])];
}

/**
 * The RAKE group hands observations to a service area with a question and a due date
 * (`POST /api/compilations/{id}/enrichments`, or without a compilation `POST
 * /api/enrichments`). From a compilation, the observations default to its ones of the area.
 * The area's supervisors and those named hear of it from the bot.
 */
export async function requestEnrichment(
  deps: Deps,
  actor: Actor,
  compilationId: string | null,
  input: unknown,
): Promise<Result<Enrichment, AppError>> {
  if (!canEditWorkspace(actor)) return forbidden();
  const request = validateEnrichmentRequest(input);
  if (!request.ok) return validationError(request.error);
  const guarded = guardFreeText({ question: request.value.question });
  if (!guarded.ok) return guarded;
  const compilation = compilationId === null ? null : await deps.compilations.get(compilationId);
  if (compilationId !== null && compilation === null) return notFound();

  const problems: FieldProblem[] = [];
  const { serviceArea } = request.value;
  if (!deps.county.serviceAreas.some((area) => area.id === serviceArea)) {
    problems.push({ field: 'serviceArea', code: 'unknown_choice' });
  }
  const observationIds =
    request.value.observationIds ??
    compilation?.observations.filter((o) => o.serviceArea === serviceArea).map((o) => o.id) ??
    [];
  const found = await Promise.all(observationIds.map((id) => deps.store.get(id)));
  if (found.some((observation) => observation === null)) {
    problems.push({ field: 'observationIds', code: 'unknown_choice' });
  }
  const named = await Promise.all(request.value.assigneeIds.map((id) => deps.staff.get(id)));
  if (named.some((member) => member === null)) {
    problems.push({ field: 'assigneeIds', code: 'unknown_choice' });
  }
  if (problems.length > 0) return validationError(problems);

  const at = deps.clock.now().toISOString();
  const enrichment: Enrichment = {
    id: deps.ids.next(),
    compilationId,
    serviceArea,
    question: request.value.question,
    dueDate: request.value.dueDate,
    observationIds,
    assigneeIds: request.value.assigneeIds,
    requestedBy: actor.id,
    requestedByName: actor.name,
    createdAt: at,
    closedAt: null,
    answers: [],
    updatedAt: at,
    version: 1,
  };
  const notifications = enrichmentRequestedNotifications(
    enrichment,
    await enrichmentRecipients(deps, enrichment),
  );
  return ok(await deps.enrichments.create(enrichment, notifications));
}
