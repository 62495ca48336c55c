import type { Client } from '@microsoft/microsoft-graph-client';
import type { ReportPublication } from '../../../domain/report/report';
import type {
  IntranetPage,
  IntranetPublisher,
  IntranetPublisherActor,
  IntranetPublishOutcome,
} from '../../../ports/intranet-publisher';
import { canvasLayoutOf } from './canvas-layout';
import { assetsDriveId, deleteCharts, uploadCharts, type ChartPng } from './chart-assets';
import type { ConflictRetryOptions } from './conflict-retry';
import { asIntranetPublishError } from './intranet-failure';
import { createPage, deletePage, publishPage, readPage, updatePage } from './page-api';
import { writeIndex, type IntranetIndexEntry } from './subpage-index';

export type SharePointIntranetOptions = {
  /** RAKE_INTRANET_SITE_ID: Graph's id of the intranet site (`host,collection id,web id`). */
  readonly siteId: string;
  /**
   * RAKE_INTRANET_PAGE_ID: the structural social work subpage whose index links the
   * publications. Null: each publication is its own page and no index is kept.
   */
  readonly subpageId: string | null;
  /** The publications on the intranet now, as the app records them: the index is made from these. */
  readonly publications: () => Promise<readonly IntranetIndexEntry[]>;
  /**
   * A Graph client acting as the editor (their Teams token exchanged on-behalf-of, see
   * delegatedGraphFor), so SharePoint's own rights and approvals apply and the page's author
   * is the editor. It rejects with an IntranetPublishError when it cannot.
   */
  readonly graphFor: (actor: IntranetPublisherActor) => Promise<Client>;
  readonly chartPng: ChartPng;
  /** Publishing again while SharePoint reports the page as just changed. */
  readonly retry?: ConflictRetryOptions;
};

/**
 * The intranet on SharePoint through Graph's sitePage API (v1.0): each publication a page
 * named after its slug, its charts in the site's assets library, the subpage's index
 * rewritten from the app's record of publications.
 */
export function createSharePointIntranetPublisher(
  options: SharePointIntranetOptions,
): IntranetPublisher {
  const { siteId, subpageId, retry } = options;

  async function updateIndex(
    client: Client,
    change: (entries: IntranetIndexEntry[]) => IntranetIndexEntry[],
  ): Promise<void> {
    if (subpageId === null) return;
    const entries = change([...(await options.publications())]);
    await writeIndex(client, siteId, subpageId, entries, retry);
  }

  async function publish(
    page: IntranetPage,
    previous: ReportPublication | null,
    actor: IntranetPublisherActor,
  ): Promise<IntranetPublishOutcome> {
    const client = await options.graphFor(actor);
    const driveId = await assetsDriveId(client, siteId);
    const images = await uploadCharts(client, driveId, page.slug, page.report, options.chartPng);
    const content = { title: page.report.title, canvasLayout: canvasLayoutOf(page.report, images) };
    // A republish is a new version of the same page; a page deleted on SharePoint is made anew.
    const previousId = previous?.pageId ?? null;
    const updated =
      previousId === null ? null : await updatePage(client, siteId, previousId, content);
    const target = updated ?? (await createPage(client, siteId, `${page.slug}.aspx`, content));
    await publishPage(client, siteId, target.id, retry);
    const { level } = await readPage(client, siteId, target.id);
    await updateIndex(client, (entries) => [
      ...entries.filter((e) => e.slug !== page.slug),
      {
        slug: page.slug,
        title: page.report.title,
        url: target.webUrl,
        summary: page.summary,
        publishedAt: page.publishedAt,
      },
    ]);
    return {
      url: target.webUrl,
      pageId: target.id,
      state: level === 'published' ? 'published' : 'awaiting_approval',
    };
  }

  async function withdraw(
    publication: ReportPublication,
    actor: IntranetPublisherActor,
  ): Promise<void> {
    const client = await options.graphFor(actor);
    if (publication.pageId !== null) await deletePage(client, siteId, publication.pageId);
    await deleteCharts(client, await assetsDriveId(client, siteId), publication.slug);
    await updateIndex(client, (entries) => entries.filter((e) => e.slug !== publication.slug));
  }

  return {
    publish: (page, previous, actor) =>
      publish(page, previous, actor).catch((error: unknown) => {
        throw asIntranetPublishError(error);
      }),
    withdraw: (publication, actor) =>
      withdraw(publication, actor).catch((error: unknown) => {
        throw asIntranetPublishError(error);
      }),
  };
}
