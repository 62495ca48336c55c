import type { Client } from '@microsoft/microsoft-graph-client';
import type { ReportPublishing } from './app';
import {
  createSharePointIntranetPublisher,
  delegatedGraphFor,
  onBehalfOfTokens,
} from './adapters/graph/intranet';
import type { LocalIntranetPages } from './adapters/http';
import { createLocalIntranet, readIntranetFile } from './adapters/intranet';
import { figurePng, renderHtmlPage, renderWordDocument } from './adapters/report-document';
import type { IntranetConfig } from './config';
import { publicationSummary } from './domain/report';
import type { IntranetPublisher, ReportDocuments, ReportStore } from './ports';

/** The Word document and the HTML page, drawn the same way wherever they go. */
export const reportDocuments: ReportDocuments = {
  wordDocument: (report) => renderWordDocument(report),
  htmlPage: (report, index) =>
    renderHtmlPage(
      report,
      index === undefined ? {} : { indexHref: index.href, indexLabel: index.label },
    ),
};

/**
 * How reports leave the app: the local intranet folder served at `/intranet/` (no tenant),
 * or the SharePoint intranet site (RAKE_INTRANET_SITE_ID) as the editor — through
 * `graphClient` when one is given (the tests' Graph double).
 */
export function reportPublishing(
  intranet: IntranetConfig,
  options: {
    readonly reports: ReportStore;
    readonly timeZone: string;
    readonly graphClient?: Client;
  },
): { publishing: ReportPublishing; intranetPages: LocalIntranetPages | undefined } {
  if (intranet.kind === 'local') return localReportPublishing(intranet.dir, options.timeZone);
  return {
    publishing: { documents: reportDocuments, intranet: sharePointIntranet(intranet, options) },
    intranetPages: undefined,
  };
}

/** Reports published as static pages in `dir`, served at `/intranet/` by this app. */
export function localReportPublishing(
  dir: string,
  timeZone: string,
): { publishing: ReportPublishing; intranetPages: LocalIntranetPages } {
  return {
    publishing: {
      documents: reportDocuments,
      intranet: createLocalIntranet({
        dir,
        // Relative: served by this app; the bot makes it absolute for its cards.
        baseUrl: '',
        renderPage: (report, index) => renderHtmlPage(report, index),
        timeZone,
      }),
    },
    intranetPages: { read: (slug) => readIntranetFile(dir, slug) },
  };
}

/**
 * Pages on the intranet site written as the editor (their Teams token exchanged
 * on-behalf-of); the subpage's index lists every publication on the intranet.
 */
function sharePointIntranet(
  intranet: Extract<IntranetConfig, { kind: 'sharepoint' }>,
  options: { readonly reports: ReportStore; readonly graphClient?: Client },
): IntranetPublisher {
  const { reports, graphClient } = options;
  return createSharePointIntranetPublisher({
    siteId: intranet.siteId,
    subpageId: intranet.subpageId,
    publications: async () => {
      const live = (await reports.list()).filter(
        (report) => report.publication !== null && report.publication.state !== 'withdrawn',
      );
      // Read whole for the index's lines; a county publishes a handful of reports a year.
      const whole = await Promise.all(live.map((summary) => reports.get(summary.id)));
      return whole.flatMap((report) =>
        report === null || report.publication === null
          ? []
          : [
              {
                slug: report.publication.slug,
                title: report.title,
                url: report.publication.url,
                summary: publicationSummary(report),
                publishedAt: report.publication.publishedAt,
              },
            ],
      );
    },
    graphFor:
      graphClient === undefined
        ? delegatedGraphFor(onBehalfOfTokens(intranet.credentials))
        : async () => graphClient,
    chartPng: (figure) => figurePng(figure),
  });
}
