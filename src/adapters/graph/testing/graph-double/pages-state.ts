import { randomUUID } from 'node:crypto';
import type { CallerIdentity } from './token-identity';

/** Graph documents `published` and `checkout`; SharePoint also answers `draft`. */
export type PublishingLevel = 'checkout' | 'draft' | 'published';

/** What readers of the intranet see: the page as it was last published (or approved). */
export type PublishedVersion = {
  readonly versionId: string;
  readonly title: string;
  readonly canvasLayout: unknown;
};

export type PageState = {
  readonly id: string;
  readonly siteId: string;
  readonly name: string;
  readonly webUrl: string;
  readonly createdDateTime: string;
  readonly createdBy: CallerIdentity;
  /** The eTag is `"{<guid>},<etagVersion>"`, as SharePoint writes it. */
  readonly guid: string;
  etagVersion: number;
  title: string;
  pageLayout: string;
  promotionKind: string;
  canvasLayout: unknown;
  lastModifiedDateTime: string;
  lastModifiedBy: CallerIdentity;
  major: number;
  minor: number;
  level: PublishingLevel;
  /** Publish attempts still to answer with the eTag mismatch seen right after a create. */
  publishMismatchesLeft: number;
  /** Published and waiting for the site's page approval. */
  pendingApproval: boolean;
  published: PublishedVersion | null;
};

export type PagesOptions = {
  /** Page approval (content approval on Site Pages): publishing waits for an approver. */
  readonly approvalRequired: boolean;
  /**
   * How many publish requests right after a create answer an eTag mismatch (the known trap:
   * sp-dev-docs#8806). Default 1, so every client's retry is exercised.
   */
  readonly publishMismatchesAfterCreate: number;
  /** Graph does not document the status of that mismatch; 409 or 412. Default 409. */
  readonly publishMismatchStatus: 409 | 412;
};

export function etagOfPage(page: PageState): string {
  return `"{${page.guid.toUpperCase()}},${page.etagVersion}"`;
}

export function versionIdOf(page: PageState): string {
  return `${page.major}.${page.minor}`;
}

/** The site pages of every site, and how the double's SharePoint behaves on publishing. */
export class SitePagesState {
  private readonly pages = new Map<string, PageState>();
  options: PagesOptions = {
    approvalRequired: false,
    publishMismatchesAfterCreate: 1,
    publishMismatchStatus: 409,
  };

  configure(options: Partial<PagesOptions>): void {
    this.options = { ...this.options, ...options };
  }

  ofSite(siteId: string): PageState[] {
    return [...this.pages.values()].filter((page) => page.siteId === siteId);
  }

  find(siteId: string, pageId: string): PageState | null {
    const page = this.pages.get(pageId.toLowerCase());
    return page !== undefined && page.siteId === siteId ? page : null;
  }

  add(
    siteId: string,
    fields: { name: string; title: string; pageLayout: string; canvasLayout: unknown },
    author: CallerIdentity,
  ): PageState {
    const now = new Date().toISOString();
    const host = siteId.includes(',') ? siteId.split(',')[0] : 'contoso.sharepoint.com';
    const page: PageState = {
      id: randomUUID(),
      siteId,
      name: fields.name,
      webUrl: `https://${host}/SitePages/${encodeURIComponent(fields.name)}`,
      createdDateTime: now,
      createdBy: author,
      guid: randomUUID(),
      etagVersion: 1,
      title: fields.title,
      pageLayout: fields.pageLayout,
      promotionKind: 'page',
      canvasLayout: fields.canvasLayout,
      lastModifiedDateTime: now,
      lastModifiedBy: author,
      major: 0,
      minor: 1,
      level: 'checkout',
      publishMismatchesLeft: this.options.publishMismatchesAfterCreate,
      pendingApproval: false,
      published: null,
    };
    this.pages.set(page.id, page);
    return page;
  }

  remove(page: PageState): void {
    this.pages.delete(page.id);
  }

  /** The site's approver approves the page waiting for approval: it becomes the published one. */
  approve(siteId: string, pageId: string): void {
    const page = this.find(siteId, pageId);
    if (page === null || !page.pendingApproval)
      throw new Error(`No page ${pageId} awaits approval`);
    publishNow(page);
  }
}

/** A new major version, visible to all. */
export function publishNow(page: PageState): void {
  page.major += 1;
  page.minor = 0;
  page.level = 'published';
  page.pendingApproval = false;
  page.etagVersion += 1;
  page.published = {
    versionId: versionIdOf(page),
    title: page.title,
    canvasLayout: page.canvasLayout,
  };
}
