import type { PublishedReport } from '../domain/report/published-report';
import type { ReportPublication } from '../domain/report/report';

/** Who publishes: the editor, and on SharePoint their own (Teams SSO) token. */
export type IntranetPublisherActor = {
  readonly staffId: string;
  readonly name: string;
  /**
   * The bearer token the editor signed in to the app with, exchanged on-behalf-of for a
   * delegated Graph token so that SharePoint's own rights and approvals apply. Null in
   * development sign-in and on the local intranet, which needs none.
   */
  readonly userToken: string | null;
};

/** A page to publish: the report for publishing (small counts already suppressed). */
export type IntranetPage = {
  readonly slug: string;
  readonly report: PublishedReport;
  /** One line for the subpage's index. */
  readonly summary: string;
  readonly publishedAt: string;
};

export type IntranetPublishOutcome = {
  readonly url: string;
  /** SharePoint's page id; null locally. */
  readonly pageId: string | null;
  /** `awaiting_approval`: the site's page approval holds the page until someone approves. */
  readonly state: 'published' | 'awaiting_approval';
};

/** Thrown when the intranet refused the editor (403) or cannot be reached now. */
export class IntranetPublishError extends Error {
  constructor(
    readonly reason: 'forbidden' | 'unavailable' | 'not_configured',
    message: string,
  ) {
    super(message);
    this.name = 'IntranetPublishError';
  }
}

/**
 * The structural social work subpage of the intranet: each publication its own page, the
 * subpage's index linking them newest first. Implemented locally (static pages served at
 * `/intranet/`) and on SharePoint (Graph's sitePage API, as the editor).
 */
export interface IntranetPublisher {
  /**
   * Creates the page, or updates `previous`'s page as a new version, and publishes it; the
   * index is brought up to date.
   */
  publish(
    page: IntranetPage,
    previous: ReportPublication | null,
    actor: IntranetPublisherActor,
  ): Promise<IntranetPublishOutcome>;
  /** Takes the page off the intranet (and off the index). */
  withdraw(publication: ReportPublication, actor: IntranetPublisherActor): Promise<void>;
}
