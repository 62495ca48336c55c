import type { FastifyInstance, FastifyRequest } from 'fastify';
import { auditLogTable, listAuditLog, ownData, type AuditFilters } from '../../../app/audit';
import { localDay } from '../../../domain/audit/audit-range';
import type { FieldProblem } from '../../../domain/shared/field-problem';
import { CSV_MEDIA_TYPE, csvFile } from '../../export';
import { ApiError, unwrap } from '../api-problem';
import { localeOf } from '../request-context';
import type { RouteContext } from './route-context';

type AuditQuery = AuditFilters & { readonly format?: 'csv' | 'json' };

const SINGLES = ['from', 'to', 'limit', 'cursor', 'format'] as const;

/** Strict, like the board's: unknown or repeated parameters are refused, '' is "not given". */
function parseAuditQuery(query: unknown): AuditQuery {
  const problems: FieldProblem[] = [];
  const values: Partial<Record<(typeof SINGLES)[number], string>> = {};
  for (const [name, raw] of Object.entries((query ?? {}) as Record<string, unknown>)) {
    if (!(SINGLES as readonly string[]).includes(name)) {
      problems.push({ field: name, code: 'unknown_field' });
    } else if (typeof raw !== 'string') {
      problems.push({ field: name, code: 'invalid_type' });
    } else if (raw !== '') {
      values[name as (typeof SINGLES)[number]] = raw;
    }
  }
  const { limit, format, ...rest } = values;
  if (limit !== undefined && !/^\d{1,6}$/.test(limit)) {
    problems.push({ field: 'limit', code: 'invalid_type' });
  }
  if (format !== undefined && format !== 'csv' && format !== 'json') {
    problems.push({ field: 'format', code: 'unknown_choice' });
  }
  if (problems.length > 0) throw new ApiError({ code: 'validation', problems });
  return {
    ...rest,
    ...(limit === undefined ? {} : { limit: Number(limit) }),
    ...(format === undefined ? {} : { format: format as 'csv' | 'json' }),
  };
}

/** `?format=csv`, or an Accept that asks for CSV before JSON. */
function wantsCsv(request: FastifyRequest, query: AuditQuery): boolean {
  if (query.format !== undefined) return query.format === 'csv';
  const accept = request.headers.accept ?? '';
  return /(^|,)\s*text\/csv\b/i.test(accept) && !/application\/json/i.test(accept);
}

/** The audit log for admins: `GET /api/admin/audit` (JSON pages, or the range as CSV). */
export function registerAuditRoutes(server: FastifyInstance, ctx: RouteContext): void {
  server.get('/api/admin/audit', async (request, reply) => {
    const actor = await ctx.signIn(request);
    const query = parseAuditQuery(request.query);
    const { format: _format, ...filters } = query;
    if (!wantsCsv(request, query)) {
      return reply
        .header('cache-control', 'no-store')
        .send(unwrap(await listAuditLog(ctx.app, actor, filters)));
    }
    if (filters.cursor !== undefined || filters.limit !== undefined) {
      // A file is the whole range: paging parameters would be silently ignored.
      throw new ApiError({
        code: 'validation',
        problems: [
          ...(filters.cursor === undefined
            ? []
            : [{ field: 'cursor', code: 'not_allowed' as const }]),
          ...(filters.limit === undefined
            ? []
            : [{ field: 'limit', code: 'not_allowed' as const }]),
        ],
      });
    }
    const table = unwrap(await auditLogTable(ctx.app, actor, filters, localeOf(request)));
    const name = `rake-lokitapahtumat-${table.from}_${table.to}.csv`;
    return reply
      .header('content-type', CSV_MEDIA_TYPE)
      .header('content-disposition', `attachment; filename="${name}"`)
      .header('cache-control', 'no-store')
      .send(csvFile(table));
  });

  // The signed-in person's own data as a file (issue 13). Anyone signed in, for themselves only.
  server.get('/api/me/data', async (request, reply) => {
    const actor = await ctx.signIn(request);
    if (Object.keys((request.query ?? {}) as object).length > 0) {
      throw new ApiError({
        code: 'validation',
        problems: Object.keys(request.query as object).map((field) => ({
          field,
          code: 'unknown_field' as const,
        })),
      });
    }
    const data = await ownData(ctx.app, actor, localeOf(request));
    const name = `rake-omat-tiedot-${localDay(new Date(data.exportedAt), ctx.app.county.timeZone)}.json`;
    return (
      reply
        .header('content-type', 'application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}"`)
        .header('cache-control', 'no-store')
        // Indented: the file is for a person to read, not only for a program.
        .send(JSON.stringify(data, null, 2))
    );
  });
}
