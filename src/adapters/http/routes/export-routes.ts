import type { Readable } from 'node:stream';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import {
  exportBoard,
  exportCompilation,
  type ExportFilters,
  type ExportRow,
  type ExportTable,
} from '../../../app/export';
import { formatLocalDate } from '../../../domain/county/local-date';
import type { FieldProblem } from '../../../domain/shared/field-problem';
import { err, ok, type Result } from '../../../domain/shared/result';
import { StorageUnavailableError } from '../../../ports';
import { CSV_MEDIA_TYPE, csvFile, XLSX_MEDIA_TYPE, xlsxFile } from '../../export';
import { ApiError, unwrap } from '../api-problem';
import { localeOf } from '../request-context';
import { parseBoardQuery } from './query-params';
import type { RouteContext } from './route-context';

type ExportFormat = {
  readonly extension: 'csv' | 'xlsx';
  readonly mediaType: string;
  readonly write: (table: ExportTable) => Readable;
};

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  { extension: 'csv', mediaType: CSV_MEDIA_TYPE, write: csvFile },
  { extension: 'xlsx', mediaType: XLSX_MEDIA_TYPE, write: xlsxFile },
];

/** The board as a file: `GET /api/observations/export.csv` and `…/export.xlsx`. */
export function registerExportRoutes(server: FastifyInstance, ctx: RouteContext): void {
  for (const format of EXPORT_FORMATS) {
    server.get(`/api/observations/export.${format.extension}`, async (request, reply) => {
      const actor = await ctx.signIn(request);
      const filters = parseExportQuery(request.query);
      if (!filters.ok) throw new ApiError({ code: 'validation', problems: filters.error });
      const board = unwrap(
        await exportBoard(ctx.app, actor, filters.value, localeOf(request), {
          format: format.extension,
        }),
      );
      const name = `rake-havainnot-${formatLocalDate(board.madeOn)}.${format.extension}`;
      const table = {
        ...board,
        pages: reported(board.pages, request.log, request.routeOptions.url),
      };
      // Sent as it is written. A store that fails after the first page can no longer be
      // answered with a status: the download breaks off instead of ending as if complete.
      return reply
        .header('content-type', format.mediaType)
        .header('content-disposition', `attachment; filename="${name}"`)
        .header('cache-control', 'no-store')
        .send(format.write(table));
    });
  }
}

/**
 * A compilation's observations as a file: `GET /api/compilations/{id}/export.csv` and
 * `…/export.xlsx` (whole in memory: a compilation is already one stored snapshot).
 */
export function registerCompilationExportRoutes(server: FastifyInstance, ctx: RouteContext): void {
  for (const format of EXPORT_FORMATS) {
    server.get<{ Params: { id: string } }>(
      `/api/compilations/:id/export.${format.extension}`,
      async (request, reply) => {
        const actor = await ctx.signIn(request);
        const table = unwrap(
          await exportCompilation(
            ctx.app,
            actor,
            request.params.id,
            localeOf(request),
            format.extension,
          ),
        );
        const { compilation } = table;
        const span = compilation.period ?? `${compilation.from}_${compilation.to}`;
        const area = compilation.serviceArea === null ? '' : `-${compilation.serviceArea}`;
        const name = `rake-kooste-${span}${area}.${format.extension}`.replace(/[^\w.-]/g, '_');
        return reply
          .header('content-type', format.mediaType)
          .header('content-disposition', `attachment; filename="${name}"`)
          .header('cache-control', 'no-store')
          .send(format.write(table));
      },
    );
  }
}

/** The board's own query parameters, less the paging ones: an export is every page. */
export function parseExportQuery(query: unknown): Result<ExportFilters, FieldProblem[]> {
  const parsed = parseBoardQuery(query);
  if (!parsed.ok) return parsed;
  const { cursor, limit, ...filters } = parsed.value;
  const paging: FieldProblem[] = [
    ...(cursor === undefined ? [] : [{ field: 'cursor', code: 'unknown_field' as const }]),
    ...(limit === undefined ? [] : [{ field: 'limit', code: 'unknown_field' as const }]),
  ];
  return paging.length > 0 ? err(paging) : ok(filters);
}

/**
 * A failure while the file is being sent is logged here, as the error handler logs one before
 * it (the store's reason and the route; neither the error's cause nor the URL, which may carry
 * what the user typed), and the stream is ended with an error that carries nothing more.
 */
async function* reported(
  pages: AsyncIterable<readonly ExportRow[]>,
  log: FastifyBaseLogger,
  route: string | undefined,
): AsyncGenerator<readonly ExportRow[]> {
  try {
    yield* pages;
  } catch (error) {
    if (error instanceof StorageUnavailableError) {
      log.warn({ reason: error.reason, route }, 'export broken off: store unavailable');
    } else {
      log.error({ err: error, route }, 'export broken off');
    }
    throw new Error('The export broke off');
  }
}
