export type { AuthOutcome, Authenticator, RequestHeaders } from './authenticator';
export { noAuthenticator } from './authenticator';
export { createDevAuthenticator } from './dev-authenticator';
export { createEntraAuthenticator, issuersOf, type EntraAuthOptions } from './entra-authenticator';
export {
  KEY_DEFAULTS,
  KeysUnavailableError,
  remoteKeys,
  type KeySource,
  type RemoteKeysOptions,
} from './remote-keys';
