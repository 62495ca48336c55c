import type { PublishedReport } from '../../domain/report';
import {
  IntranetPublishError,
  type IntranetPage,
  type IntranetPublisher,
  type ReportDocuments,
} from '../../ports';
import type { ReportPublishing } from '../app-deps';

/**
 * Publishing for use-case tests: "documents" are the published report as JSON (so a test
 * reads exactly what a renderer would have drawn), and the intranet keeps its pages in a map.
 * The real renderers and intranets have their own specs.
 */
export type FakePublishing = ReportPublishing & {
  /** Live pages by slug. */
  readonly pages: Map<string, IntranetPage>;
  /** Every publish call, in order: `previous` says whether it updated a page. */
  readonly calls: { slug: string; updated: boolean; userToken: string | null }[];
  /** The next publish or withdraw fails with this (once). */
  failNext(reason: IntranetPublishError['reason']): void;
  /** While true, pages wait for the site's page approval (`awaiting_approval`). */
  holdForApproval(held: boolean): void;
};

export function fakePublishing(): FakePublishing {
  const pages = new Map<string, IntranetPage>();
  const calls: FakePublishing['calls'] = [];
  let failure: IntranetPublishError['reason'] | null = null;
  let held = false;
  const maybeFail = (): void => {
    if (failure === null) return;
    const reason = failure;
    failure = null;
    throw new IntranetPublishError(reason, `fake intranet: ${reason}`);
  };
  const documents: ReportDocuments = {
    async wordDocument(report: PublishedReport) {
      return Buffer.from(JSON.stringify(report));
    },
    async htmlPage(report: PublishedReport) {
      return JSON.stringify(report);
    },
  };
  const intranet: IntranetPublisher = {
    async publish(page, previous, actor) {
      maybeFail();
      calls.push({ slug: page.slug, updated: previous !== null, userToken: actor.userToken });
      pages.set(page.slug, page);
      return {
        url: `http://intranet.test/intranet/${page.slug}`,
        pageId: null,
        state: held ? 'awaiting_approval' : 'published',
      };
    },
    async withdraw(publication) {
      maybeFail();
      pages.delete(publication.slug);
    },
  };
  return {
    documents,
    intranet,
    pages,
    calls,
    failNext(reason) {
      failure = reason;
    },
    holdForApproval(value) {
      held = value;
    },
  };
}
