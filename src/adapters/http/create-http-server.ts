import Fastify, { type FastifyInstance } from 'fastify';
import { createStaffRegistration, extendDeps } from '../../app';
import { answerClientError, MAX_HEADER_BYTES } from './client-error';
import { problemOf } from './error-mapping';
import { DEFAULT_BODY_LIMIT, type HttpDeps, type HttpOptions } from './http-deps';
import { registerInBackground, sendProblem, signIn } from './request-context';
import {
  registerAdminRoutes,
  registerAuditRoutes,
  registerBotRoutes,
  registerDigestRoutes,
  registerExportRoutes,
  registerCompilationExportRoutes,
  registerIdentityRoutes,
  registerLifecycleRoutes,
  registerFollowUpRoutes,
  registerObservationRoutes,
  registerSystemRoutes,
  registerWorkspaceRoutes,
  registerMeetingRoutes,
  registerCompilationRoutes,
  registerEnrichmentRoutes,
  registerSuggestionRoutes,
  registerReportRoutes,
  registerIntranetRoutes,
  registerPublicRoutes,
  type RouteContext,
} from './routes';
import { addLoopbackHostCheck } from './host-check';
import { addJsonParsers } from './json-body';
import { DEFAULT_RATE_LIMITS, registerRateLimit } from './rate-limit';
import { addSecurityHeaders, cameOverHttps, securityHeadersFor } from './security-headers';
import { registerTab } from './static-tab';

/**
 * The HTTP edge: the API of docs/api.md and the built tab, from one process. This is the
 * only module that knows Fastify; everything behind it speaks use cases and Results.
 */
export function createHttpServer(deps: HttpDeps, options: HttpOptions = {}): FastifyInstance {
  const bodyLimit = options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT;
  const report = options.onUnexpectedError ?? ((error: unknown) => console.error(error));
  const hops = options.trustedProxyHops ?? 0;
  const server = Fastify({
    logger: options.logger ?? false,
    bodyLimit,
    return503OnClosing: true,
    http: { maxHeaderSize: MAX_HEADER_BYTES },
    // Requests Node's parser refuses (bad framing, huge headers) answer in the API's shape too.
    clientErrorHandler: answerClientError,
    // Only the nearest `hops` proxies are believed: X-Forwarded-Proto then says whether the
    // browser used HTTPS (HSTS), and X-Forwarded-For's entry they added is the client's address.
    trustProxy: hops > 0 ? (_address, hop) => hop < hops : false,
    // Ids are short; a longer one cannot exist, so it simply answers 404.
    routerOptions: { maxParamLength: 200 },
    // Errors before routing (an undecodable URL) skip the error handler; same shape here.
    frameworkErrors: (error, request, reply) => {
      const { problem, unexpected } = problemOf(error, bodyLimit);
      if (unexpected) report(error);
      // onSend hooks do not run this early, so the headers are set here.
      reply.headers(securityHeadersFor(request.url, cameOverHttps(request, hops)));
      return sendProblem(request, reply, problem);
    },
  });

  addJsonParsers(server);

  server.setErrorHandler((error, request, reply) => {
    const { problem, unexpected } = problemOf(error, bodyLimit);
    if (unexpected) report(error);
    if (problem.code === 'storage_unavailable') {
      // Operations need to see the store failing, but not as a bug. Only the reason and the
      // route pattern: the error's cause and the raw URL (?q=) may carry what the user typed.
      request.log.warn(
        {
          reason: problem.reason,
          retryAfterSeconds: problem.retryAfterSeconds,
          method: request.method,
          route: request.routeOptions.url,
        },
        'store unavailable',
      );
    }
    return sendProblem(request, reply, problem);
  });

  addSecurityHeaders(server, hops);
  if (deps.authenticator.mode === 'dev') addLoopbackHostCheck(server);

  // Only Teams sign-in vouches for who someone is; dev identities are never registered.
  const registration =
    deps.authenticator.mode === 'entra'
      ? (deps.staffRegistration ?? createStaffRegistration(deps.app))
      : null;
  // Closing waits for registrations under way, so none writes to a store closed after us.
  if (registration !== null) server.addHook('onClose', () => registration.settled());

  const ctx: RouteContext = {
    app: deps.app,
    authenticator: deps.authenticator,
    signIn: async (request) => {
      const actor = await signIn(deps.authenticator, request);
      if (registration !== null) registerInBackground(registration, actor, request, report);
      return actor;
    },
    // extendDeps, not a spread: `app.county` is read per use (the admin's settings).
    digest: deps.notifications ? extendDeps(deps.app, deps.notifications) : null,
    digestCard: deps.notifications?.digestCard ?? null,
  };
  registerRateLimit(server, deps.authenticator, options.rateLimits ?? DEFAULT_RATE_LIMITS);
  // In a plugin of their own, so that they load after the rate limiter and it sees them.
  void server.register(async (api) => {
    registerSystemRoutes(api, ctx);
    registerIdentityRoutes(api, ctx);
    registerObservationRoutes(api, ctx);
    registerExportRoutes(api, ctx);
    registerLifecycleRoutes(api, ctx);
    registerFollowUpRoutes(api, ctx);
    registerWorkspaceRoutes(api, ctx);
    registerMeetingRoutes(api, ctx);
    registerCompilationRoutes(api, ctx);
    registerCompilationExportRoutes(api, ctx);
    registerEnrichmentRoutes(api, ctx);
    registerSuggestionRoutes(api, ctx);
    registerReportRoutes(api, ctx);
    registerIntranetRoutes(api, deps.intranet);
    registerPublicRoutes(api, ctx);
    registerDigestRoutes(api, ctx);
    registerAdminRoutes(api, ctx);
    registerAuditRoutes(api, ctx);
    registerBotRoutes(api, deps.bot);
  });
  registerTab(server, options.tabDir, { sourceMaps: options.serveSourceMaps === true });
  return server;
}
