import { randomUUID } from 'node:crypto';
import {
  GRAPH_ORIGIN,
  graphClientForDouble,
  startGraphDouble,
  type GraphDouble,
} from '../testing/graph-double';
import { verifyIntranetPage } from './verify-intranet';
import { runVerifyTenant } from './verify-tenant-cli';

const site = () => `kainuu.sharepoint.com,${randomUUID()},${randomUUID()}`;
const NOW = new Date('2026-11-24T07:15:00.000Z');

describe('verify:tenant, the intranet page (on the Graph double)', () => {
  let graph: GraphDouble;
  beforeEach(async () => {
    graph = await startGraphDouble({ publicBaseUrl: GRAPH_ORIGIN });
  });
  afterEach(() => graph.close());

  it('creates, publishes and deletes a throw-away page with its chart', async () => {
    const intranet = site();
    const lines: string[] = [];
    let seenPublished = false;
    const client = graphClientForDouble(graph);
    const ok = await verifyIntranetPage(client, intranet, NOW, (line) => {
      lines.push(line);
      if (line.includes('intranet page published')) {
        seenPublished = graph.state.pages.ofSite(intranet).length === 1;
      }
    });
    expect(ok).toBe(true);
    expect(seenPublished).toBe(true);
    expect(lines).toEqual([
      `verify:tenant: publishing a throw-away page "rake-verify-20261124t071500z.aspx" on intranet site ${intranet}`,
      'verify:tenant: intranet page published at https://kainuu.sharepoint.com/SitePages/rake-verify-20261124t071500z.aspx',
      'verify:tenant: intranet page and its chart deleted.',
    ]);
    expect(graph.state.pages.ofSite(intranet)).toEqual([]);
    const files = graph.state.drives.ofSite(intranet).flatMap((d) => [...d.files.values()]);
    expect(files).toEqual([]);
  });

  it('fails, saying why, when SharePoint refuses the page', async () => {
    graph.failRequests({ method: 'POST', path: /\/pages$/, status: 403 });
    const lines: string[] = [];
    const ok = await verifyIntranetPage(graphClientForDouble(graph), site(), NOW, (l) =>
      lines.push(l),
    );
    expect(ok).toBe(false);
    expect(lines.at(-1)).toMatch(/^verify:tenant: intranet page FAILED: SharePoint refused/);
  });

  it('runs after the contracts when RAKE_INTRANET_SITE_ID is set, and fails the run when it fails', async () => {
    const env = {
      RAKE_SHAREPOINT_SITE_ID: site(),
      RAKE_INTRANET_SITE_ID: site(),
      AAD_APP_CLIENT_ID: randomUUID(),
      AAD_APP_TENANT_ID: randomUUID(),
      AAD_APP_CLIENT_SECRET: 'not-a-real-secret',
    };
    const run = (lines: string[]) =>
      runVerifyTenant({
        env,
        print: (line) => lines.push(line),
        graphClient: graphClientForDouble(graph),
        now: () => NOW,
        runContracts: () => Promise.resolve(0),
      });
    const passed: string[] = [];
    expect(await run(passed)).toBe(0);
    expect(passed).toContain('verify:tenant: intranet page and its chart deleted.');

    graph.failRequests({ method: 'POST', path: /\/pages$/, status: 403 });
    const failed: string[] = [];
    expect(await run(failed)).toBe(1);
    expect(failed.at(-1)).toMatch(/^verify:tenant: deleted \d+ list\(s\)\.$/);
  }, 30_000);
});
