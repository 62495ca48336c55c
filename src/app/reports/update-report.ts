import type { Actor } from '../../domain/policy/actor';
import {
  applyReportPatch,
  isQuotedFrom,
  reportPatchFreeText,
  validateReportPatch,
  type QuotationChoice,
  type Report,
  type ReportQuotation,
} from '../../domain/report';
import type { FieldProblem } from '../../domain/shared/field-problem';
import { ok, type Result } from '../../domain/shared/result';
import type { AppDeps } from '../app-deps';
import { forbidden, notFound, stale, validationError, type AppError } from '../app-error';
import { guardFreeText } from '../guard-free-text';
import { mayWriteReports } from './report-access';

/**
 * The group's quotations as kept: each from an observation the report rests on, in that
 * observation's own words, with where it was seen.
 */
async function quotationsOf(
  deps: Pick<AppDeps, 'store'>,
  report: Report,
  chosen: readonly QuotationChoice[],
): Promise<Result<ReportQuotation[], AppError>> {
  const restsOn = new Set(report.observationIds);
  const problems: FieldProblem[] = [];
  const quotations: ReportQuotation[] = [];
  for (const [i, choice] of chosen.entries()) {
    const observation = restsOn.has(choice.observationId)
      ? await deps.store.get(choice.observationId)
      : null;
    if (observation === null) {
      problems.push({ field: `quotations.${i}.observationId`, code: 'unknown_choice' });
    } else if (
      !isQuotedFrom(choice.text, [observation.description, observation.solutionProposal])
    ) {
      problems.push({ field: `quotations.${i}.text`, code: 'not_quoted' });
    } else {
      quotations.push({ ...choice, municipality: observation.municipality });
    }
  }
  return problems.length > 0 ? validationError(problems) : ok(quotations);
}

/**
 * `PATCH /api/reports/{id}`: rewrites the title, introduction or sections at the version the
 * writer saw; every save is a kept version. Text is guarded like an observation's; quotations
 * must be the observations' own words.
 */
export async function updateReport(
  deps: Pick<AppDeps, 'reports' | 'clock' | 'store'>,
  actor: Actor,
  id: string,
  input: unknown,
  expectedVersion: number,
): Promise<Result<Report, AppError>> {
  if (!mayWriteReports(actor)) return forbidden();
  const patch = validateReportPatch(input);
  if (!patch.ok) return validationError(patch.error);
  const guarded = guardFreeText(reportPatchFreeText(patch.value));
  if (!guarded.ok) return guarded;
  const current = await deps.reports.get(id);
  if (current === null) return notFound();
  if (current.version !== expectedVersion) return stale(current.version);
  let next = applyReportPatch(current, patch.value, actor, deps.clock.now().toISOString());
  if (patch.value.quotations !== undefined) {
    const quotations = await quotationsOf(deps, current, patch.value.quotations);
    if (!quotations.ok) return quotations;
    next = { ...next, quotations: quotations.value };
  }
  const outcome = await deps.reports.save(next, expectedVersion, []);
  if (outcome.kind === 'not_found') return notFound();
  if (outcome.kind === 'stale') return stale(outcome.current.version);
  return ok(outcome.record);
}
