import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  acceptPublicSubmission,
  discardPublicSubmission,
  listPublicQueue,
  openPublicForm,
  publicStatus,
  submitPublicObservation,
} from '../../../app/public-form';
import { checkPersonalData } from '../../../domain/personal-data/personal-data-guard';
import { validatePublicSubmission } from '../../../domain/public-form/validate-public-submission';
import { LOCALES, type Locale } from '../../../domain/shared/localized-text';
import {
  fieldProblemMessage,
  negotiateLocale,
  personalDataMessage,
  warningMessage,
} from '../../../i18n';
import { ApiError, fromAppError, unwrap } from '../api-problem';
import { problemOf } from '../error-mapping';
import { renderProblem } from '../error-body';
import { localeOf, sendProblem } from '../request-context';
import {
  PUBLIC_CSS_PATH,
  PUBLIC_PATH,
  renderFormPage,
  renderMessagePage,
  renderReceiptPage,
  renderStatusPage,
  statusPath,
  type FieldMessage,
  type FormValues,
} from '../public-page/render-public-page';
import { PUBLIC_PAGE_CSS } from '../public-page/public-page-style';
import { PUBLIC_PAGE_TEXTS } from '../public-page/public-page-texts';
import type { IdParams, RouteContext } from './route-context';

/** The public form's bodies: two texts of 20,000 characters fit, with room to spare. */
export const PUBLIC_BODY_LIMIT = 64 * 1024;

const FORM_TYPE = 'application/x-www-form-urlencoded';

/**
 * The public form (issue 13): its pages (`/public`, plain HTML with its own strict CSP, no
 * script, never the staff tab), their JSON twins under `/api/public/`, and the coordinator's
 * queue. In a plugin of its own: only here is a form-encoded body read, and its errors
 * (413, 429) answer in HTML on the pages. The county's switch is read on every request.
 */
export function registerPublicRoutes(server: FastifyInstance, ctx: RouteContext): void {
  void server.register(async (scope) => {
    scope.addContentTypeParser(
      FORM_TYPE,
      { parseAs: 'string', bodyLimit: PUBLIC_BODY_LIMIT },
      (_request, body, done) => {
        done(null, Object.fromEntries(new URLSearchParams(body.toString())));
      },
    );
    scope.setErrorHandler((error, request, reply) => {
      const { problem } = problemOf(error, PUBLIC_BODY_LIMIT);
      // Unexpected errors go on to the server's handler, which reports them.
      if (problem.code === 'internal') throw error;
      if (!isPage(request)) return sendProblem(request, reply, problem);
      const { status, body } = renderProblem(problem, pageLocale(request));
      if (problem.code === 'rate_limited')
        reply.header('retry-after', String(problem.retryAfterSeconds));
      return sendPage(
        reply.code(status),
        renderMessagePage({
          ...page(ctx, request, PUBLIC_PATH),
          kind: 'error',
          message: body.error.message,
        }),
      );
    });
    registerPages(scope, ctx);
    registerPublicApi(scope, ctx);
  });
  registerQueueRoutes(server, ctx);
}

function registerPages(scope: FastifyInstance, ctx: RouteContext): void {
  scope.get(PUBLIC_CSS_PATH, async (request, reply) => {
    if (openPublicForm(ctx.app) === null) return notFoundPage(ctx, request, reply);
    return reply
      .header('cache-control', 'public, max-age=3600')
      .type('text/css; charset=utf-8')
      .send(PUBLIC_PAGE_CSS);
  });

  scope.get(PUBLIC_PATH, async (request, reply) => {
    if (openPublicForm(ctx.app) === null) return notFoundPage(ctx, request, reply);
    return sendPage(reply, formPage(ctx, request, {}, [], []));
  });

  scope.post(PUBLIC_PATH, { bodyLimit: PUBLIC_BODY_LIMIT }, async (request, reply) => {
    if (openPublicForm(ctx.app) === null) return notFoundPage(ctx, request, reply);
    const locale = pageLocale(request);
    // The page posts only to itself. Another site's page must not make its visitors' browsers
    // send reports (each from its own address, past the per-client limit); sites of the county's
    // own use the JSON API.
    if (request.headers['sec-fetch-site'] === 'cross-site') {
      return sendPage(
        reply.code(403),
        renderMessagePage({
          ...page(ctx, request, PUBLIC_PATH),
          kind: 'error',
          message: PUBLIC_PAGE_TEXTS[locale].crossSite,
        }),
      );
    }
    const fields = formFields(request.body);
    const { input, values, confirmed } = fields;
    // Likely personal data is confirmed before anything is stored (the tab does it as the
    // reporter types; a page without script asks once the form comes back).
    const findings = checkPersonalData({
      description: values.description ?? null,
      solutionProposal: values.solutionProposal ?? null,
    });
    if (findings.refusals.length === 0 && findings.warnings.length > 0 && !confirmed) {
      const validated = validatePublicSubmission(input, ctx.app.county);
      const problems = validated.ok ? [] : validated.error.map((p) => fieldMessage(locale, p));
      const warnings = findings.warnings.map((w) => ({
        field: w.field,
        message: warningMessage(locale, w),
      }));
      return sendPage(
        reply.code(problems.length > 0 ? 422 : 200),
        formPage(ctx, request, values, problems, warnings, input.startedAt),
      );
    }
    const outcome = await submitPublicObservation(ctx.app, input);
    if (!outcome.ok) {
      const error = outcome.error;
      if (error.code === 'validation' || error.code === 'personal_data') {
        const problems =
          error.code === 'validation'
            ? error.problems.map((p) => fieldMessage(locale, p))
            : error.refusals.map((r) => ({
                field: r.field,
                message: personalDataMessage(locale, r.field),
              }));
        return sendPage(
          reply.code(422),
          formPage(ctx, request, values, problems, [], input.startedAt),
        );
      }
      throw new ApiError(fromAppError(error));
    }
    return sendPage(
      reply.code(201),
      renderReceiptPage({ ...page(ctx, request, PUBLIC_PATH), receipt: outcome.value.receipt }),
    );
  });

  // The look-up form's GET: to the status page's own address.
  scope.get<{ Querystring: { receipt?: string; lang?: string } }>(
    `${PUBLIC_PATH}/status`,
    async (request, reply) => {
      if (openPublicForm(ctx.app) === null) return notFoundPage(ctx, request, reply);
      const typed = typeof request.query.receipt === 'string' ? request.query.receipt.trim() : '';
      if (typed !== '') {
        return reply.redirect(`${statusPath(typed)}?lang=${pageLocale(request)}`, 303);
      }
      return sendPage(
        reply,
        renderStatusPage({ ...page(ctx, request, `${PUBLIC_PATH}/status`), view: null, typed: '' }),
      );
    },
  );

  scope.get<{ Params: { receipt: string } }>(
    `${PUBLIC_PATH}/status/:receipt`,
    async (request, reply) => {
      if (openPublicForm(ctx.app) === null) return notFoundPage(ctx, request, reply);
      const typed = request.params.receipt;
      const outcome = await publicStatus(ctx.app, typed);
      const own = page(ctx, request, statusPath(typed));
      if (!outcome.ok) {
        return sendPage(
          reply.code(404),
          renderStatusPage({ ...own, view: null, typed: typed.slice(0, 40) }),
        );
      }
      return sendPage(reply, renderStatusPage({ ...own, view: outcome.value, typed }));
    },
  );

  // Anything else under /public is not the staff tab's to answer (its CSP would not fit).
  scope.get(`${PUBLIC_PATH}/*`, async (request, reply) => notFoundPage(ctx, request, reply));
}

function registerPublicApi(scope: FastifyInstance, ctx: RouteContext): void {
  scope.post(
    '/api/public/observations',
    { bodyLimit: PUBLIC_BODY_LIMIT },
    async (request, reply) => {
      const outcome = unwrap(await submitPublicObservation(ctx.app, request.body));
      const locale = localeOf(request);
      // A bot's answer is the same 201: it must not learn that it was caught.
      return reply.code(201).send({
        receipt: outcome.receipt,
        statusUrl: statusPath(outcome.receipt),
        warnings: outcome.warnings.map((w) => ({ ...w, message: warningMessage(locale, w) })),
      });
    },
  );

  scope.get<{ Params: { receipt: string } }>('/api/public/status/:receipt', async (request) =>
    unwrap(await publicStatus(ctx.app, request.params.receipt)),
  );
}

function registerQueueRoutes(server: FastifyInstance, ctx: RouteContext): void {
  server.get('/api/public-submissions', async (request) => {
    const actor = await ctx.signIn(request);
    return unwrap(await listPublicQueue(ctx.app, actor));
  });

  server.post<{ Params: IdParams }>('/api/public-submissions/:id/accept', async (request) => {
    const actor = await ctx.signIn(request);
    return unwrap(await acceptPublicSubmission(ctx.app, actor, request.params.id, request.body));
  });

  server.post<{ Params: IdParams }>('/api/public-submissions/:id/discard', async (request) => {
    const actor = await ctx.signIn(request);
    return unwrap(await discardPublicSubmission(ctx.app, actor, request.params.id, request.body));
  });
}

type PageContext = { locale: Locale; county: RouteContext['app']['county']; path: string };

function page(ctx: RouteContext, request: FastifyRequest, path: string): PageContext {
  return { locale: pageLocale(request), county: ctx.app.county, path };
}

/** `?lang=fi|sv|en` first (the page's own links), then Accept-Language, Finnish by default. */
function pageLocale(request: FastifyRequest): Locale {
  const lang = (request.query as Record<string, unknown> | undefined)?.lang;
  if (typeof lang === 'string' && (LOCALES as readonly string[]).includes(lang))
    return lang as Locale;
  return negotiateLocale(request.headers['accept-language']);
}

const isPage = (request: FastifyRequest): boolean => !request.url.startsWith('/api/');

function sendPage(reply: FastifyReply, body: string): FastifyReply {
  // A receipt is the reporter's own: no cache keeps a page that shows one.
  return reply.header('cache-control', 'no-store').type('text/html; charset=utf-8').send(body);
}

function notFoundPage(
  ctx: RouteContext,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  return sendPage(
    reply.code(404),
    renderMessagePage({ ...page(ctx, request, PUBLIC_PATH), kind: 'not_found' }),
  );
}

function formPage(
  ctx: RouteContext,
  request: FastifyRequest,
  values: FormValues,
  problems: readonly FieldMessage[],
  warnings: readonly FieldMessage[],
  startedAt?: number,
): string {
  return renderFormPage({
    ...page(ctx, request, PUBLIC_PATH),
    // A form sent back keeps its first render time: the fill time is the person's whole visit.
    startedAt:
      startedAt !== undefined && Number.isFinite(startedAt)
        ? startedAt
        : ctx.app.clock.now().getTime(),
    values,
    problems,
    warnings,
  });
}

const fieldMessage = (
  locale: Locale,
  problem: Parameters<typeof fieldProblemMessage>[1],
): FieldMessage => ({
  field: problem.field,
  message: fieldProblemMessage(locale, problem),
});

const TEXT_FIELDS = [
  'kind',
  'description',
  'solutionProposal',
  'municipality',
  'targetGroup',
  'reporterType',
  'contactEmail',
] as const;

/**
 * The posted form as the JSON API's body (only the fields it knows: a stray field of a bot's is
 * ignored here rather than shown), and as the values to show again.
 */
function formFields(body: unknown): {
  input: Record<string, unknown> & { startedAt: number };
  values: FormValues;
  confirmed: boolean;
} {
  const form = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const text = (name: string): string | undefined =>
    typeof form[name] === 'string' ? (form[name] as string) : undefined;
  const values: Record<string, string> = {};
  for (const name of TEXT_FIELDS) {
    const value = text(name);
    if (value !== undefined) values[name] = value;
  }
  const contactConsent = text('contactConsent') !== undefined;
  const startedAt = Number(text('startedAt') ?? NaN);
  const input: Record<string, unknown> & { startedAt: number } = {
    // An unanswered radio group is not sent at all: `required`, as in the JSON API.
    kind: values.kind,
    description: values.description ?? '',
    solutionProposal: values.solutionProposal ?? '',
    municipality: values.municipality ?? '',
    targetGroup: values.targetGroup ?? '',
    reporterType: values.reporterType,
    contactEmail: values.contactEmail ?? '',
    contactConsent,
    website: text('website') ?? '',
    startedAt: Number.isSafeInteger(startedAt) ? startedAt : 0,
  };
  return {
    input,
    values: { ...values, contactConsent },
    confirmed: text('confirmed') !== undefined,
  };
}
