import type { Compilation, CompilationSummary } from '../../domain/compilation/compilation';
import type { Enrichment } from '../../domain/enrichment/enrichment';
import { canSeeEnrichment } from '../../domain/enrichment/enrichment-policy';
import type { Actor } from '../../domain/policy/actor';
import { ok, type Result } from '../../domain/shared/result';
import type { AppDeps } from '../app-deps';
import { forbidden, notFound, type AppError } from '../app-error';
import { mayCompile, mayReadCompilations } from './compilation-access';

/** A compilation with the enrichment requests made from it and their answers (live). */
export type CompilationDetails = Compilation & { readonly enrichments: readonly Enrichment[] };

/** The compilations the caller may read (a supervisor: their areas'), newest first. */
export async function listCompilations(
  deps: Pick<AppDeps, 'compilations'>,
  actor: Actor,
): Promise<Result<readonly CompilationSummary[], AppError>> {
  if (!mayReadCompilations(actor)) return forbidden();
  const all = await deps.compilations.list();
  return ok(all.filter((c) => mayCompile(actor, c.serviceArea)));
}

/** One compilation, whole, with its enrichment requests. */
export async function getCompilation(
  deps: Pick<AppDeps, 'compilations' | 'enrichments'>,
  actor: Actor,
  id: string,
): Promise<Result<CompilationDetails, AppError>> {
  if (!mayReadCompilations(actor)) return forbidden();
  const compilation = await deps.compilations.get(id);
  if (compilation === null || !mayCompile(actor, compilation.serviceArea)) return notFound();
  const enrichments = (await deps.enrichments.list()).filter(
    (e) => e.compilationId === id && canSeeEnrichment(actor, e),
  );
  return ok({ ...compilation, enrichments });
}
