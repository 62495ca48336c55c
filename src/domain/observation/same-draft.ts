import type { ObservationDraft } from './observation';

/** The form fields that make up a filing; everything else on an observation is the system's. */
const SCALAR_FIELDS = [
  'kind',
  'description',
  'solutionProposal',
  'topic',
  'serviceArea',
  'municipality',
  'targetGroup',
  'supervisorId',
] as const satisfies readonly (keyof ObservationDraft)[];

/**
 * Whether two drafts file the same observation: every form field equal, texts exactly as typed,
 * co-reporters as a set (their order says nothing). Both drafts must be normalised alike
 * (validated, reporter removed from the co-reporters). Fields outside the form are ignored, so
 * a filed observation can be compared with a new draft as it is.
 */
export function isSameDraft(filed: ObservationDraft, draft: ObservationDraft): boolean {
  if (SCALAR_FIELDS.some((field) => filed[field] !== draft[field])) return false;
  const filedCoReporters = new Set(filed.coReporterIds);
  const coReporters = new Set(draft.coReporterIds);
  return (
    filedCoReporters.size === coReporters.size &&
    [...coReporters].every((id) => filedCoReporters.has(id))
  );
}
