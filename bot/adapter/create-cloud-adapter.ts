import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
} from 'botbuilder';
import type { BotCredentials } from '../config';

/**
 * With credentials every incoming token is validated and outgoing calls are signed. With
 * none (dev, Agents Playground) the SDK's "authentication disabled" mode takes over: it
 * accepts activities without a token and calls the activity's serviceUrl without one.
 */
export function createCloudAdapter(
  credentials: BotCredentials | null,
  onError: (error: unknown) => void,
): CloudAdapter {
  const options = {
    MicrosoftAppId: credentials?.appId,
    MicrosoftAppTenantId: credentials?.tenantId ?? undefined,
    MicrosoftAppType: credentials?.appType,
  };
  const auth = new ConfigurationBotFrameworkAuthentication(options, credentialFactory(credentials));
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (_context, error) => {
    onError(error);
  };
  return adapter;
}

/** Password or certificate: the SDK's configuration factory reads both from the same names. */
function credentialFactory(c: BotCredentials | null): ConfigurationServiceClientCredentialFactory {
  return new ConfigurationServiceClientCredentialFactory({
    MicrosoftAppId: c?.appId,
    MicrosoftAppPassword: c?.password ?? undefined,
    MicrosoftAppType: c?.appType,
    MicrosoftAppTenantId: c?.tenantId ?? undefined,
    CertificateThumbprint: c?.certificateThumbprint ?? undefined,
    CertificatePrivateKey: c?.certificatePrivateKey ?? undefined,
  });
}
