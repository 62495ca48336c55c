import type { Actor } from '../../../domain/policy/actor';

/** Request headers as Node gives them (lower-case names). Kept free of any framework type. */
export type RequestHeaders = Readonly<Record<string, string | string[] | undefined>>;

export type AuthOutcome =
  | { readonly kind: 'signed_in'; readonly actor: Actor }
  /** No identity at all: 401. */
  | { readonly kind: 'anonymous' }
  /** An identity was offered but is not acceptable; `header` says which part. */
  | { readonly kind: 'rejected'; readonly header: string }
  /** A bearer token that is not valid here; `reason` goes to the server log, never to the caller. */
  | { readonly kind: 'invalid_token'; readonly reason: string };

/**
 * Who is calling. The dev authenticator reads X-Dev-* headers; the Entra authenticator
 * validates Teams SSO bearer tokens. The routes do not know which one runs.
 */
export interface Authenticator {
  /** `dev` also opens `GET /api/dev/identities` for the tab's "acting as" picker. */
  readonly mode: 'dev' | 'entra' | 'none';
  authenticate(headers: RequestHeaders): Promise<AuthOutcome>;
}

/** Neither dev identities nor Teams sign-in configured: nobody is signed in. */
export const noAuthenticator: Authenticator = {
  mode: 'none',
  authenticate: () => Promise.resolve({ kind: 'anonymous' }),
};
