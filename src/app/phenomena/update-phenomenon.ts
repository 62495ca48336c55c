import type { Actor } from '../../domain/policy/actor';
import { canEditWorkspace } from '../../domain/policy/workspace-policy';
import { validatePhenomenonPatch } from '../../domain/phenomenon/validate-phenomenon';
import { ok, type Result } from '../../domain/shared/result';
import type { AppDeps } from '../app-deps';
import { forbidden, notFound, stale, validationError, type AppError } from '../app-error';
import { guardFreeText } from '../guard-free-text';
import { toPhenomenonView, type PhenomenonView } from './phenomenon-view';

/** Edits the named fields, only if the caller saw the current version (If-Match). */
export async function updatePhenomenon(
  deps: Pick<AppDeps, 'phenomena' | 'clock'>,
  actor: Actor,
  id: string,
  input: unknown,
  expectedVersion: number,
): Promise<Result<PhenomenonView, AppError>> {
  if (!canEditWorkspace(actor)) return forbidden();
  const patch = validatePhenomenonPatch(input);
  if (!patch.ok) return validationError(patch.error);
  const guarded = guardFreeText({ title: patch.value.title, description: patch.value.description });
  if (!guarded.ok) return guarded;
  const outcome = await deps.phenomena.update(
    id,
    patch.value,
    expectedVersion,
    deps.clock.now().toISOString(),
  );
  if (outcome.kind === 'not_found') return notFound();
  if (outcome.kind === 'stale') return stale(outcome.current.version);
  const links = await deps.phenomena.linksOf(id);
  return ok(toPhenomenonView(outcome.record, links.length));
}
