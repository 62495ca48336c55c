import { ConfidentialClientApplication, type Configuration } from '@azure/msal-node';

/** The app's own identity towards Microsoft Graph (client credentials, no user). */
export type GraphCredentials = {
  readonly tenantId: string;
  readonly clientId: string;
  /** Preferred over a secret: nothing that can be copied into a chat or a log. */
  readonly certificate: {
    /** PEM of the private key (`-----BEGIN PRIVATE KEY-----`…). */
    readonly privateKey: string;
    /** Hex SHA-256 thumbprint of the certificate uploaded to the app registration. */
    readonly thumbprintSha256: string;
    /** The public certificate PEM; sent as `x5c` so subject name/issuer auth works too. */
    readonly x5c?: string;
  } | null;
  readonly clientSecret: string | null;
};

export const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';

/** What acquires the token; msal's ConfidentialClientApplication, or a test's stand-in. */
export type TokenClient = Pick<ConfidentialClientApplication, 'acquireTokenByClientCredential'>;

/**
 * msal's configuration for the credentials: the certificate when there is one, else the
 * secret. Throws when there is neither, so a misconfigured start fails before any request.
 */
export function msalConfiguration(credentials: GraphCredentials): Configuration {
  const authority = `https://login.microsoftonline.com/${credentials.tenantId}`;
  const { clientId, certificate, clientSecret } = credentials;
  if (certificate !== null) {
    return {
      auth: {
        clientId,
        authority,
        clientCertificate: {
          thumbprintSha256: certificate.thumbprintSha256,
          privateKey: certificate.privateKey,
          ...(certificate.x5c === undefined ? {} : { x5c: certificate.x5c }),
        },
      },
    };
  }
  if (clientSecret !== null && clientSecret !== '') {
    return { auth: { clientId, authority, clientSecret } };
  }
  throw new Error(
    'Microsoft Graph needs a credential for app-only tokens: a certificate ' +
      '(RAKE_GRAPH_CERTIFICATE_PATH + RAKE_GRAPH_CERTIFICATE_THUMBPRINT) or AAD_APP_CLIENT_SECRET.',
  );
}

/**
 * `getAccessToken` for createGraphClient: app-only tokens for Graph by client credentials.
 * msal keeps the token in its in-memory cache and asks Entra again only near its expiry, so
 * calling this before every request costs nothing.
 */
export function appOnlyTokenProvider(
  credentials: GraphCredentials,
  createClient: (configuration: Configuration) => TokenClient = (configuration) =>
    new ConfidentialClientApplication(configuration),
): () => Promise<string> {
  const client = createClient(msalConfiguration(credentials));
  return async () => {
    const result = await client.acquireTokenByClientCredential({ scopes: [GRAPH_SCOPE] });
    if (result === null || result.accessToken === '') {
      throw new Error('Entra ID returned no access token for Microsoft Graph');
    }
    return result.accessToken;
  };
}
