import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { LIST_SPECS } from '../list-schema';
import { GRAPH_ORIGIN, graphClientForDouble, startGraphDouble } from '../testing/graph-double';
import { missingForTenant, runVerifyTenant } from './verify-tenant-cli';
import { VERIFY_PREFIX_VARIABLE, verifyPrefix } from './verify-prefix';

const ROOT = resolve(__dirname, '..', '..', '..', '..');

describe('npm run verify:tenant', () => {
  it('without a site and credentials says it skipped, and why, and exits 0', () => {
    const tsx = resolve(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const cli = resolve(__dirname, 'verify-tenant-cli.ts');
    // An empty environment: nothing of the developer's settings leaks in.
    const run = spawnSync(process.execPath, [tsx, cli], { cwd: ROOT, env: {}, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      'verify:tenant skipped: no SharePoint site and credentials in the environment.\n' +
        'Missing: RAKE_SHAREPOINT_SITE_ID; AAD_APP_CLIENT_ID; AAD_APP_TENANT_ID; ' +
        'RAKE_GRAPH_CERTIFICATE_PATH + RAKE_GRAPH_CERTIFICATE_THUMBPRINT or AAD_APP_CLIENT_SECRET.\n',
    );
  }, 30_000);

  it('needs only what is missing, and a certificate needs both of its variables', () => {
    expect(
      missingForTenant({
        RAKE_SHAREPOINT_SITE_ID: 'x',
        AAD_APP_CLIENT_ID: 'y',
        AAD_APP_TENANT_ID: 'z',
        RAKE_GRAPH_CERTIFICATE_PATH: '/c.pem',
      }),
    ).toEqual([
      'RAKE_GRAPH_CERTIFICATE_PATH + RAKE_GRAPH_CERTIFICATE_THUMBPRINT or AAD_APP_CLIENT_SECRET',
    ]);
    expect(
      missingForTenant({
        RAKE_SHAREPOINT_SITE_ID: 'x',
        AAD_APP_CLIENT_ID: 'y',
        AAD_APP_TENANT_ID: 'z',
        AAD_APP_CLIENT_SECRET: 's',
      }),
    ).toEqual([]);
  });

  it('names its lists with a unique, dated prefix', () => {
    expect(verifyPrefix(new Date('2026-11-24T07:15:00.123Z'))).toBe(
      'RAKE verify 20261124T071500Z ',
    );
  });

  describe('with a site and credentials (on the Graph double, the contract run stubbed)', () => {
    const siteId = `contoso.sharepoint.com,${randomUUID()},${randomUUID()}`;
    const env = {
      RAKE_SHAREPOINT_SITE_ID: siteId,
      AAD_APP_CLIENT_ID: randomUUID(),
      AAD_APP_TENANT_ID: randomUUID(),
      AAD_APP_CLIENT_SECRET: 'not-a-real-secret',
    };

    it.each([0, 1])(
      'provisions throw-away lists, hands their prefix to the contract run (exit %i) and deletes only them',
      async (contractExit) => {
        const graph = await startGraphDouble({ publicBaseUrl: GRAPH_ORIGIN });
        try {
          const graphClient = graphClientForDouble(graph);
          await graphClient.api(`/sites/${siteId}/lists`).post({ displayName: 'Documents' });
          const lines: string[] = [];
          let listsDuringRun: string[] = [];
          const code = await runVerifyTenant({
            env,
            print: (line) => lines.push(line),
            graphClient,
            now: () => new Date('2026-11-24T07:15:00.000Z'),
            runContracts: async (runEnv) => {
              expect(runEnv[VERIFY_PREFIX_VARIABLE]).toBe('RAKE verify 20261124T071500Z ');
              listsDuringRun = [...(graph.state.site(siteId)?.lists.values() ?? [])].map(
                (list) => list.displayName,
              );
              return contractExit;
            },
          });
          expect(code).toBe(contractExit);
          expect(listsDuringRun).toContain('RAKE verify 20261124T071500Z Observations');
          expect(listsDuringRun).toHaveLength(LIST_SPECS.length + 1);
          const left = [...(graph.state.site(siteId)?.lists.values() ?? [])];
          expect(left.map((list) => list.displayName)).toEqual(['Documents']);
          expect(lines.at(-1)).toBe(`verify:tenant: deleted ${LIST_SPECS.length} list(s).`);
        } finally {
          await graph.close();
        }
      },
    );
  });
});
