import type { Actor } from '../../../domain/policy/actor';

/** Request headers as Node gives them (lower-case names). Kept free of any framework type. */
export type RequestHeaders = Readonly<Record<string, string | string[] | undefined>>;

export type AuthOutcome =
  | { readonly kind: 'signed_in'; readonly actor: Actor }
  /** No identity at all: 401. */
  | { readonly kind: 'anonymous' }
  /** An identity was offered but is not acceptable; `header` says which part. */
  | { readonly kind: 'rejected'; readonly header: string };

/**
 * Who is calling. The dev authenticator reads X-Dev-* headers; Teams SSO (a bearer token
 * validated against Entra ID) slots in here later without touching the routes.
 */
export interface Authenticator {
  /** `dev` also opens `GET /api/dev/identities` for the tab's "acting as" picker. */
  readonly mode: 'dev' | 'none';
  authenticate(headers: RequestHeaders): Promise<AuthOutcome>;
}

/** Until SSO arrives, a deployment without dev identities has nobody signed in. */
export const noAuthenticator: Authenticator = {
  mode: 'none',
  authenticate: () => Promise.resolve({ kind: 'anonymous' }),
};
