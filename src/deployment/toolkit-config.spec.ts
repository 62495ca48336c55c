import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROLES } from '../domain/policy/actor';

/**
 * The Agents Toolkit lifecycle (teamsapp.yml), the Entra manifest and the Bicep, checked
 * offline: no Azure, no toolkit, no bicep binary. What can be checked without them is that
 * the files fit together — every file named exists, every `${{VAR}}` is produced before it
 * is used, the Bicep parameters and outputs match what the toolkit passes and reads, the
 * app roles are the domain's roles, and no secret sits in a committed file.
 */

const ROOT = join(__dirname, '..', '..');
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');
const readJson = (path: string): unknown => JSON.parse(read(path));

type Step = {
  uses: string;
  with?: Record<string, unknown>;
  writeToEnvironmentFile?: Record<string, string>;
};
type Lifecycle = {
  version: string;
  environmentFolderPath?: string;
  provision: Step[];
  deploy: Step[];
  publish: Step[];
};

const lifecycle = parse(read('teamsapp.yml')) as Lifecycle;
const uses = (steps: Step[]) => steps.map((s) => s.uses);

const PLACEHOLDER = /\$\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;
const placeholders = (text: string): string[] =>
  [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))].sort();

/** The `KEY=value` lines of a dotenv file. */
function envFile(path: string): Map<string, string> {
  const entries = new Map<string, string>();
  for (const line of read(path).split('\n')) {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (match) entries.set(match[1]!, match[2]!.trim());
  }
  return entries;
}

const bicep = read('infra/azure.bicep');
const bicepOutputs = [...bicep.matchAll(/^output\s+([A-Za-z0-9_]+)\s/gm)].map((m) => m[1]!);
const bicepParams = [...bicep.matchAll(/^param\s+([A-Za-z0-9_]+)\s+\w+(\s*=)?/gm)].map((m) => ({
  name: m[1]!,
  hasDefault: m[2] !== undefined,
}));

/** Files a step reads (not the ones it writes). */
function inputFiles(step: Step): string[] {
  const w = step.with ?? {};
  const files: string[] = [];
  for (const key of ['manifestPath', 'ignoreFile']) {
    if (typeof w[key] === 'string') files.push(w[key]);
  }
  if (step.uses === 'arm/deploy') {
    for (const t of w.templates as { path: string; parameters: string }[]) {
      files.push(t.path, t.parameters);
    }
  }
  return files;
}

/** What a step makes available to later steps in the env file. */
function outputsOf(step: Step): string[] {
  const written = Object.values(step.writeToEnvironmentFile ?? {});
  if (step.uses === 'arm/deploy') written.push(...bicepOutputs);
  // aadApp/update generates the scope id when the manifest uses it and it is empty.
  if (step.uses === 'aadApp/update') written.push('AAD_APP_ACCESS_AS_USER_PERMISSION_ID');
  return written;
}

describe('teamsapp.yml', () => {
  it('is a v1.x Agents Toolkit lifecycle with a schema and the three stages', () => {
    const text = read('teamsapp.yml');
    expect(text).toMatch(
      /^# yaml-language-server: \$schema=https:\/\/aka\.ms\/m365-agents-toolkits\/v1\.\d+\/yaml\.schema\.json$/m,
    );
    const schemaVersion = /toolkits\/(v1\.\d+)\/yaml/.exec(text)?.[1];
    expect(lifecycle.version).toBe(schemaVersion);
    expect(lifecycle.environmentFolderPath).toBe('./env');
    expect(uses(lifecycle.provision)).toEqual([
      'teamsApp/create',
      'aadApp/create',
      'aadApp/create',
      'arm/deploy',
      'aadApp/update',
      'teamsApp/validateManifest',
      'teamsApp/zipAppPackage',
      'teamsApp/validateAppPackage',
      'teamsApp/update',
    ]);
    expect(uses(lifecycle.deploy)).toEqual([
      'cli/runNpmCommand',
      'cli/runNpmCommand',
      'azureAppService/zipDeploy',
    ]);
    expect(lifecycle.deploy.slice(0, 2).map((s) => s.with?.args)).toEqual(['ci', 'run build']);
    expect(uses(lifecycle.publish)).toContain('teamsApp/publishAppPackage');
  });

  it('names only files that exist', () => {
    const files = [...lifecycle.provision, ...lifecycle.deploy, ...lifecycle.publish].flatMap(
      inputFiles,
    );
    expect(files).toEqual(
      expect.arrayContaining([
        './appPackage/manifest.json',
        './aad.manifest.json',
        './infra/azure.bicep',
        './infra/azure.parameters.json',
        './.webappignore',
      ]),
    );
    expect(files.filter((f) => !existsSync(join(ROOT, f)))).toEqual([]);
  });

  it('makes every ${{VAR}} available before the step that uses it', () => {
    const env = envFile('env/.env.dev');
    const produced = new Set(lifecycle.provision.flatMap(outputsOf));
    // Set by hand in env/.env.dev (or by the toolkit itself), not by a provision step.
    const given = new Set([...env.keys()].filter((k) => !produced.has(k)));
    given.add('TEAMSFX_ENV');

    const missing: string[] = [];
    const check = (stage: string, steps: Step[], available: Set<string>) => {
      steps.forEach((step, i) => {
        // aadApp/update fills in the scope id itself before it reads the manifest.
        if (step.uses === 'aadApp/update') available.add('AAD_APP_ACCESS_AS_USER_PERMISSION_ID');
        const texts = [JSON.stringify(step.with ?? {}), ...inputFiles(step).map(read)];
        for (const name of placeholders(texts.join('\n'))) {
          if (!available.has(name)) missing.push(`${stage}[${i}] ${step.uses}: ${name}`);
        }
        for (const name of outputsOf(step)) available.add(name);
      });
      return available;
    };
    const afterProvision = check('provision', lifecycle.provision, new Set(given));
    check('deploy', lifecycle.deploy, new Set(afterProvision));
    check('publish', lifecycle.publish, new Set(afterProvision));
    expect(missing).toEqual([]);
  });

  it('fills every placeholder of the Teams app manifest', () => {
    const used = placeholders(read('appPackage/manifest.json'));
    expect(used).toEqual([
      'AAD_APP_CLIENT_ID',
      'BOT_ID',
      'TAB_DOMAIN',
      'TAB_ENDPOINT',
      'TEAMS_APP_ID',
    ]);
    const produced = new Set([
      ...lifecycle.provision.flatMap(outputsOf),
      ...envFile('env/.env.dev').keys(),
    ]);
    expect(used.filter((name) => !produced.has(name))).toEqual([]);
  });
});

describe('env files and secrets', () => {
  it('commits only non-secret placeholders', () => {
    const env = envFile('env/.env.dev');
    expect([...env.keys()].filter((k) => k.startsWith('SECRET_'))).toEqual([]);
    for (const step of lifecycle.provision) {
      for (const name of Object.values(step.writeToEnvironmentFile ?? {})) {
        // The toolkit keeps SECRET_* in env/.env.<env>.user, never in env/.env.<env>.
        if (/secret|password/i.test(name)) expect(name).toMatch(/^SECRET_/);
      }
    }
  });

  it('keeps env/.env.*.user out of git', () => {
    const ignored = read('.gitignore')
      .split('\n')
      .map((l) => l.trim());
    expect(ignored).toContain('env/.env.*.user');
  });
});

describe('infra/azure.bicep', () => {
  const parameters = (
    readJson('infra/azure.parameters.json') as { parameters: Record<string, { value: unknown }> }
  ).parameters;

  it('declares every parameter the parameters file passes, and gets every required one', () => {
    const declared = bicepParams.map((p) => p.name);
    expect(Object.keys(parameters).filter((name) => !declared.includes(name))).toEqual([]);
    const required = bicepParams.filter((p) => !p.hasDefault).map((p) => p.name);
    expect(required.filter((name) => !(name in parameters))).toEqual([]);
  });

  it('takes the secrets only as secure parameters from SECRET_ variables, into Key Vault', () => {
    const secrets: Record<string, string> = {
      botAadAppClientSecret: '${{SECRET_BOT_PASSWORD}}',
      aadAppClientSecret: '${{SECRET_AAD_APP_CLIENT_SECRET}}',
    };
    for (const [name, value] of Object.entries(secrets)) {
      expect(bicep).toMatch(
        new RegExp(
          `@secure\\(\\)\\s*\\n(@description\\([^\\n]*\\)\\s*\\n)?param ${name} string( = '')?\\n`,
        ),
      );
      expect(parameters[name]?.value).toBe(value);
    }
    // Every other value is a placeholder or a plain name, never a credential.
    for (const [name, { value }] of Object.entries(parameters)) {
      expect(typeof value === 'string' && /^[A-Za-z0-9${}_-]*$/.test(value)).toBe(true);
      if (!(name in secrets)) expect(String(value)).not.toMatch(/SECRET_/);
    }
    expect(bicep).toMatch(
      /MicrosoftAppPassword: '@Microsoft\.KeyVault\(SecretUri=\$\{botPasswordSecret\.properties\.secretUri\}\)'/,
    );
    expect(bicep).toMatch(
      /AAD_APP_CLIENT_SECRET: '@Microsoft\.KeyVault\(VaultName=\$\{keyVault\.name\};SecretName=graph-client-secret\)'/,
    );
  });

  it('writes back what the toolkit and the app package read', () => {
    expect(bicepOutputs).toEqual(
      expect.arrayContaining([
        'BOT_AZURE_APP_SERVICE_RESOURCE_ID',
        'BOT_DOMAIN',
        'BOT_ENDPOINT',
        'TAB_DOMAIN',
        'TAB_ENDPOINT',
      ]),
    );
  });

  it('configures the app with the variables it reads', () => {
    const settings = /name: 'appsettings'[\s\S]*?\n}\n/.exec(bicep)?.[0] ?? '';
    for (const name of [
      'PORT',
      'NODE_ENV',
      'RAKE_COUNTY',
      'RAKE_AUTH',
      'AAD_APP_CLIENT_ID',
      'AAD_APP_TENANT_ID',
      'RAKE_ALLOWED_TENANTS',
      'RAKE_PUBLIC_URL',
      'RAKE_TEAMS_APP_ID',
      'RAKE_DB',
      'MicrosoftAppId',
      'MicrosoftAppType',
      'MicrosoftAppTenantId',
      'MicrosoftAppPassword',
    ]) {
      expect(settings).toMatch(new RegExp(`\\b${name}:`));
    }
    expect(settings).toMatch(/RAKE_AUTH: 'entra'/);
    expect(settings).toMatch(/RAKE_TRUST_PROXY: '1'/);
    expect(settings).toMatch(/MicrosoftAppType: 'SingleTenant'/);
    expect(settings).toMatch(/RAKE_DB: '\/home\//);
    expect(bicep).toMatch(/linuxFxVersion: 'NODE\|22-lts'/);
    expect(bicep).toMatch(/httpsOnly: true/);
    expect(bicep).toMatch(/alwaysOn: true/);
    expect(bicep).toMatch(/msaAppType: 'SingleTenant'/);
    expect(bicep).toMatch(/channelName: 'MsTeamsChannel'/);
  });
});

describe('the Node the app runs on', () => {
  // App Service's Node (Node 20's end of life was 30.4.2026) must be one package.json allows,
  // so `npm ci` there installs and builds better-sqlite3 for it.
  const bicep = read('infra/azure.bicep');
  const deployed = Number(/linuxFxVersion: 'NODE\|(\d+)-lts'/.exec(bicep)?.[1]);
  const engines = (readJson('package.json') as { engines: { node: string } }).engines.node;
  const minimum = /^>=(\d+)\.(\d+)$/.exec(engines);

  it('deploys an LTS line from 22 on, which package.json allows', () => {
    expect(deployed).toBeGreaterThanOrEqual(22);
    expect(deployed % 2).toBe(0); // even majors are the LTS lines
    expect(minimum).not.toBeNull();
    expect(deployed).toBeGreaterThanOrEqual(Number(minimum?.[1]));
  });

  it('keeps Node 20.19 working for development machines', () => {
    expect(engines).toBe('>=20.19');
  });
});

describe('aad.manifest.json', () => {
  type AppRole = { value: string; id: string; allowedMemberTypes: string[]; isEnabled: boolean };
  const aad = readJson('aad.manifest.json') as {
    appRoles: AppRole[];
    identifierUris: string[];
    oauth2Permissions: { value: string; type: string }[];
    preAuthorizedApplications: { appId: string }[];
  };

  it('offers exactly the domain roles as app roles, each with its own fixed id', () => {
    expect(aad.appRoles.map((r) => r.value).sort()).toEqual([...ROLES].sort());
    const ids = aad.appRoles.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const role of aad.appRoles) {
      expect(role.id).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
      expect(role.allowedMemberTypes).toEqual(['User']);
      expect(role.isEnabled).toBe(true);
    }
  });

  it('exposes access_as_user to the Teams clients at the audience the manifest names', () => {
    expect(aad.oauth2Permissions.map((p) => [p.value, p.type])).toEqual([
      ['access_as_user', 'User'],
    ]);
    expect(aad.preAuthorizedApplications.map((a) => a.appId).sort()).toEqual([
      '1fec8e78-bce4-4aaf-ab1b-5451cc387264', // Teams desktop and mobile
      '5e3ce6c0-2b1f-4285-8d4b-75ee78787346', // Teams on the web
    ]);
    const manifest = readJson('appPackage/manifest.json') as {
      webApplicationInfo: { resource: string };
    };
    expect(aad.identifierUris).toEqual([manifest.webApplicationInfo.resource]);
  });
});
