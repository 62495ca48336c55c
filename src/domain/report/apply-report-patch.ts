import type { Report, ReportHandOver } from './report';
import type { ReportPatch } from './validate-report';

/**
 * The report after an edit of its text. The version stays: the store raises it when it
 * saves under If-Match. Figures are kept whatever happens to the sections: a figure whose
 * section was removed is simply not drawn, and comes back if a section of that key does.
 */
/**
 * `handedOver: true` keeps an earlier hand-over as it was (who and when); `false` takes it
 * back; left out, it stays — an edit of the text does not undo it. Reports stored before
 * the hand-over existed have none.
 */
function handOverAfter(
  report: Report,
  handedOver: boolean | undefined,
  actor: { readonly id: string; readonly name: string },
  at: string,
): ReportHandOver | null {
  const current = (report.handedOver as ReportHandOver | null | undefined) ?? null;
  if (handedOver === undefined) return current;
  if (!handedOver) return null;
  return current ?? { by: actor.id, byName: actor.name, at };
}

export function applyReportPatch(
  report: Report,
  patch: ReportPatch,
  actor: { readonly id: string; readonly name: string },
  now: Date | string,
): Report {
  const at = typeof now === 'string' ? now : now.toISOString();
  return {
    ...report,
    title: patch.title ?? report.title,
    introduction: patch.introduction ?? report.introduction,
    sections: patch.sections ?? report.sections,
    handedOver: handOverAfter(report, patch.handedOver, actor, at),
    updatedBy: actor.id,
    updatedByName: actor.name,
    updatedAt: at,
  };
}
