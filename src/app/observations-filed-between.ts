import { nextPeriod, periodOfLocalDate } from '../domain/county/periods';
import { isCounted } from '../domain/lifecycle/status';
import type { Observation } from '../domain/observation/observation';
import type { AppDeps } from './app-deps';

/** Rows per board read. */
const PAGE = 500;

const dateParts = (day: string) => {
  const [year, month, date] = day.split('-').map(Number);
  return { year: year ?? 1, month: month ?? 1, day: date ?? 1 };
};

/**
 * Every observation filed in the county periods that cover from…to (yyyy-mm-dd), optionally
 * of one service area, read a page at a time through the board's indexed period filter. The
 * caller trims to the exact days (inScope): periods are coarser than days. Withdrawn ones are
 * left out: compilations, reports and their indicators count only what was reported.
 */
export async function observationsFiledBetween(
  deps: Pick<AppDeps, 'store' | 'county'>,
  from: string,
  to: string,
  serviceArea: string | null = null,
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
      found.push(...page.items.filter(isCounted));
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
    period = nextPeriod(periodScheme, period);
  }
  return found;
}
