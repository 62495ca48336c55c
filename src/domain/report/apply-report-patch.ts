import type { Report } from './report';
import type { ReportPatch } from './validate-report';

/**
 * The report after an edit of its text. The version stays: the store raises it when it
 * saves under If-Match. Figures are kept whatever happens to the sections: a figure whose
 * section was removed is simply not drawn, and comes back if a section of that key does.
 */
export function applyReportPatch(
  report: Report,
  patch: ReportPatch,
  actor: { readonly id: string; readonly name: string },
  now: Date | string,
): Report {
  return {
    ...report,
    title: patch.title ?? report.title,
    introduction: patch.introduction ?? report.introduction,
    sections: patch.sections ?? report.sections,
    updatedBy: actor.id,
    updatedByName: actor.name,
    updatedAt: typeof now === 'string' ? now : now.toISOString(),
  };
}
