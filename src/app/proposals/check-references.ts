import type { ProposalDraft } from '../../domain/proposal/proposal';
import type { FieldProblem } from '../../domain/shared/field-problem';
import type { AppDeps } from '../app-deps';

/**
 * The phenomena and observations a proposal names must exist: a mistyped id would leave a
 * reporter without the news the proposal owes them. (RAKE roles see every observation.) Ids
 * the proposal already names (`kept`) are not checked again: retention may have deleted an
 * old observation since, and sending the list back must not fail for it.
 */
export async function unknownReferences(
  deps: Pick<AppDeps, 'phenomena' | 'store'>,
  draft: Partial<Pick<ProposalDraft, 'phenomenonIds' | 'observationIds'>>,
  kept: Pick<ProposalDraft, 'observationIds'> = { observationIds: [] },
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  if (draft.phenomenonIds !== undefined && draft.phenomenonIds.length > 0) {
    const known = new Set((await deps.phenomena.list()).map((p) => p.id));
    if (draft.phenomenonIds.some((id) => !known.has(id))) {
      problems.push({ field: 'phenomenonIds', code: 'unknown_choice' });
    }
  }
  if (draft.observationIds !== undefined) {
    const already = new Set(kept.observationIds);
    const added = draft.observationIds.filter((id) => !already.has(id));
    const found = await Promise.all(added.map((id) => deps.store.get(id)));
    if (found.some((observation) => observation === null)) {
      problems.push({ field: 'observationIds', code: 'unknown_choice' });
    }
  }
  return problems;
}
