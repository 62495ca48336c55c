import { readFileSync } from 'node:fs';
import type { Client } from '@microsoft/microsoft-graph-client';
import { requireSharePointConfig } from '../../sharepoint-config';
import { appOnlyTokenProvider } from './app-only-token';
import { createGraphClient, PATIENT } from './graph-client';
import { describeReport, provisionLists } from './provision';

export type ProvisionCliDeps = {
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly print: (line: string) => void;
  readonly readFile?: (path: string) => string;
  /** Instead of a client with app-only tokens (tests: the Graph double). */
  readonly graphClient?: Client;
};

const USAGE = 'Usage: npm run provision [-- --dry-run]';

/**
 * `npm run provision [-- --dry-run]`: creates or mends RAKE's lists on the configured site and
 * prints what it did. Exit code 0 when the lists are as the schema says, 1 when something is
 * missing from the environment, Graph refuses, or a column needs a person's decision.
 */
export async function runProvisionCli(deps: ProvisionCliDeps): Promise<number> {
  const { print } = deps;
  const unknown = deps.argv.filter((arg) => arg !== '--dry-run');
  if (unknown.length > 0) {
    print(`Unknown argument(s): ${unknown.join(' ')}. ${USAGE}`);
    return 1;
  }
  const dryRun = deps.argv.includes('--dry-run');
  const config = requireSharePointConfig(
    deps.env,
    deps.readFile ?? ((path) => readFileSync(path, 'utf8')),
  );
  if (!config.ok) {
    print('Cannot provision the SharePoint lists:');
    for (const problem of config.problems) print(`  - ${problem}`);
    return 1;
  }
  const { siteId, listPrefix, credentials } = config.value;
  const client =
    deps.graphClient ??
    createGraphClient({ getAccessToken: appOnlyTokenProvider(credentials), ...PATIENT });
  print(
    `${dryRun ? 'Dry run: checking' : 'Provisioning'} the lists "${listPrefix}…" on site ${siteId}`,
  );
  try {
    const report = await provisionLists(client, siteId, listPrefix, { dryRun });
    for (const line of describeReport(report)) print(line);
    return report.problems.length === 0 ? 0 : 1;
  } catch (error) {
    print(`Provisioning stopped: ${(error as Error).message}`);
    print(
      'A 401/403 means the app may not manage lists on this site yet: grant it the ' +
        '"fullcontrol" role on the site for Sites.Selected (README, "Deploy to your tenant").',
    );
    return 1;
  }
}

if (require.main === module) {
  runProvisionCli({
    argv: process.argv.slice(2),
    env: process.env,
    print: (line) => console.log(line),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
