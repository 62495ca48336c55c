import type { Actor } from '../../domain/policy/actor';
import { toPublishedReport, type PublishedReport, type Report } from '../../domain/report';
import { ok, type Result } from '../../domain/shared/result';
import type { AppDeps } from '../app-deps';
import { forbidden, notFound, type AppError } from '../app-error';
import { mayReadReports, mayWriteReports } from './report-access';

type Deps = Pick<AppDeps, 'reports' | 'county' | 'clock' | 'publishing'>;

/**
 * Which counts a file shows. `publishing` (the default, safe): small counts suppressed, as
 * it may leave the app. `internal`: exact counts, for the RAKE group's own work only.
 */
export type ReportFileCounts = 'publishing' | 'internal';

export type ReportFile<T> = { readonly report: Report; readonly file: T };

async function publishedFor(
  deps: Deps,
  actor: Actor,
  id: string,
  counts: ReportFileCounts,
): Promise<Result<{ report: Report; published: PublishedReport }, AppError>> {
  if (!mayReadReports(actor)) return forbidden();
  if (counts === 'internal' && !mayWriteReports(actor)) return forbidden();
  const report = await deps.reports.get(id);
  if (report === null) return notFound();
  const published = toPublishedReport(report, {
    forPublishing: counts === 'publishing',
    county: deps.county,
    now: deps.clock.now(),
  });
  return ok({ report, published });
}

/** `GET /api/reports/{id}/document.docx`: the Word document with native charts. */
export async function reportWordDocument(
  deps: Deps,
  actor: Actor,
  id: string,
  counts: ReportFileCounts = 'publishing',
): Promise<Result<ReportFile<Buffer>, AppError>> {
  const found = await publishedFor(deps, actor, id, counts);
  if (!found.ok) return found;
  const file = await deps.publishing.documents.wordDocument(found.value.published);
  return ok({ report: found.value.report, file });
}

/** `GET /api/reports/{id}/page.html`: the page as the intranet will show it. */
export async function reportPage(
  deps: Deps,
  actor: Actor,
  id: string,
  counts: ReportFileCounts = 'publishing',
): Promise<Result<ReportFile<string>, AppError>> {
  const found = await publishedFor(deps, actor, id, counts);
  if (!found.ok) return found;
  const file = await deps.publishing.documents.htmlPage(found.value.published);
  return ok({ report: found.value.report, file });
}
