export { createHttpServer } from './create-http-server';
export {
  DEFAULT_BODY_LIMIT,
  type HttpDeps,
  type HttpOptions,
  type LocalIntranetPages,
} from './http-deps';
export { DEFAULT_RATE_LIMITS, type RateLimits } from './rate-limits';
export {
  createDevAuthenticator,
  createEntraAuthenticator,
  noAuthenticator,
  remoteKeys,
  type AuthOutcome,
  type Authenticator,
  type RequestHeaders,
} from './auth';
export { etagOf } from './etag';
export { createApiSchemas, createOpenApiDocument, type ApiSchemas } from './openapi';
