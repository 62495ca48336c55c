import type { PublishedReport } from '../domain/report/published-report';

/** A report drawn as a file: the Word document (native charts) and the HTML page. */
export interface ReportDocuments {
  wordDocument(report: PublishedReport): Promise<Buffer>;
  /** A standalone accessible page; `index` links back to the intranet subpage when given. */
  htmlPage(
    report: PublishedReport,
    index?: { readonly href: string; readonly label: string },
  ): Promise<string>;
}
