import { generateKeyPairSync } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from './config';

const noFile = (path: string): string => {
  throw new Error(`ENOENT: no such file, open '${path}'`);
};

describe('loadConfig', () => {
  it('has defaults for a plain start', () => {
    const config = loadConfig({}, noFile);
    expect(config).toEqual({
      ok: true,
      value: expect.objectContaining({
        port: 3978,
        host: '0.0.0.0',
        dbFile: './data/rake.sqlite',
        demo: false,
        auth: 'none',
        nodeEnv: null,
        county: expect.objectContaining({ id: 'kainuu' }),
      }),
    });
    expect(config.ok && existsSync(join(config.value.tabDir, '..', '..', 'package.json'))).toBe(
      true,
    );
  });

  it('reads every variable', () => {
    const config = loadConfig(
      {
        PORT: '0',
        RAKE_DB: ':memory:',
        RAKE_COUNTY: 'kymenlaakso',
        RAKE_DEMO: '1',
        RAKE_AUTH: 'dev',
        NODE_ENV: 'development',
        RAKE_DIGEST_DAYS_BEFORE: '5',
        RAKE_REMINDER_DAYS: '14',
      },
      noFile,
    );
    expect(config.ok && config.value).toMatchObject({
      digest: { daysBefore: 5, reminderDays: 14 },
      port: 0,
      dbFile: ':memory:',
      demo: true,
      auth: 'dev',
      nodeEnv: 'development',
      county: { id: 'kymenlaakso', periodScheme: 'half-years-dec' },
    });
  });

  it('listens on loopback only with dev identities', () => {
    const config = loadConfig({ RAKE_AUTH: 'dev', NODE_ENV: 'development' }, noFile);
    expect(config.ok && config.value.host).toBe('127.0.0.1');
  });

  it.each([undefined, 'production', 'staging'])(
    'refuses dev identities with NODE_ENV %p',
    (nodeEnv) => {
      const config = loadConfig({ RAKE_AUTH: 'dev', NODE_ENV: nodeEnv }, noFile);
      expect(config.ok).toBe(false);
      expect(!config.ok && config.error.join('\n')).toMatch(
        /RAKE_AUTH=dev .* NODE_ENV=development/,
      );
    },
  );

  it('turns the public form on or off over the preset with RAKE_PUBLIC_FORM, and checks it', () => {
    const on = loadConfig({ RAKE_COUNTY: 'kanta-hame', RAKE_PUBLIC_FORM: '1' }, noFile);
    expect(on.ok && on.value.county.publicForm).toBe(true);
    const off = loadConfig({ RAKE_PUBLIC_FORM: '0' }, noFile);
    expect(off.ok && off.value.county.publicForm).toBe(false);
    const unset = loadConfig({}, noFile);
    expect(unset.ok && unset.value.county.publicForm).not.toBe(true);
    expect(loadConfig({ RAKE_PUBLIC_FORM: 'yes' }, noFile)).toEqual({
      ok: false,
      error: [expect.stringContaining('RAKE_PUBLIC_FORM must be 1')],
    });
  });

  it('lists every invalid value at once, with the allowed values', () => {
    const config = loadConfig(
      { PORT: 'eighty', RAKE_COUNTY: 'lappi', RAKE_DEMO: 'yes', RAKE_AUTH: 'sso' },
      noFile,
    );
    expect(config.ok).toBe(false);
    const problems = config.ok ? [] : config.error;
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toContain('PORT must be a whole number from 0 to 65535');
    expect(problems.join('\n')).toContain(
      'RAKE_COUNTY must be one of kainuu, kymenlaakso, kanta-hame, pohde, not "lappi"',
    );
    expect(problems.join('\n')).toContain('RAKE_DEMO must be 1');
    expect(problems.join('\n')).toContain(
      'RAKE_AUTH must be dev (development identities), entra (Teams sign-in) or unset',
    );
  });

  it('defaults the digest to 3 days before a meeting and reminders to 7 days, and checks them', () => {
    const config = loadConfig({}, noFile);
    expect(config.ok && config.value.digest).toEqual({
      daysBefore: 3,
      reminderDays: 7,
      escalationDays: 14,
    });
    const wrong = loadConfig({ RAKE_DIGEST_DAYS_BEFORE: '-1', RAKE_REMINDER_DAYS: '0' }, noFile);
    expect(wrong.ok ? [] : wrong.error).toEqual([
      'RAKE_DIGEST_DAYS_BEFORE must be a whole number of days from 0 to 365, not "-1".',
      'RAKE_REMINDER_DAYS must be a whole number of days from 1 to 365, not "0".',
    ]);
  });

  it.each(['65536', '-1', '3.5'])('refuses PORT=%s', (port) => {
    expect(loadConfig({ PORT: port }, noFile).ok).toBe(false);
  });

  it('lays a JSON file of overrides over the preset', () => {
    const overrides = {
      supervisorNamedByReporter: true,
      topics: [{ id: 'housing', label: { fi: 'Asuminen', sv: 'Boende', en: 'Housing' } }],
    };
    const config = loadConfig({ RAKE_COUNTY_OVERRIDES: '/etc/rake/county.json' }, (path) => {
      expect(path).toBe('/etc/rake/county.json');
      return JSON.stringify(overrides);
    });
    expect(config.ok && config.value.county).toMatchObject({
      id: 'kainuu',
      supervisorNamedByReporter: true,
      topics: overrides.topics,
      periodScheme: 'quarters',
    });
  });

  it('explains an unreadable or invalid overrides file', () => {
    const missing = loadConfig({ RAKE_COUNTY_OVERRIDES: 'nope.json' }, noFile);
    const invalid = loadConfig({ RAKE_COUNTY_OVERRIDES: 'x.json' }, () =>
      JSON.stringify({ id: 'pohde', periodScheme: 'monthly', timeZone: 'Mars/Olympus' }),
    );
    const empty = loadConfig({ RAKE_COUNTY_OVERRIDES: 'x.json' }, () => '{"topics": []}');

    expect(!missing.ok && missing.error).toEqual([
      expect.stringContaining('cannot read JSON from nope.json'),
    ]);
    const invalidText = invalid.ok ? '' : invalid.error.join('\n');
    expect(invalidText).toContain('id');
    expect(invalidText).toContain('periodScheme');
    expect(invalidText).toContain('timeZone');
    expect(empty.ok).toBe(false);
  });
});

describe('loadConfig: Teams sign-in (RAKE_AUTH=entra)', () => {
  const TENANT = '11111111-2222-4333-8444-555555555555';
  const OTHER = '99999999-8888-4777-8666-555555555555';
  const CLIENT = 'AAAAAAAA-BBBB-4CCC-8DDD-EEEEEEEEEEEE';
  const GROUP = '12121212-3434-4565-8787-909090909090';
  const USER = '0f0e0d0c-0b0a-4908-8706-050403020100';
  const entra = (env: Record<string, string>) =>
    loadConfig(
      { RAKE_AUTH: 'entra', AAD_APP_CLIENT_ID: CLIENT, AAD_APP_TENANT_ID: TENANT, ...env },
      noFile,
    );
  const problemsOf = (config: ReturnType<typeof loadConfig>) => (config.ok ? [] : config.error);

  it('reads the Agents Toolkit names, defaulting the allowed tenants and keys to the app’s tenant', () => {
    const config = entra({ RAKE_PUBLIC_URL: 'https://rake.example.fi/tab' });
    expect(config.ok && config.value).toMatchObject({ auth: 'entra', host: '0.0.0.0' });
    expect(config.ok && config.value.entra).toEqual({
      clientId: CLIENT.toLowerCase(),
      audiences: [CLIENT.toLowerCase(), `api://rake.example.fi/${CLIENT.toLowerCase()}`],
      allowedTenants: [TENANT],
      jwksUrl: `https://login.microsoftonline.com/${TENANT}/discovery/v2.0/keys`,
      roleGroups: new Map(),
      supervisorAreas: new Map(),
    });
  });

  it('has no Entra settings in the other modes', () => {
    expect(loadConfig({}, noFile).ok && loadConfig({}, noFile)).toMatchObject({
      value: { entra: null },
    });
  });

  it('reads the tenant list, host, key URL, role groups and supervisor areas', () => {
    const config = entra({
      RAKE_ALLOWED_TENANTS: `${TENANT}, ${OTHER.toUpperCase()}`,
      RAKE_PUBLIC_HOST: 'rake.example.fi',
      RAKE_PUBLIC_URL: 'https://ignored.example.fi/',
      RAKE_JWKS_URL: 'http://127.0.0.1:4000/keys',
      RAKE_ROLE_GROUPS: `supervisor=${GROUP}, rake_member=${GROUP.toUpperCase()},admin=${OTHER}`,
      RAKE_SUPERVISOR_AREAS: `${USER}=adult_social_work|child_welfare; ${OTHER}=child_welfare`,
    });
    expect(config.ok && config.value.entra).toMatchObject({
      allowedTenants: [TENANT, OTHER],
      audiences: [CLIENT.toLowerCase(), `api://rake.example.fi/${CLIENT.toLowerCase()}`],
      jwksUrl: 'http://127.0.0.1:4000/keys',
      roleGroups: new Map([
        [GROUP, ['supervisor', 'rake_member']],
        [OTHER, ['admin']],
      ]),
      supervisorAreas: new Map([
        [USER, ['adult_social_work', 'child_welfare']],
        [OTHER, ['child_welfare']],
      ]),
    });
  });

  it('takes the host from TAB_DOMAIN, as the app package does', () => {
    const config = entra({ TAB_DOMAIN: 'Rake.Example.fi', RAKE_PUBLIC_URL: 'https://other.fi/' });
    expect(config.ok && config.value.entra?.audiences).toEqual([
      CLIENT.toLowerCase(),
      `api://rake.example.fi/${CLIENT.toLowerCase()}`,
    ]);
  });

  it('uses the common key set when several tenants may sign in', () => {
    const config = entra({ RAKE_ALLOWED_TENANTS: `${TENANT},${OTHER}` });
    expect(config.ok && config.value.entra?.jwksUrl).toBe(
      'https://login.microsoftonline.com/common/discovery/v2.0/keys',
    );
  });

  it('needs the client id and a tenant', () => {
    const problems = problemsOf(loadConfig({ RAKE_AUTH: 'entra' }, noFile));
    expect(problems).toEqual([
      expect.stringContaining('RAKE_AUTH=entra needs AAD_APP_CLIENT_ID'),
      expect.stringContaining('AAD_APP_TENANT_ID or RAKE_ALLOWED_TENANTS'),
    ]);
  });

  it('lists every invalid value at once, naming the variable', () => {
    const problems = problemsOf(
      entra({
        AAD_APP_CLIENT_ID: 'my-app',
        AAD_APP_TENANT_ID: 'contoso.onmicrosoft.com',
        RAKE_ALLOWED_TENANTS: `${TENANT},contoso`,
        RAKE_PUBLIC_HOST: 'https://rake.example.fi/',
        RAKE_JWKS_URL: 'http://keys.example.fi/keys',
        RAKE_ROLE_GROUPS: `overlord=${GROUP},supervisor=not-a-guid`,
        RAKE_SUPERVISOR_AREAS: 'someone=child_welfare',
      }),
    ).join('\n');
    for (const expected of [
      'AAD_APP_CLIENT_ID must be a GUID',
      'AAD_APP_TENANT_ID must be a GUID',
      'RAKE_ALLOWED_TENANTS must be a comma list of tenant ids (GUIDs), not "contoso"',
      'RAKE_PUBLIC_HOST must be a host name',
      'RAKE_JWKS_URL must be an https URL',
      `"overlord=${GROUP}" is not`,
      '"supervisor=not-a-guid" is not',
      '"someone=child_welfare" is not',
    ]) {
      expect(problems).toContain(expected);
    }
  });

  it('refuses supervisor areas the county does not have', () => {
    const problems = problemsOf(
      entra({ RAKE_SUPERVISOR_AREAS: `${USER}=child_welfare|moon_base` }),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^RAKE_SUPERVISOR_AREAS names service areas that kainuu does not have: moon_base/,
      ),
    ]);
  });

  it('refuses a public URL that is not a URL', () => {
    expect(problemsOf(entra({ RAKE_PUBLIC_URL: 'rake dot fi' }))).toEqual([
      expect.stringContaining('RAKE_PUBLIC_URL must be a URL'),
    ]);
  });
});

describe('loadConfig: SharePoint storage (RAKE_SHAREPOINT_SITE_ID)', () => {
  const SITE =
    'contoso.sharepoint.com,2c1f1d1e-aaaa-4bbb-8ccc-111111111111,3d2e2f2a-dddd-4eee-8fff-222222222222';
  const TENANT = '11111111-2222-4333-8444-555555555555';
  const CLIENT = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
  const base = {
    RAKE_SHAREPOINT_SITE_ID: SITE,
    AAD_APP_CLIENT_ID: CLIENT,
    AAD_APP_TENANT_ID: TENANT,
  };
  // A throw-away self-signed test certificate (public part only) and its SHA-256 thumbprint.
  const CERTIFICATE = [
    '-----BEGIN CERTIFICATE-----',
    'MIIBfTCCASOgAwIBAgIUOubrV+O2KKaETDfmI6NQb5M+yTEwCgYIKoZIzj0EAwIw',
    'FDESMBAGA1UEAwwJcmFrZS10ZXN0MB4XDTI2MTEyNDA3MjAxNFoXDTM2MTEyMTA3',
    'MjAxNFowFDESMBAGA1UEAwwJcmFrZS10ZXN0MFkwEwYHKoZIzj0CAQYIKoZIzj0D',
    'AQcDQgAEbO2gDeLG3NjpAAfhD6Yg4b/v/+w2i4G1jTUnKvKz8+acSdXetzWXDGwT',
    'r8QT70G9RPsiW7NDRbdDe9W5X9gHdaNTMFEwHQYDVR0OBBYEFP3ypUnHUiE9P0Qo',
    '5il2XyishoPJMB8GA1UdIwQYMBaAFP3ypUnHUiE9P0Qo5il2XyishoPJMA8GA1Ud',
    'EwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDSAAwRQIgNifqaXR31dk+RqZDtBMuUL44',
    'agDIDe9Ofg9uCQOfPZkCIQD/DNbAfu4bawtginn2oyGP/EXe7yAolXxlFuFitNgk',
    'pQ==',
    '-----END CERTIFICATE-----',
  ].join('\n');
  const THUMBPRINT =
    'EC:C0:E4:C0:49:27:A6:09:BA:AD:E8:87:3F:DA:AD:7B:2D:56:66:97:A6:E9:F9:C0:1B:06:AF:91:3C:0A:04:62';
  const privateKey = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
    .privateKey.export({ type: 'pkcs8', format: 'pem' })
    .toString();
  const pemFile = (path: string) => {
    expect(path).toBe('/secrets/graph.pem');
    return `${privateKey}${CERTIFICATE}\n`;
  };
  const problemsOf = (config: ReturnType<typeof loadConfig>) => (config.ok ? [] : config.error);

  it('uses SQLite when no site id is set', () => {
    const config = loadConfig({ AAD_APP_CLIENT_SECRET: 'ignored' }, noFile);
    expect(config.ok && config.value.sharePoint).toBeNull();
  });

  it('reads the site, the default prefix and a client secret', () => {
    const config = loadConfig({ ...base, AAD_APP_CLIENT_SECRET: 's3cret' }, noFile);
    expect(config.ok && config.value.sharePoint).toEqual({
      siteId: SITE,
      listPrefix: 'RAKE ',
      credentials: {
        tenantId: TENANT,
        clientId: CLIENT,
        certificate: null,
        clientSecret: 's3cret',
      },
    });
  });

  it('reads a certificate (preferred), its thumbprint in any notation, and the prefix as written', () => {
    const config = loadConfig(
      {
        ...base,
        RAKE_GRAPH_CERTIFICATE_PATH: '/secrets/graph.pem',
        RAKE_GRAPH_CERTIFICATE_THUMBPRINT: THUMBPRINT.toLowerCase(),
        RAKE_SHAREPOINT_LIST_PREFIX: 'Sosraportointi ',
      },
      pemFile,
    );
    expect(config.ok && config.value.sharePoint).toEqual({
      siteId: SITE,
      listPrefix: 'Sosraportointi ',
      credentials: {
        tenantId: TENANT,
        clientId: CLIENT,
        certificate: {
          privateKey: privateKey.trim(),
          thumbprintSha256: THUMBPRINT.replace(/:/g, ''),
          x5c: CERTIFICATE,
        },
        clientSecret: null,
      },
    });
  });

  it('names every missing credential when only the site id is set', () => {
    expect(problemsOf(loadConfig({ RAKE_SHAREPOINT_SITE_ID: SITE }, noFile))).toEqual([
      'RAKE_SHAREPOINT_SITE_ID (SharePoint storage) needs AAD_APP_CLIENT_ID, the client id of the app that may use the site.',
      'RAKE_SHAREPOINT_SITE_ID (SharePoint storage) needs AAD_APP_TENANT_ID, the tenant id the app-only token is issued in.',
      'RAKE_SHAREPOINT_SITE_ID (SharePoint storage) needs a credential for Microsoft Graph: ' +
        'RAKE_GRAPH_CERTIFICATE_PATH + RAKE_GRAPH_CERTIFICATE_THUMBPRINT (a certificate, preferred) or AAD_APP_CLIENT_SECRET.',
    ]);
  });

  it('refuses a site URL, half a certificate and a thumbprint that is not SHA-256', () => {
    const problems = problemsOf(
      loadConfig(
        {
          ...base,
          RAKE_SHAREPOINT_SITE_ID: 'https://contoso.sharepoint.com/sites/rake',
          RAKE_GRAPH_CERTIFICATE_PATH: '/secrets/graph.pem',
        },
        pemFile,
      ),
    ).join('\n');
    expect(problems).toContain(
      'RAKE_SHAREPOINT_SITE_ID must be Graph\'s site id "<host>,<site collection id>,<web id>"',
    );
    expect(problems).toContain(
      'RAKE_GRAPH_CERTIFICATE_PATH and RAKE_GRAPH_CERTIFICATE_THUMBPRINT go together',
    );
    const sha1 = problemsOf(
      loadConfig(
        {
          ...base,
          RAKE_GRAPH_CERTIFICATE_PATH: '/secrets/graph.pem',
          RAKE_GRAPH_CERTIFICATE_THUMBPRINT: 'AB'.repeat(20),
        },
        pemFile,
      ),
    );
    expect(sha1).toEqual([expect.stringContaining("must be the certificate's SHA-256 thumbprint")]);
  });

  it('refuses a certificate file without a private key, or whose certificate has another thumbprint', () => {
    const cert = { ...base, RAKE_GRAPH_CERTIFICATE_PATH: '/secrets/graph.pem' };
    const noKey = loadConfig(
      { ...cert, RAKE_GRAPH_CERTIFICATE_THUMBPRINT: THUMBPRINT },
      () => CERTIFICATE,
    );
    expect(problemsOf(noKey)).toEqual([
      'RAKE_GRAPH_CERTIFICATE_PATH: /secrets/graph.pem holds no unencrypted PEM private key (-----BEGIN PRIVATE KEY-----).',
    ]);
    const other = loadConfig(
      { ...cert, RAKE_GRAPH_CERTIFICATE_THUMBPRINT: 'AB'.repeat(32) },
      pemFile,
    );
    expect(problemsOf(other)).toEqual([
      expect.stringContaining(
        `is not the SHA-256 thumbprint of the certificate in /secrets/graph.pem (that is ${THUMBPRINT.replace(/:/g, '')})`,
      ),
    ]);
    const unreadable = loadConfig(
      { ...cert, RAKE_GRAPH_CERTIFICATE_THUMBPRINT: THUMBPRINT },
      noFile,
    );
    expect(problemsOf(unreadable)).toEqual([
      expect.stringContaining('RAKE_GRAPH_CERTIFICATE_PATH: cannot read /secrets/graph.pem'),
    ]);
  });

  it('says a wrong client id once when Teams sign-in checks it too', () => {
    const problems = problemsOf(
      loadConfig(
        { ...base, AAD_APP_CLIENT_ID: 'my-app', AAD_APP_CLIENT_SECRET: 'x', RAKE_AUTH: 'entra' },
        noFile,
      ),
    );
    expect(problems.filter((p) => p.startsWith('AAD_APP_CLIENT_ID must be a GUID'))).toHaveLength(
      1,
    );
  });
});

describe('loadConfig: rate limits and trusted proxies (issue 9)', () => {
  it('defaults to 120 filings and 600 other calls a minute per user, 300 unsigned per address, no proxy', () => {
    const config = loadConfig({}, noFile);
    expect(config.ok && config.value.http).toEqual({
      rateLimits: { filingsPerMinute: 120, userPerMinute: 600, anonymousPerMinute: 300 },
      trustedProxyHops: 0,
    });
  });

  it('reads the limits and the proxy hops', () => {
    const config = loadConfig(
      {
        RAKE_RATE_FILINGS_PER_MINUTE: '30',
        RAKE_RATE_USER_PER_MINUTE: '1000',
        RAKE_RATE_ANONYMOUS_PER_MINUTE: '50',
        RAKE_TRUST_PROXY: '1',
      },
      noFile,
    );
    expect(config.ok && config.value.http).toEqual({
      rateLimits: { filingsPerMinute: 30, userPerMinute: 1000, anonymousPerMinute: 50 },
      trustedProxyHops: 1,
    });
  });

  it('refuses limits that are not whole numbers of at least 1, and more than 5 proxies', () => {
    const config = loadConfig(
      {
        RAKE_RATE_FILINGS_PER_MINUTE: '0',
        RAKE_RATE_USER_PER_MINUTE: 'lots',
        RAKE_RATE_ANONYMOUS_PER_MINUTE: '-3',
        RAKE_TRUST_PROXY: 'true',
      },
      noFile,
    );
    const problems = config.ok ? [] : config.error;
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toContain(
      'RAKE_RATE_FILINGS_PER_MINUTE must be a whole number from 1 to 1000000 (filings per user per minute), not "0".',
    );
    expect(problems.join('\n')).toContain('RAKE_RATE_USER_PER_MINUTE must be a whole number');
    expect(problems.join('\n')).toContain('RAKE_RATE_ANONYMOUS_PER_MINUTE must be a whole number');
    expect(problems.join('\n')).toContain(
      'RAKE_TRUST_PROXY must be a whole number from 0 to 5 (proxies in front of RAKE; 1 on App Service), not "true".',
    );
  });
});

describe('loadConfig: text analysis for suggestions (RAKE_TEXT_ANALYZER, issue 11)', () => {
  it('defaults to auto and reads voikko and ngram in any case', () => {
    const pick = (env: Record<string, string>) => {
      const config = loadConfig(env, noFile);
      return config.ok ? config.value.textAnalyzer : config.error;
    };
    expect(pick({})).toBe('auto');
    expect(pick({ RAKE_TEXT_ANALYZER: 'Voikko' })).toBe('voikko');
    expect(pick({ RAKE_TEXT_ANALYZER: 'ngram' })).toBe('ngram');
    expect(pick({ RAKE_TEXT_ANALYZER: 'stemmer' })).toEqual([
      expect.stringContaining('RAKE_TEXT_ANALYZER must be auto, voikko, ngram'),
    ]);
  });
});
