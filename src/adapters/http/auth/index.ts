export type { AuthOutcome, Authenticator, RequestHeaders } from './authenticator';
export { noAuthenticator } from './authenticator';
export { createDevAuthenticator } from './dev-authenticator';
