import { compile, inScope, previousRange } from '../../domain/compilation/compile';
import type { Compilation, CompilationScope } from '../../domain/compilation/compilation';
import { validateCompilationRequest } from '../../domain/compilation/validate-compilation';
import {
  nextPeriod,
  periodById,
  periodOfLocalDate,
  previousPeriod,
} from '../../domain/county/periods';
import type { Observation } from '../../domain/observation/observation';
import type { Actor } from '../../domain/policy/actor';
import { ok, type Result } from '../../domain/shared/result';
import type { AppDeps } from '../app-deps';
import { forbidden, validationError, type AppError } from '../app-error';
import { mayCompile } from './compilation-access';

type Deps = Pick<AppDeps, 'store' | 'phenomena' | 'compilations' | 'county' | 'clock' | 'ids'>;

/** Rows per board read while compiling. */
const PAGE = 500;

const dateParts = (day: string) => {
  const [year, month, date] = day.split('-').map(Number);
  return { year: year ?? 1, month: month ?? 1, day: date ?? 1 };
};

/** Every observation filed in the county periods that cover from…to (area filtered). */
async function observationsCovering(
  deps: Deps,
  from: string,
  to: string,
  serviceArea: string | null,
): Promise<Observation[]> {
  const { periodScheme } = deps.county;
  const found: Observation[] = [];
  let period = periodOfLocalDate(periodScheme, dateParts(from));
  while (period.start <= to) {
    let cursor: string | undefined;
    do {
      const page = await deps.store.listBoard({
        scope: { kind: 'all' },
        period: period.id,
        ...(serviceArea === null ? {} : { serviceArea }),
        limit: PAGE,
        ...(cursor === undefined ? {} : { cursor }),
      });
      found.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
    period = nextPeriod(periodScheme, period);
  }
  return found;
}

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
    observationsCovering(deps, scope.previousFrom, scope.to, serviceArea),
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
