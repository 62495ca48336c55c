import type { Report } from './report';

/** How long the index's line of a publication may be. */
const SUMMARY_LENGTH = 200;

/** The line the intranet subpage's index shows under a publication: its introduction's start. */
export function publicationSummary(report: Pick<Report, 'introduction'>): string {
  const text = report.introduction.replace(/\s+/g, ' ').trim();
  return text.length <= SUMMARY_LENGTH ? text : `${text.slice(0, SUMMARY_LENGTH - 1).trimEnd()}…`;
}
