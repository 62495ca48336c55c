import { err, ok, type Result } from '../../src/domain/shared/result';
import type { TabLinks } from '../cards';

export const APP_TYPES = ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'] as const;
export type AppType = (typeof APP_TYPES)[number];

/** The bot's Entra app registration, as Azure Bot Service names the settings. */
export type BotCredentials = {
  readonly appId: string;
  readonly appType: AppType;
  readonly tenantId: string | null;
  readonly password: string | null;
  readonly certificateThumbprint: string | null;
  readonly certificatePrivateKey: string | null;
};

export type BotConfig = {
  /** Null: dev mode, unauthenticated activities (Agents Playground); see createTeamsBot. */
  readonly credentials: BotCredentials | null;
  /** Entra tenants whose activities are accepted; null accepts any tenant. */
  readonly allowedTenants: readonly string[] | null;
  readonly links: TabLinks;
};

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Reads MicrosoftAppId, MicrosoftAppPassword or CertificateThumbprint + CertificatePrivateKey,
 * MicrosoftAppTenantId and MicrosoftAppType, plus RAKE_ALLOWED_TENANTS (comma list),
 * RAKE_TEAMS_APP_ID and RAKE_PUBLIC_URL for links. Every problem is reported at once.
 */
export function loadBotConfig(env: Env, defaultBaseUrl: string): Result<BotConfig, string[]> {
  const value = (name: string): string | null => {
    const raw = env[name]?.trim();
    return raw === undefined || raw === '' ? null : raw;
  };
  const problems: string[] = [];
  const appId = value('MicrosoftAppId');
  const appType = value('MicrosoftAppType') ?? 'MultiTenant';
  if (!(APP_TYPES as readonly string[]).includes(appType)) {
    problems.push(`MicrosoftAppType must be one of ${APP_TYPES.join(', ')}, not "${appType}".`);
  }
  const credentials: BotCredentials | null =
    appId === null
      ? null
      : {
          appId,
          appType: appType as AppType,
          tenantId: value('MicrosoftAppTenantId'),
          password: value('MicrosoftAppPassword'),
          certificateThumbprint: value('CertificateThumbprint'),
          certificatePrivateKey: value('CertificatePrivateKey'),
        };
  if (credentials !== null) problems.push(...credentialProblems(credentials));
  if (appId === null && (value('MicrosoftAppPassword') ?? value('MicrosoftAppTenantId')) !== null) {
    problems.push('MicrosoftAppPassword or MicrosoftAppTenantId is set without MicrosoftAppId.');
  }
  const tenants = value('RAKE_ALLOWED_TENANTS');
  if (problems.length > 0) return err(problems);
  return ok({
    credentials,
    allowedTenants:
      tenants === null
        ? null
        : tenants
            .split(',')
            .map((t) => t.trim().toLowerCase())
            .filter((t) => t !== ''),
    links: {
      teamsAppId: value('RAKE_TEAMS_APP_ID'),
      entityId: value('RAKE_TEAMS_TAB_ENTITY_ID') ?? 'rake',
      baseUrl: value('RAKE_PUBLIC_URL') ?? defaultBaseUrl,
    },
  });
}

function credentialProblems(c: BotCredentials): string[] {
  const problems: string[] = [];
  const hasCertificate = c.certificateThumbprint !== null || c.certificatePrivateKey !== null;
  if (hasCertificate && (c.certificateThumbprint === null || c.certificatePrivateKey === null)) {
    problems.push('CertificateThumbprint and CertificatePrivateKey go together.');
  }
  if (c.appType !== 'UserAssignedMSI' && c.password === null && !hasCertificate) {
    problems.push('MicrosoftAppId needs MicrosoftAppPassword or a certificate.');
  }
  if (c.appType !== 'MultiTenant' && c.tenantId === null) {
    problems.push(`MicrosoftAppType ${c.appType} needs MicrosoftAppTenantId.`);
  }
  return problems;
}
