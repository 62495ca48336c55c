import type { ReportPublishing } from './app';
import { createLocalIntranet, readIntranetFile } from './adapters/intranet';
import type { LocalIntranetPages } from './adapters/http';
import { renderHtmlPage, renderWordDocument } from './adapters/report-document';
import type { RakeConfig } from './config';
import { IntranetPublishError, type IntranetPublisher, type ReportDocuments } from './ports';

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
 * or the SharePoint intranet site as the editor (`sharePointIntranet` builds that one).
 */
export function reportPublishing(
  config: RakeConfig,
  sharePointIntranet: (() => IntranetPublisher) | null,
): { publishing: ReportPublishing; intranetPages: LocalIntranetPages | undefined } {
  const { intranet } = config;
  if (intranet.kind === 'local') return localReportPublishing(intranet.dir, config.county.timeZone);
  return {
    publishing: {
      documents: reportDocuments,
      intranet: sharePointIntranet?.() ?? notConfigured,
    },
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

const notConfigured: IntranetPublisher = {
  async publish() {
    throw new IntranetPublishError('not_configured', 'no SharePoint intranet publisher');
  },
  async withdraw() {
    throw new IntranetPublishError('not_configured', 'no SharePoint intranet publisher');
  },
};
