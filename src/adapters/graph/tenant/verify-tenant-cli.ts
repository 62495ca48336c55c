import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Client } from '@microsoft/microsoft-graph-client';
import { requireSharePointConfig, SHAREPOINT_VARIABLES } from '../../../sharepoint-config';
import { appOnlyTokenProvider } from '../app-only-token';
import { createGraphClient, PATIENT } from '../graph-client';
import { describeReport, provisionLists } from '../provision';
import { siteLists } from '../site-lists';
import { INTRANET_SITE_VARIABLE, verifyIntranetPage } from './verify-intranet';
import { VERIFY_PREFIX_VARIABLE, verifyPrefix } from './verify-prefix';

type Env = Readonly<Record<string, string | undefined>>;

export type VerifyDeps = {
  readonly env: Env;
  readonly print: (line: string) => void;
  /** Runs the contract suites with the prefix in the environment; resolves to jest's exit code. */
  readonly runContracts?: (env: Env) => Promise<number>;
  readonly graphClient?: Client;
  readonly now?: () => Date;
};

const ROOT = resolve(__dirname, '..', '..', '..', '..');

/** The variables a real run needs that are not set (empty: everything is there). */
export function missingForTenant(env: Env): string[] {
  const v = SHAREPOINT_VARIABLES;
  const set = (name: string) => (env[name]?.trim() ?? '') !== '';
  const missing: string[] = [v.siteId, v.clientId, v.tenantId].filter((name) => !set(name));
  const certificate = set(v.certificatePath) && set(v.certificateThumbprint);
  if (!certificate && !set(v.clientSecret)) {
    missing.push(`${v.certificatePath} + ${v.certificateThumbprint} or ${v.clientSecret}`);
  }
  return missing;
}

function runJest(env: Env): Promise<number> {
  const jest = require.resolve('jest/bin/jest');
  const config = resolve(ROOT, 'jest.tenant.config.js');
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [jest, '--config', config, '--runInBand'], {
      cwd: ROOT,
      env: { ...env },
      stdio: 'inherit',
    });
    child.on('error', fail);
    child.on('exit', (code) => done(code ?? 1));
  });
}

/** Deletes the lists this run made (and only those: their display names carry its prefix). */
async function deleteLists(client: Client, siteId: string, prefix: string): Promise<string[]> {
  const ours = (await siteLists(client, siteId)).filter((list) =>
    list.displayName.startsWith(prefix),
  );
  for (const list of ours) await client.api(`/sites/${siteId}/lists/${list.id}`).delete();
  return ours.map((list) => list.displayName);
}

/**
 * `npm run verify:tenant`: with a site and credentials in the environment, provisions the lists
 * under a throw-away prefix, runs the port contracts against them through Graph and
 * deletes the lists again; with RAKE_INTRANET_SITE_ID too, creates, publishes and deletes a
 * throw-away intranet page. Without them it says what is missing and skips (exit 0), so it
 * can sit in any pipeline; it never pretends to have run.
 */
export async function runVerifyTenant(deps: VerifyDeps): Promise<number> {
  const { print, env } = deps;
  const missing = missingForTenant(env);
  if (missing.length > 0) {
    print('verify:tenant skipped: no SharePoint site and credentials in the environment.');
    print(`Missing: ${missing.join('; ')}.`);
    return 0;
  }
  const config = requireSharePointConfig(env, (path) => readFileSync(path, 'utf8'));
  if (!config.ok) {
    print('verify:tenant cannot run, the SharePoint settings are wrong:');
    for (const problem of config.problems) print(`  - ${problem}`);
    return 1;
  }
  const { siteId, credentials } = config.value;
  const client =
    deps.graphClient ??
    createGraphClient({ getAccessToken: appOnlyTokenProvider(credentials), ...PATIENT });
  const now = deps.now ?? (() => new Date());
  const prefix = verifyPrefix(now());
  print(`verify:tenant: provisioning throw-away lists "${prefix}…" on site ${siteId}`);
  try {
    const report = await provisionLists(client, siteId, prefix);
    for (const line of describeReport(report)) print(line);
    if (report.problems.length > 0) return 1;
    const code = await (deps.runContracts ?? runJest)({ ...env, [VERIFY_PREFIX_VARIABLE]: prefix });
    print(code === 0 ? 'verify:tenant: all contracts passed.' : 'verify:tenant: FAILED.');
    const intranetSite = env[INTRANET_SITE_VARIABLE]?.trim() ?? '';
    if (intranetSite === '') {
      print(`verify:tenant: intranet page check skipped: ${INTRANET_SITE_VARIABLE} is not set.`);
      return code;
    }
    const intranet = await verifyIntranetPage(client, intranetSite, now(), print);
    return intranet ? code : 1;
  } finally {
    const deleted = await deleteLists(client, siteId, prefix).catch((error: unknown) => {
      print(`verify:tenant: could not delete the lists "${prefix}…": ${(error as Error).message}`);
      return [];
    });
    print(`verify:tenant: deleted ${deleted.length} list(s).`);
  }
}

if (require.main === module) {
  runVerifyTenant({ env: process.env, print: (line) => console.log(line) }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
