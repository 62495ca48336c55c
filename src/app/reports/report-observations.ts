import type { Actor } from '../../domain/policy/actor';
import { ok, type Result } from '../../domain/shared/result';
import type { AppDeps } from '../app-deps';
import { forbidden, notFound, validationError, type AppError } from '../app-error';
import { observationsFiledBetween } from '../observations-filed-between';
import { mayWriteReports } from './report-access';

/** An observation a report rests on, as the group reads it to choose a quotation. */
export type QuotableObservation = {
  readonly id: string;
  readonly createdAt: string;
  readonly municipality: string;
  readonly description: string;
  readonly solutionProposal: string;
};

export const QUOTABLE_LIMIT = 50;

/**
 * `GET /api/reports/{id}/observations?q=&limit=`: the observations the report rests on whose
 * text holds `q` (all of them without), newest first, for the RAKE group to quote from. No
 * reporter: a quotation carries none.
 */
export async function listQuotableObservations(
  deps: Pick<AppDeps, 'reports' | 'store' | 'county'>,
  actor: Actor,
  id: string,
  query: { readonly q?: unknown; readonly limit?: unknown },
): Promise<Result<readonly QuotableObservation[], AppError>> {
  if (!mayWriteReports(actor)) return forbidden();
  const limit = query.limit === undefined ? 20 : Number(query.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > QUOTABLE_LIMIT) {
    return validationError([{ field: 'limit', code: 'out_of_range', limit: QUOTABLE_LIMIT }]);
  }
  const report = await deps.reports.get(id);
  if (report === null) return notFound();
  const needle = typeof query.q === 'string' ? query.q.trim().toLocaleLowerCase('fi') : '';
  const ids = new Set(report.observationIds);
  const filed = await observationsFiledBetween(deps, report.from, report.to);
  const found = filed
    .filter((o) => ids.has(o.id))
    .filter(
      (o) =>
        needle === '' ||
        `${o.description}\n${o.solutionProposal}`.toLocaleLowerCase('fi').includes(needle),
    )
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0))
    .slice(0, limit);
  return ok(
    found.map(({ id: observationId, createdAt, municipality, description, solutionProposal }) => ({
      id: observationId,
      createdAt,
      municipality,
      description,
      solutionProposal,
    })),
  );
}
