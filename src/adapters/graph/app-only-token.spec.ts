import type { AuthenticationResult, Configuration } from '@azure/msal-node';
import {
  appOnlyTokenProvider,
  GRAPH_SCOPE,
  msalConfiguration,
  type GraphCredentials,
} from './app-only-token';

const TENANT = '11111111-2222-4333-8444-555555555555';
const CLIENT = '66666666-7777-4888-9999-000000000000';
const certificate = {
  privateKey: '-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n',
  thumbprintSha256: 'AB'.repeat(32),
};
const credentials = (overrides: Partial<GraphCredentials>): GraphCredentials => ({
  tenantId: TENANT,
  clientId: CLIENT,
  certificate: null,
  clientSecret: null,
  ...overrides,
});

describe('app-only Graph token', () => {
  it('uses the certificate, also when a secret is given too', () => {
    const config = msalConfiguration(credentials({ certificate, clientSecret: 'also-there' }));
    expect(config.auth).toEqual({
      clientId: CLIENT,
      authority: `https://login.microsoftonline.com/${TENANT}`,
      clientCertificate: certificate,
    });
  });

  it('passes the public certificate as x5c when it is known', () => {
    const config = msalConfiguration(
      credentials({ certificate: { ...certificate, x5c: '-----BEGIN CERTIFICATE-----…' } }),
    );
    expect(config.auth.clientCertificate?.x5c).toBe('-----BEGIN CERTIFICATE-----…');
  });

  it('uses the client secret when there is no certificate', () => {
    const config = msalConfiguration(credentials({ clientSecret: 's3cret' }));
    expect(config.auth).toEqual({
      clientId: CLIENT,
      authority: `https://login.microsoftonline.com/${TENANT}`,
      clientSecret: 's3cret',
    });
  });

  it('refuses to start without a certificate or a secret, naming the variables', () => {
    expect(() => appOnlyTokenProvider(credentials({ clientSecret: '' }))).toThrow(
      /RAKE_GRAPH_CERTIFICATE_PATH \+ RAKE_GRAPH_CERTIFICATE_THUMBPRINT\) or AAD_APP_CLIENT_SECRET/,
    );
  });

  it('asks for Graph’s .default scope by client credentials and returns the token', async () => {
    const calls: { scopes: string[] }[] = [];
    let configuration: Configuration | null = null;
    const getToken = appOnlyTokenProvider(credentials({ certificate }), (config) => {
      configuration = config;
      return {
        acquireTokenByClientCredential: (request) => {
          calls.push({ scopes: request.scopes ?? [] });
          return Promise.resolve({ accessToken: 'token-1' } as AuthenticationResult);
        },
      };
    });
    await expect(getToken()).resolves.toBe('token-1');
    expect(calls).toEqual([{ scopes: [GRAPH_SCOPE] }]);
    expect(configuration).toMatchObject({ auth: { clientCertificate: certificate } });
  });

  it('fails clearly when Entra returns no token', async () => {
    const getToken = appOnlyTokenProvider(credentials({ clientSecret: 'x' }), () => ({
      acquireTokenByClientCredential: () => Promise.resolve(null),
    }));
    await expect(getToken()).rejects.toThrow('Entra ID returned no access token');
  });
});
