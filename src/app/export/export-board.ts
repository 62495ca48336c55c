import { localDateOf, type LocalDate } from '../../domain/county/local-date';
import type { Actor } from '../../domain/policy/actor';
import { boardScopeOf } from '../../domain/policy/policy';
import type { Locale } from '../../domain/shared/localized-text';
import { ok, type Result } from '../../domain/shared/result';
import type { Observation } from '../../domain/observation/observation';
import type { BoardQuery, Page } from '../../ports';
import type { AppDeps } from '../app-deps';
import { forbidden, validationError, type AppError } from '../app-error';
import { toBoardQuery, type BoardFilters } from '../board-filters';
import { recordAudit } from '../audit/record-audit';
import { toObservationView } from '../observation-view';
import { exportLayout, type ExportColumn, type ExportRow } from './export-columns';

/** The board's filters and order; an export is every page, so no cursor and no limit. */
export type ExportFilters = Omit<BoardFilters, 'cursor' | 'limit'>;

/** Observations read from the store at once: memory stays at a page, whatever the total. */
export const EXPORT_PAGE_SIZE = 500;

/** A table to write in some file format, its rows read from the store as they are pulled. */
export type ExportTable = {
  readonly columns: readonly ExportColumn[];
  readonly sheetName: string;
  /**
   * The rows a page at a time. Pulled one page after another, never ahead: a consumer that
   * waits (a slow download) holds the store's reading too. Stopping early (`return`) ends it.
   */
  readonly pages: AsyncIterable<readonly ExportRow[]>;
};

export type BoardExport = ExportTable & {
  /** Today in the county's calendar, for the file's name. */
  readonly madeOn: LocalDate;
};

export type ExportOptions = {
  readonly pageSize?: number;
  /** The file's format, for the audit entry (`csv`, `xlsx`). */
  readonly format?: string;
};

/** Only the board's store, the audit log, the clock and the county. */
export type ExportDeps = Pick<AppDeps, 'store' | 'audit' | 'clock' | 'county'>;

/**
 * The board as a table, with the board's visibility (reporters have none: 403; a supervisor
 * gets their areas) and filters. The first page is read before this answers, so refused
 * filters and a store that is down are answered as errors before any of the file is sent.
 */
export async function exportBoard(
  deps: ExportDeps,
  actor: Actor,
  filters: ExportFilters,
  locale: Locale,
  options: ExportOptions = {},
): Promise<Result<BoardExport, AppError>> {
  const scope = boardScopeOf(actor);
  if (scope === null) return forbidden();
  const checked = toBoardQuery(filters, deps.county, scope);
  if (!checked.ok) return validationError(checked.error);
  // Whatever the caller's object carries, an export starts at the beginning.
  const { cursor: _fromTheStart, ...start } = checked.value;
  const query: BoardQuery = { ...start, limit: options.pageSize ?? EXPORT_PAGE_SIZE };

  const first = await deps.store.listBoard(query);
  await recordAudit(deps, actor, {
    action: 'export',
    targetType: 'board',
    detail: exportDetail(options.format, filters),
  });
  const now = deps.clock.now();
  const layout = exportLayout(deps.county, locale);
  const toRow = (observation: Observation): ExportRow =>
    layout.row(toObservationView(actor, observation, now));

  async function* pages(): AsyncGenerator<readonly ExportRow[]> {
    let page: Page<Observation> = first;
    for (;;) {
      yield page.items.map(toRow);
      if (page.nextCursor === null) return;
      page = await deps.store.listBoard({ ...query, cursor: page.nextCursor });
    }
  }

  return ok({
    columns: layout.columns,
    sheetName: layout.sheetName,
    pages: pages(),
    madeOn: localDateOf(now, deps.county.timeZone),
  });
}

/**
 * What the audit entry says of a board export: the format and the filters by their ids. The
 * search text is left out: it is what the user typed, and may name a client.
 */
function exportDetail(format: string | undefined, filters: ExportFilters): string {
  const parts = [
    format ?? 'file',
    ...(filters.status ?? []).map((s) => `status=${s}`),
    ...(['serviceArea', 'municipality', 'topic', 'period', 'sort'] as const).flatMap((key) =>
      filters[key] === undefined ? [] : [`${key}=${filters[key]}`],
    ),
    ...(filters.q === undefined || filters.q.trim() === '' ? [] : ['search']),
  ];
  return parts.join(' ');
}
