import type { Actor } from '../../domain/policy/actor';
import { canEditWorkspace } from '../../domain/policy/workspace-policy';
import { validatePhenomenonDraft } from '../../domain/phenomenon/validate-phenomenon';
import { ok, type Result } from '../../domain/shared/result';
import type { AppDeps } from '../app-deps';
import { forbidden, validationError, type AppError } from '../app-error';
import { guardFreeText } from '../guard-free-text';
import { toPhenomenonView, type PhenomenonView } from './phenomenon-view';

/** The RAKE group names a recurring phenomenon (RAKE members, coordinator, admin). */
export async function createPhenomenon(
  deps: Pick<AppDeps, 'phenomena' | 'clock' | 'ids'>,
  actor: Actor,
  input: unknown,
): Promise<Result<PhenomenonView, AppError>> {
  if (!canEditWorkspace(actor)) return forbidden();
  const draft = validatePhenomenonDraft(input);
  if (!draft.ok) return validationError(draft.error);
  const guarded = guardFreeText({ title: draft.value.title, description: draft.value.description });
  if (!guarded.ok) return guarded;
  const at = deps.clock.now().toISOString();
  const created = await deps.phenomena.create({
    ...draft.value,
    id: deps.ids.next(),
    createdBy: actor.id,
    createdAt: at,
    updatedAt: at,
    version: 1,
  });
  return ok(toPhenomenonView(created, 0));
}
