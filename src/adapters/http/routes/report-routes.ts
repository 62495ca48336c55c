import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  createReport,
  getIndicators,
  getReport,
  listReports,
  listQuotableObservations,
  listReportVersions,
  publishReport,
  reportPage,
  reportWordDocument,
  updateReport,
  withdrawPublication,
  type ReportFileCounts,
} from '../../../app';
import { unwrap } from '../api-problem';
import { etagOf } from '../etag';
import { localeOf } from '../request-context';
import type { IdParams, RouteContext } from './route-context';
import { workspaceVersion } from './workspace-expected-version';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

type CountsQuery = { readonly Querystring: { counts?: unknown } };

/** `?counts=internal` asks for exact counts (the RAKE group only); anything else publishes. */
const countsOf = (query: { counts?: unknown }): ReportFileCounts =>
  query.counts === 'internal' ? 'internal' : 'publishing';

/**
 * The editor's own sign-in token, which SharePoint publishing exchanges on-behalf-of: the
 * page is then written with the editor's rights and shows them as its author. Null with the
 * development identity (no token at all).
 */
const userTokenOf = (request: FastifyRequest): string | null => {
  const header = request.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1] ?? null;
};

/** A file name from a title: letters, digits and dashes only, so no header can be broken. */
const fileNameOf = (title: string, extension: string): string => {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${base === '' ? 'raportti' : base}.${extension}`;
};

/** Reports (raportit): drafts written by the RAKE group, read as files, published by editors. */
export function registerReportRoutes(server: FastifyInstance, ctx: RouteContext): void {
  server.get('/api/reports', async (request) => {
    const actor = await ctx.signIn(request);
    return { items: unwrap(await listReports(ctx.app, actor)) };
  });

  server.post('/api/reports', async (request, reply) => {
    const actor = await ctx.signIn(request);
    const created = unwrap(await createReport(ctx.app, actor, request.body));
    return reply
      .code(201)
      .header('location', `/api/reports/${encodeURIComponent(created.id)}`)
      .header('etag', etagOf(created.version))
      .send(created);
  });

  server.get<{ Params: IdParams }>('/api/reports/:id', async (request, reply) => {
    const actor = await ctx.signIn(request);
    const report = unwrap(await getReport(ctx.app, actor, request.params.id));
    return reply.header('etag', etagOf(report.version)).send(report);
  });

  server.patch<{ Params: IdParams }>('/api/reports/:id', async (request, reply) => {
    const actor = await ctx.signIn(request);
    const { id } = request.params;
    const version = await workspaceVersion(
      request,
      true,
      async () => (await ctx.app.reports.get(id))?.version ?? null,
    );
    const edited = unwrap(await updateReport(ctx.app, actor, id, request.body, version ?? -1));
    return reply.header('etag', etagOf(edited.version)).send(edited);
  });

  server.get<{ Params: IdParams; Querystring: { q?: unknown; limit?: unknown } }>(
    '/api/reports/:id/observations',
    async (request) => {
      const actor = await ctx.signIn(request);
      return {
        items: unwrap(
          await listQuotableObservations(ctx.app, actor, request.params.id, request.query),
        ),
      };
    },
  );

  server.get<{ Params: IdParams }>('/api/reports/:id/versions', async (request) => {
    const actor = await ctx.signIn(request);
    return { items: unwrap(await listReportVersions(ctx.app, actor, request.params.id)) };
  });

  server.get<{ Params: IdParams } & CountsQuery>(
    '/api/reports/:id/document.docx',
    async (request, reply) => {
      const actor = await ctx.signIn(request);
      const { report, file } = unwrap(
        await reportWordDocument(ctx.app, actor, request.params.id, countsOf(request.query)),
      );
      return reply
        .header('content-type', DOCX)
        .header('content-disposition', `attachment; filename="${fileNameOf(report.title, 'docx')}"`)
        .header('cache-control', 'no-store')
        .send(file);
    },
  );

  server.get<{ Params: IdParams } & CountsQuery>(
    '/api/reports/:id/page.html',
    async (request, reply) => {
      const actor = await ctx.signIn(request);
      const { file } = unwrap(
        await reportPage(ctx.app, actor, request.params.id, countsOf(request.query)),
      );
      return reply
        .header('content-type', 'text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(file);
    },
  );

  server.post<{ Params: IdParams }>('/api/reports/:id/publish', async (request) => {
    const actor = await ctx.signIn(request);
    return unwrap(await publishReport(ctx.app, actor, request.params.id, userTokenOf(request)));
  });

  server.delete<{ Params: IdParams }>('/api/reports/:id/publication', async (request) => {
    const actor = await ctx.signIn(request);
    return unwrap(
      await withdrawPublication(ctx.app, actor, request.params.id, userTokenOf(request)),
    );
  });

  server.get<{ Querystring: { year?: unknown } }>('/api/indicators', async (request) => {
    const actor = await ctx.signIn(request);
    return unwrap(await getIndicators(ctx.app, actor, request.query.year, localeOf(request)));
  });
}
