import type { Actor } from '../../domain/policy/actor';
import {
  draftAnnualReport,
  draftCompilationReport,
  draftPhenomenonReport,
  validateReportRequest,
  type DraftContext,
  type Report,
  type ReportContent,
  type ReportRequest,
} from '../../domain/report';
import { ok, type Result } from '../../domain/shared/result';
import type { AppDeps } from '../app-deps';
import { forbidden, validationError, type AppError } from '../app-error';
import { guardFreeText } from '../guard-free-text';
import { indicatorsOfYear } from './indicators';
import { observationsOfDays, reportedObservation, todayOf } from './report-data';
import { mayWriteReports } from './report-access';

type Deps = Pick<
  AppDeps,
  | 'store'
  | 'county'
  | 'clock'
  | 'ids'
  | 'reports'
  | 'meetings'
  | 'proposals'
  | 'phenomena'
  | 'compilations'
>;

/** How many observations a phenomenon's report reads at once. */
const READ_AT_ONCE = 20;

type Drafted = Result<ReportContent, AppError>;

async function draftFromCompilation(
  deps: Deps,
  context: DraftContext,
  id: string,
): Promise<Drafted> {
  const compilation = await deps.compilations.get(id);
  if (compilation === null)
    return validationError([{ field: 'compilationId', code: 'unknown_choice' }]);
  return ok(draftCompilationReport({ ...context, compilation }));
}

async function draftFromPhenomenon(
  deps: Deps,
  context: DraftContext,
  id: string,
): Promise<Drafted> {
  const phenomenon = await deps.phenomena.get(id);
  if (phenomenon === null)
    return validationError([{ field: 'phenomenonId', code: 'unknown_choice' }]);
  const [links, proposals] = await Promise.all([deps.phenomena.linksOf(id), deps.proposals.list()]);
  const observations = [];
  for (let at = 0; at < links.length; at += READ_AT_ONCE) {
    const read = await Promise.all(
      links.slice(at, at + READ_AT_ONCE).map((link) => deps.store.get(link.observationId)),
    );
    for (const o of read) if (o !== null) observations.push(reportedObservation(o));
  }
  return ok(
    draftPhenomenonReport({
      ...context,
      phenomenon,
      observations,
      proposals: proposals.filter((p) => p.phenomenonIds.includes(id) && p.status !== 'draft'),
      today: todayOf(deps),
    }),
  );
}

async function draftOfYear(deps: Deps, context: DraftContext, year: number): Promise<Drafted> {
  const [observations, previous, phenomena, links, proposals, indicators] = await Promise.all([
    observationsOfDays(deps, `${year}-01-01`, `${year}-12-31`),
    observationsOfDays(deps, `${year - 1}-01-01`, `${year - 1}-12-31`),
    deps.phenomena.list(),
    deps.phenomena.allLinks(),
    deps.proposals.list(),
    indicatorsOfYear(deps, year, context.language),
  ]);
  return ok(
    draftAnnualReport({
      ...context,
      year,
      observations: observations.map(reportedObservation),
      previousYearTotal: previous.length,
      phenomena,
      links,
      // Drafts are the group's own work in progress: a published report tells of none.
      proposals: proposals.filter((p) => p.status !== 'draft'),
      indicators,
      today: todayOf(deps),
    }),
  );
}

function draft(deps: Deps, request: ReportRequest): Promise<Drafted> {
  const context: DraftContext = { language: request.language, county: deps.county };
  const { source } = request;
  switch (source.kind) {
    case 'compilation':
      return draftFromCompilation(deps, context, source.compilationId);
    case 'phenomenon':
      return draftFromPhenomenon(deps, context, source.phenomenonId);
    case 'annual':
      return draftOfYear(deps, context, source.year);
  }
}

/**
 * `POST /api/reports`: a draft generated from the data — a compilation's, a phenomenon's or a
 * year's — in the language asked, for the RAKE group to rewrite. Version 1 is kept as the
 * generated text.
 */
export async function createReport(
  deps: Deps,
  actor: Actor,
  input: unknown,
): Promise<Result<Report, AppError>> {
  if (!mayWriteReports(actor)) return forbidden();
  const request = validateReportRequest(input);
  if (!request.ok) return validationError(request.error);
  const guarded = guardFreeText({ title: request.value.title });
  if (!guarded.ok) return guarded;
  const content = await draft(deps, request.value);
  if (!content.ok) return content;
  const at = deps.clock.now().toISOString();
  const report: Report = {
    id: deps.ids.next(),
    kind: request.value.kind,
    source: request.value.source,
    language: request.value.language,
    title: request.value.title,
    ...content.value,
    quotations: [],
    createdBy: actor.id,
    createdByName: actor.name,
    createdAt: at,
    updatedBy: actor.id,
    updatedByName: actor.name,
    updatedAt: at,
    publication: null,
    handedOver: null,
    version: 1,
  };
  return ok(await deps.reports.create(report));
}
