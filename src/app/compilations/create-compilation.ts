import { compile, inScope, previousRange } from '../../domain/compilation/compile';
import type { Compilation, CompilationScope } from '../../domain/compilation/compilation';
import { validateCompilationRequest } from '../../domain/compilation/validate-compilation';
import { periodById, previousPeriod } from '../../domain/county/periods';
import type { Actor } from '../../domain/policy/actor';
import { ok, type Result } from '../../domain/shared/result';
import type { AppDeps } from '../app-deps';
import { forbidden, validationError, type AppError } from '../app-error';
import { observationsFiledBetween } from '../observations-filed-between';
import { mayCompile } from './compilation-access';

type Deps = Pick<AppDeps, 'store' | 'phenomena' | 'compilations' | 'county' | 'clock' | 'ids'>;

/**
 * `POST /api/compilations`: a frozen compilation of a county period or of two dates, for the
 * whole county or one service area. Later filings and edits do not change it.
 */
export async function createCompilation(
  deps: Deps,
  actor: Actor,
  input: unknown,
): Promise<Result<Compilation, AppError>> {
  const request = validateCompilationRequest(input);
  if (!request.ok) return validationError(request.error);
  const { serviceArea } = request.value;
  if (serviceArea !== null && !deps.county.serviceAreas.some((a) => a.id === serviceArea)) {
    return validationError([{ field: 'serviceArea', code: 'unknown_choice' }]);
  }
  if (!mayCompile(actor, serviceArea)) return forbidden();

  let scope: CompilationScope;
  if (request.value.kind === 'period') {
    const period = periodById(deps.county.periodScheme, request.value.period);
    if (period === null) return validationError([{ field: 'period', code: 'unknown_choice' }]);
    const before = previousPeriod(deps.county.periodScheme, period);
    scope = {
      period: period.id,
      from: period.start,
      to: period.end,
      previousFrom: before.start,
      previousTo: before.end,
      serviceArea,
    };
  } else {
    const { from, to } = request.value;
    const previous = previousRange(from, to);
    scope = {
      period: null,
      from,
      to,
      previousFrom: previous.from,
      previousTo: previous.to,
      serviceArea,
    };
  }

  const { timeZone } = deps.county;
  const [all, phenomena, links] = await Promise.all([
    observationsFiledBetween(deps, scope.previousFrom, scope.to, serviceArea),
    deps.phenomena.list(),
    deps.phenomena.allLinks(),
  ]);
  const current = all.filter((o) => inScope(o, { ...scope }, timeZone));
  const previous = all.filter((o) =>
    inScope(o, { from: scope.previousFrom, to: scope.previousTo, serviceArea }, timeZone),
  );
  const compilation = compile({
    id: deps.ids.next(),
    scope,
    observations: current,
    previous,
    phenomena,
    links,
    createdBy: { id: actor.id, name: actor.name },
    createdAt: deps.clock.now().toISOString(),
  });
  await deps.compilations.create(compilation);
  return ok(compilation);
}
