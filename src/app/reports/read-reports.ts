import type { Actor } from '../../domain/policy/actor';
import type { Report, ReportSummary, ReportVersion } from '../../domain/report/report';
import { ok, type Result } from '../../domain/shared/result';
import type { AppDeps } from '../app-deps';
import { forbidden, notFound, type AppError } from '../app-error';
import { mayReadReports } from './report-access';

/** Every report, newest first, without its text. */
export async function listReports(
  deps: Pick<AppDeps, 'reports'>,
  actor: Actor,
): Promise<Result<readonly ReportSummary[], AppError>> {
  if (!mayReadReports(actor)) return forbidden();
  return ok(await deps.reports.list());
}

/** One report whole: its text, its figures (exact counts: this is the internal view). */
export async function getReport(
  deps: Pick<AppDeps, 'reports'>,
  actor: Actor,
  id: string,
): Promise<Result<Report, AppError>> {
  if (!mayReadReports(actor)) return forbidden();
  const report = await deps.reports.get(id);
  return report === null ? notFound() : ok(report);
}

/** The kept versions of a report's text, oldest first. */
export async function listReportVersions(
  deps: Pick<AppDeps, 'reports'>,
  actor: Actor,
  id: string,
): Promise<Result<readonly ReportVersion[], AppError>> {
  if (!mayReadReports(actor)) return forbidden();
  const [report, versions] = await Promise.all([deps.reports.get(id), deps.reports.versions(id)]);
  return report === null ? notFound() : ok(versions);
}
