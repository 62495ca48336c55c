import type { Notification } from '../../domain/notification/notification';
import type { Observation } from '../../domain/observation/observation';
import type { Actor } from '../../domain/policy/actor';
import {
  publicationNotifications,
  publicationSummary,
  reportSlug,
  toPublishedReport,
  type Report,
  type ReportPublication,
} from '../../domain/report';
import { err, ok, type Result } from '../../domain/shared/result';
import { IntranetPublishError, type IntranetPublisherActor } from '../../ports';
import type { AppDeps } from '../app-deps';
import { forbidden, notFound, type AppError } from '../app-error';
import { recordAudit } from '../audit/record-audit';
import { observationsFiledBetween } from '../observations-filed-between';
import { mayPublishReports } from './report-access';

type Deps = Pick<AppDeps, 'reports' | 'store' | 'county' | 'clock' | 'publishing' | 'audit'>;

/** What the editor is told: where the page is, which version, and whether it waits. */
export type PublicationView = ReportPublication;

/** How many times a publication is written again over a concurrent edit of the report. */
const SAVE_ROUNDS = 5;

const publisherOf = (actor: Actor, userToken: string | null): IntranetPublisherActor => ({
  staffId: actor.id,
  name: actor.name,
  userToken,
});

const intranetError = (error: unknown): Result<never, AppError> => {
  if (error instanceof IntranetPublishError) {
    return err({ code: 'intranet_unavailable', reason: error.reason });
  }
  throw error;
};

/** The observations a report rests on, with their reporters, read a period page at a time. */
async function restingOn(deps: Deps, report: Report): Promise<Observation[]> {
  if (report.observationIds.length === 0) return [];
  const ids = new Set(report.observationIds);
  const filed = await observationsFiledBetween(deps, report.from, report.to);
  return filed.filter((observation) => ids.has(observation.id));
}

/**
 * Writes the publication onto the report, over any edit made meanwhile (a publication
 * changes no text), with the notifications it causes.
 */
async function recordPublication(
  deps: Deps,
  id: string,
  publicationOf: (current: Report) => ReportPublication,
  notificationsOf: (
    current: Report,
    publication: ReportPublication,
  ) => Promise<readonly Notification[]>,
): Promise<Result<ReportPublication, AppError>> {
  for (let round = 0; round < SAVE_ROUNDS; round += 1) {
    const current = await deps.reports.get(id);
    if (current === null) return notFound();
    const publication = publicationOf(current);
    const outcome = await deps.reports.save(
      { ...current, publication },
      current.version,
      await notificationsOf(current, publication),
    );
    if (outcome.kind === 'ok') return ok(publication);
    if (outcome.kind === 'not_found') return notFound();
  }
  throw new Error(`The publication of report ${id} could not be recorded`);
}

/**
 * `POST /api/reports/{id}/publish`: the report, small counts suppressed, as its own page of
 * the intranet subpage (the same page again when republished), as the editor. The first
 * publication tells every reporter whose observation it rests on; each tells the RAKE channel.
 */
export async function publishReport(
  deps: Deps,
  actor: Actor,
  id: string,
  userToken: string | null,
): Promise<Result<PublicationView, AppError>> {
  if (!mayPublishReports(actor)) return forbidden();
  const report = await deps.reports.get(id);
  if (report === null) return notFound();
  const now = deps.clock.now();
  const live = report.publication?.state === 'withdrawn' ? null : report.publication;
  const slug = report.publication?.slug ?? reportSlug(report.title, report.id);
  let placed;
  try {
    placed = await deps.publishing.intranet.publish(
      {
        slug,
        // The page carries the version the report has once this publication is written onto
        // it, so that the intranet and the app name the same one.
        report: toPublishedReport(
          { ...report, version: report.version + 1 },
          { forPublishing: true, county: deps.county, now },
        ),
        summary: publicationSummary(report),
        publishedAt: now.toISOString(),
      },
      live,
      publisherOf(actor, userToken),
    );
  } catch (error) {
    return intranetError(error);
  }
  // On the intranet before (a page held by approval was not): reporters have heard of it.
  const republished =
    report.publication !== null && report.publication.state !== 'awaiting_approval';
  // Published again without an edit since (a retry, a second click): nobody is told twice.
  const unchanged =
    report.publication?.state === 'published' && report.publication.version === report.version;
  const recorded = await recordPublication(
    deps,
    id,
    (current) => ({
      slug,
      url: placed.url,
      pageId: placed.pageId,
      // The version the report has once this publication is written onto it.
      version: current.version + 1,
      publishedAt: now.toISOString(),
      publishedBy: actor.id,
      publishedByName: actor.name,
      state: placed.state,
      withdrawnAt: null,
    }),
    async (current, publication) =>
      unchanged
        ? []
        : publicationNotifications(
            current,
            publication,
            republished ? [] : await restingOn(deps, current),
            { republished, actorId: actor.id },
          ),
  );
  if (recorded.ok) {
    await recordAudit(deps, actor, {
      action: 'report.published',
      targetType: 'report',
      targetId: id,
      detail: `version ${recorded.value.version}, ${recorded.value.state}`,
    });
  }
  return recorded;
}

/** `DELETE /api/reports/{id}/publication`: the page leaves the intranet and its index. */
export async function withdrawPublication(
  deps: Deps,
  actor: Actor,
  id: string,
  userToken: string | null,
): Promise<Result<PublicationView, AppError>> {
  if (!mayPublishReports(actor)) return forbidden();
  const report = await deps.reports.get(id);
  const previous = report?.publication ?? null;
  if (previous === null) return notFound();
  if (previous.state === 'withdrawn') return ok(previous);
  try {
    await deps.publishing.intranet.withdraw(previous, publisherOf(actor, userToken));
  } catch (error) {
    return intranetError(error);
  }
  const withdrawnAt = deps.clock.now().toISOString();
  const recorded = await recordPublication(
    deps,
    id,
    (current) => ({
      ...(current.publication ?? previous),
      state: 'withdrawn',
      withdrawnAt,
    }),
    async () => [],
  );
  if (recorded.ok) {
    await recordAudit(deps, actor, {
      action: 'report.withdrawn',
      targetType: 'report',
      targetId: id,
      detail: `version ${recorded.value.version}`,
    });
  }
  return recorded;
}
