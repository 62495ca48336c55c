import { ConfidentialClientApplication, type Configuration } from '@azure/msal-node';
import { IntranetPublishError } from '../../../ports/intranet-publisher';
import { msalConfiguration, type GraphCredentials } from '../app-only-token';

/** Delegated: SharePoint checks the editor's own rights, and page approval applies to them. */
export const INTRANET_SCOPES = ['https://graph.microsoft.com/Sites.ReadWrite.All'] as const;

/** What exchanges the token; msal's ConfidentialClientApplication, or a test's stand-in. */
export type OnBehalfOfClient = Pick<ConfidentialClientApplication, 'acquireTokenOnBehalfOf'>;

/** The fields of msal's AuthError (and ServerError, InteractionRequiredAuthError) read here. */
type AuthFailure = { errorCode?: unknown; subError?: unknown; errorMessage?: unknown };

const CONSENT =
  "RAKE may not act for the editor on SharePoint: an administrator must grant admin consent to the app registration's " +
  'delegated Microsoft Graph permission Sites.ReadWrite.All (Entra ID answered AADSTS65001).';

/** msal's failure as what the editor (or the admin) can act on. */
export function onBehalfOfFailure(error: unknown): IntranetPublishError {
  const e = (error ?? {}) as AuthFailure;
  const code = typeof e.errorCode === 'string' ? e.errorCode : '';
  const sub = typeof e.subError === 'string' ? e.subError : '';
  const message = `${typeof e.errorMessage === 'string' ? e.errorMessage : ''} ${String((error as Error)?.message ?? '')}`;
  if (/AADSTS65001/.test(message) || sub === 'consent_required' || code === 'consent_required') {
    return new IntranetPublishError('forbidden', CONSENT);
  }
  if (code === 'invalid_client' || code === 'unauthorized_client') {
    return new IntranetPublishError(
      'not_configured',
      `Entra ID refused the app's own credentials (${code}): check AAD_APP_CLIENT_ID and its certificate or secret.`,
    );
  }
  if (code === 'invalid_grant' || code === 'interaction_required' || code === 'login_required') {
    return new IntranetPublishError(
      'forbidden',
      `Entra ID would not act for the editor (${code}): they should sign in to the tab again.`,
    );
  }
  return new IntranetPublishError(
    'unavailable',
    `Entra ID could not be reached (${code || 'no answer'}).`,
  );
}

/**
 * Exchanges the editor's Teams SSO token (its audience is this app) for a delegated Graph
 * token, with the app's own credentials (certificate or secret, as for the app-only token).
 * msal caches the result per user token, so asking again within the hour costs nothing.
 */
export function onBehalfOfTokens(
  credentials: GraphCredentials,
  createClient: (configuration: Configuration) => OnBehalfOfClient = (configuration) =>
    new ConfidentialClientApplication(configuration),
): (userToken: string) => Promise<string> {
  const client = createClient(msalConfiguration(credentials));
  return async (userToken) => {
    let accessToken: string | undefined;
    try {
      const result = await client.acquireTokenOnBehalfOf({
        oboAssertion: userToken,
        scopes: [...INTRANET_SCOPES],
      });
      accessToken = result?.accessToken;
    } catch (error) {
      throw onBehalfOfFailure(error);
    }
    if (accessToken === undefined || accessToken === '') {
      throw new IntranetPublishError(
        'unavailable',
        'Entra ID returned no token for Microsoft Graph.',
      );
    }
    return accessToken;
  };
}
