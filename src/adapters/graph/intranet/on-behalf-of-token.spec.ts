import {
  AuthError,
  InteractionRequiredAuthError,
  ServerError,
  type AuthenticationResult,
  type Configuration,
  type OnBehalfOfRequest,
} from '@azure/msal-node';
import { IntranetPublishError } from '../../../ports/intranet-publisher';
import type { GraphCredentials } from '../app-only-token';
import { delegatedGraphFor } from './delegated-graph';
import { INTRANET_SCOPES, onBehalfOfTokens, type OnBehalfOfClient } from './on-behalf-of-token';

const credentials: GraphCredentials = {
  tenantId: '11111111-2222-4333-8444-555555555555',
  clientId: '66666666-7777-4888-9999-000000000000',
  certificate: null,
  clientSecret: 'not-a-real-secret',
};

function fakeMsal(answer: (request: OnBehalfOfRequest) => Promise<AuthenticationResult | null>) {
  const requests: OnBehalfOfRequest[] = [];
  const configurations: Configuration[] = [];
  const create = (configuration: Configuration): OnBehalfOfClient => {
    configurations.push(configuration);
    return {
      acquireTokenOnBehalfOf: (request) => {
        requests.push(request);
        return answer(request);
      },
    };
  };
  return { create, requests, configurations };
}

const result = (accessToken: string) => ({ accessToken }) as AuthenticationResult;

// What Entra ID answers the on-behalf-of request when nobody consented for the tenant.
const consentMissing = () =>
  new InteractionRequiredAuthError(
    'invalid_grant',
    'corr',
    "AADSTS65001: The user or administrator has not consented to use the application with ID '…'.",
    'consent_required',
  );

describe("the editor's Teams token exchanged on-behalf-of for SharePoint", () => {
  it("asks Entra ID with the editor's token for delegated Sites.ReadWrite.All, as the app", async () => {
    const msal = fakeMsal(() => Promise.resolve(result('graph-token')));
    const tokenFor = onBehalfOfTokens(credentials, msal.create);
    await expect(tokenFor('teams-sso-token')).resolves.toBe('graph-token');
    expect(msal.requests).toEqual([
      {
        oboAssertion: 'teams-sso-token',
        scopes: ['https://graph.microsoft.com/Sites.ReadWrite.All'],
      },
    ]);
    expect(INTRANET_SCOPES).toEqual(['https://graph.microsoft.com/Sites.ReadWrite.All']);
    expect(msal.configurations[0]?.auth).toMatchObject({
      clientId: credentials.clientId,
      authority: `https://login.microsoftonline.com/${credentials.tenantId}`,
      clientSecret: 'not-a-real-secret',
    });
  });

  it('without consent, is forbidden and tells the admin what to grant', async () => {
    const tokenFor = onBehalfOfTokens(
      credentials,
      fakeMsal(() => Promise.reject(consentMissing())).create,
    );
    const exchange = tokenFor('teams-sso-token');
    await expect(exchange).rejects.toBeInstanceOf(IntranetPublishError);
    await expect(exchange).rejects.toMatchObject({
      reason: 'forbidden',
      message: expect.stringMatching(
        /admin consent.*delegated Microsoft Graph permission Sites\.ReadWrite\.All/,
      ),
    });
  });

  it.each([
    [
      'an expired sign-in',
      'forbidden',
      new InteractionRequiredAuthError('invalid_grant', 'c', 'AADSTS500133: expired'),
    ],
    [
      "the app's own credentials refused",
      'not_configured',
      new ServerError('invalid_client', 'c', 'AADSTS7000215: Invalid client secret'),
    ],
    ['Entra ID out of reach', 'unavailable', new AuthError('network_error', 'c', 'fetch failed')],
  ])('%s is %s', async (_what, reason, error) => {
    const tokenFor = onBehalfOfTokens(credentials, fakeMsal(() => Promise.reject(error)).create);
    await expect(tokenFor('t')).rejects.toMatchObject({ name: 'IntranetPublishError', reason });
  });

  it('an empty answer is unavailable, not an empty bearer token', async () => {
    const tokenFor = onBehalfOfTokens(credentials, fakeMsal(() => Promise.resolve(null)).create);
    await expect(tokenFor('t')).rejects.toMatchObject({ reason: 'unavailable' });
  });
});

describe('delegatedGraphFor', () => {
  const actor = { staffId: 's1', name: 'Eeva', userToken: 'teams-sso' };

  it('exchanges the token before any request, so its refusal arrives as itself', async () => {
    const refusal = new IntranetPublishError('forbidden', 'consent');
    const graphFor = delegatedGraphFor(() => Promise.reject(refusal));
    await expect(graphFor(actor)).rejects.toBe(refusal);
  });

  it('needs the Teams sign-in: development sign-in has no token to act with', async () => {
    const graphFor = delegatedGraphFor(() => Promise.resolve('never'));
    await expect(graphFor({ ...actor, userToken: null })).rejects.toMatchObject({
      reason: 'not_configured',
    });
  });

  it('sends the exchanged token to Graph', async () => {
    const seen: string[] = [];
    const graphFor = delegatedGraphFor((userToken) => Promise.resolve(`obo(${userToken})`), {
      transport: {
        execute: (context) => {
          seen.push(new Headers(context.options?.headers).get('Authorization') ?? '');
          context.response = new Response('{}', {
            headers: { 'Content-Type': 'application/json' },
          });
          return Promise.resolve();
        },
      },
    });
    await (await graphFor(actor)).api('/sites/s').get();
    expect(seen).toEqual(['Bearer obo(teams-sso)']);
  });
});
