import type { Actor } from '../../domain/policy/actor';
import {
  applyReportPatch,
  reportPatchFreeText,
  validateReportPatch,
  type Report,
} from '../../domain/report';
import { ok, type Result } from '../../domain/shared/result';
import type { AppDeps } from '../app-deps';
import { forbidden, notFound, stale, validationError, type AppError } from '../app-error';
import { guardFreeText } from '../guard-free-text';
import { mayWriteReports } from './report-access';

/**
 * `PATCH /api/reports/{id}`: rewrites the title, introduction or sections at the version the
 * writer saw; every save is a kept version. Text is guarded like an observation's.
 */
export async function updateReport(
  deps: Pick<AppDeps, 'reports' | 'clock'>,
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
  const next = applyReportPatch(current, patch.value, actor, deps.clock.now().toISOString());
  const outcome = await deps.reports.save(next, expectedVersion, []);
  if (outcome.kind === 'not_found') return notFound();
  if (outcome.kind === 'stale') return stale(outcome.current.version);
  return ok(outcome.record);
}
