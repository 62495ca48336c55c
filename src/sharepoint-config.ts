import { X509Certificate, createPrivateKey } from 'node:crypto';
import type { GraphCredentials } from './adapters/graph/app-only-token';
import { DEFAULT_LIST_PREFIX } from './adapters/graph/list-schema';
import { isGuid } from './entra-config';

/** The SharePoint-lists store (set exactly when RAKE_SHAREPOINT_SITE_ID is). */
export type SharePointConfig = {
  /** Graph's site id: `host,siteCollectionId,webId`. */
  readonly siteId: string;
  /** RAKE_SHAREPOINT_LIST_PREFIX: display-name prefix of the lists. */
  readonly listPrefix: string;
  readonly credentials: GraphCredentials;
};

type Env = Readonly<Record<string, string | undefined>>;
type Value = (name: string) => string | undefined;
type ReadFile = (path: string) => string;

/** The variables the SharePoint store reads (the CLIs name them when one is missing). */
export const SHAREPOINT_VARIABLES = {
  siteId: 'RAKE_SHAREPOINT_SITE_ID',
  listPrefix: 'RAKE_SHAREPOINT_LIST_PREFIX',
  clientId: 'AAD_APP_CLIENT_ID',
  tenantId: 'AAD_APP_TENANT_ID',
  clientSecret: 'AAD_APP_CLIENT_SECRET',
  certificatePath: 'RAKE_GRAPH_CERTIFICATE_PATH',
  certificateThumbprint: 'RAKE_GRAPH_CERTIFICATE_THUMBPRINT',
} as const;

const SITE_ID = /^[a-z0-9.-]+\.[a-z]+,[0-9a-f-]{36},[0-9a-f-]{36}$/i;
const SHA256_HEX = /^[0-9a-f]{64}$/i;

/**
 * Reads the SharePoint store's variables; null when RAKE_SHAREPOINT_SITE_ID is unset (then the
 * store is SQLite). Problems are pushed, each naming its variable. The certificate file is
 * read here, so a wrong path stops the start instead of the first Graph call.
 */
export function readSharePointConfig(
  env: Env,
  readFile: ReadFile,
  problems: string[],
): SharePointConfig | null {
  const value: Value = (name) => {
    const raw = env[name]?.trim();
    return raw === undefined || raw === '' ? undefined : raw;
  };
  const v = SHAREPOINT_VARIABLES;
  const siteId = value(v.siteId);
  if (siteId === undefined) return null;
  if (!SITE_ID.test(siteId)) {
    problems.push(
      `${v.siteId} must be Graph's site id "<host>,<site collection id>,<web id>" ` +
        `(GET https://graph.microsoft.com/v1.0/sites/<host>:/sites/<name>?$select=id), not "${siteId}".`,
    );
  }
  const need = `${v.siteId} (SharePoint storage) needs`;
  const clientId = value(v.clientId)?.toLowerCase();
  if (clientId === undefined) {
    problems.push(`${need} ${v.clientId}, the client id of the app that may use the site.`);
  } else if (!isGuid(clientId)) {
    problems.push(`${v.clientId} must be a GUID (the app's client id), not "${clientId}".`);
  }
  const tenantId = value(v.tenantId)?.toLowerCase();
  if (tenantId === undefined) {
    problems.push(`${need} ${v.tenantId}, the tenant id the app-only token is issued in.`);
  } else if (!isGuid(tenantId)) {
    problems.push(`${v.tenantId} must be a GUID (the directory id), not "${tenantId}".`);
  }
  const certificate = readCertificate(value, readFile, problems);
  const clientSecret = value(v.clientSecret) ?? null;
  const certificateNamed =
    value(v.certificatePath) !== undefined || value(v.certificateThumbprint) !== undefined;
  // A half or wrong certificate has its own problem above; this one is for none at all.
  if (!certificateNamed && clientSecret === null) {
    problems.push(
      `${need} a credential for Microsoft Graph: ${v.certificatePath} + ` +
        `${v.certificateThumbprint} (a certificate, preferred) or ${v.clientSecret}.`,
    );
  }
  return {
    siteId,
    // Taken as written, trailing space included: the default `RAKE ` ends in one too.
    listPrefix:
      value(v.listPrefix) === undefined
        ? DEFAULT_LIST_PREFIX
        : (env[v.listPrefix] ?? '').trimStart(),
    credentials: {
      tenantId: tenantId ?? '',
      clientId: clientId ?? '',
      certificate: certificate ?? null,
      clientSecret,
    },
  };
}

/** undefined: no certificate configured (a problem is pushed when it is half configured). */
function readCertificate(
  value: Value,
  readFile: ReadFile,
  problems: string[],
): GraphCredentials['certificate'] | undefined {
  const v = SHAREPOINT_VARIABLES;
  const path = value(v.certificatePath);
  const thumbprintText = value(v.certificateThumbprint);
  if (path === undefined && thumbprintText === undefined) return undefined;
  if (path === undefined || thumbprintText === undefined) {
    problems.push(
      `${v.certificatePath} and ${v.certificateThumbprint} go together: the PEM file with the ` +
        'private key, and the SHA-256 thumbprint of its certificate.',
    );
    return undefined;
  }
  // Thumbprints are shown with colons or spaces (`openssl x509 -fingerprint -sha256`).
  const thumbprintSha256 = thumbprintText.replace(/[\s:]/g, '').toUpperCase();
  if (!SHA256_HEX.test(thumbprintSha256)) {
    problems.push(
      `${v.certificateThumbprint} must be the certificate's SHA-256 thumbprint (64 hex digits; ` +
        '`openssl x509 -in cert.pem -noout -fingerprint -sha256`), not a SHA-1 one or ' +
        `"${thumbprintText}".`,
    );
  }
  let pem: string;
  try {
    pem = readFile(path);
  } catch (error) {
    problems.push(`${v.certificatePath}: cannot read ${path}: ${(error as Error).message}`);
    return undefined;
  }
  const privateKey =
    /-----BEGIN (?:RSA |EC )?PRIVATE KEY-----[\s\S]+?-----END (?:RSA |EC )?PRIVATE KEY-----/.exec(
      pem,
    )?.[0];
  if (privateKey === undefined || !isPrivateKey(privateKey)) {
    problems.push(
      `${v.certificatePath}: ${path} holds no unencrypted PEM private key ` +
        '(-----BEGIN PRIVATE KEY-----).',
    );
    return undefined;
  }
  const certificatePem = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(
    pem,
  )?.[0];
  if (certificatePem !== undefined && SHA256_HEX.test(thumbprintSha256)) {
    const actual = fingerprintOf(certificatePem);
    if (actual !== null && actual !== thumbprintSha256) {
      problems.push(
        `${v.certificateThumbprint} is not the SHA-256 thumbprint of the certificate in ${path} ` +
          `(that is ${actual}).`,
      );
    }
  }
  return {
    privateKey,
    thumbprintSha256,
    ...(certificatePem === undefined ? {} : { x5c: certificatePem }),
  };
}

function isPrivateKey(pem: string): boolean {
  try {
    createPrivateKey(pem);
    return true;
  } catch {
    return false;
  }
}

function fingerprintOf(certificatePem: string): string | null {
  try {
    return new X509Certificate(certificatePem).fingerprint256.replace(/:/g, '').toUpperCase();
  } catch {
    return null;
  }
}

/**
 * For the CLIs (provision, verify:tenant), which need SharePoint: the configuration, or every
 * problem — a missing site id and missing credentials are named together, so one run tells an
 * admin all that is missing.
 */
export function requireSharePointConfig(
  env: Env,
  readFile: ReadFile,
): { ok: true; value: SharePointConfig } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const siteId = env[SHAREPOINT_VARIABLES.siteId]?.trim() ?? '';
  if (siteId === '') {
    problems.push(
      `${SHAREPOINT_VARIABLES.siteId} is not set: Graph's site id "<host>,<site collection id>,<web id>" of the site that holds the lists.`,
    );
  }
  // With a stand-in site id the credentials are still checked and named.
  const standIn = siteId === '' ? { [SHAREPOINT_VARIABLES.siteId]: STAND_IN_SITE } : {};
  const config = readSharePointConfig({ ...env, ...standIn }, readFile, problems);
  return config === null || problems.length > 0
    ? { ok: false, problems }
    : { ok: true, value: config };
}

const STAND_IN_SITE =
  'stand-in.sharepoint.com,00000000-0000-0000-0000-000000000000,00000000-0000-0000-0000-000000000000';
