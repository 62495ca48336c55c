import { randomUUID } from 'node:crypto';
import { runProvisionCli } from './provision-cli';
import { sharePointFixture } from './testing/sharepoint-fixture';

const TENANT = '11111111-2222-4333-8444-555555555555';
const CLIENT = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';

describe('npm run provision', () => {
  const fixture = sharePointFixture();
  afterAll(() => fixture.close());

  const run = async (env: Record<string, string>, argv: string[] = []) => {
    const lines: string[] = [];
    const graph = await fixture.double();
    const code = await runProvisionCli({
      argv,
      env,
      print: (line) => lines.push(line),
      graphClient: await fixture.client(graph),
    });
    return { code, lines, graph };
  };
  const configured = () => ({
    RAKE_SHAREPOINT_SITE_ID: `contoso.sharepoint.com,${randomUUID()},${randomUUID()}`,
    AAD_APP_CLIENT_ID: CLIENT,
    AAD_APP_TENANT_ID: TENANT,
    AAD_APP_CLIENT_SECRET: 'unused-with-the-double',
  });

  it('names everything that is missing and exits 1', async () => {
    const { code, lines } = await run({});
    expect(code).toBe(1);
    expect(lines).toEqual([
      'Cannot provision the SharePoint lists:',
      expect.stringMatching(/^ {2}- RAKE_SHAREPOINT_SITE_ID is not set/),
      expect.stringContaining('needs AAD_APP_CLIENT_ID'),
      expect.stringContaining('needs AAD_APP_TENANT_ID'),
      expect.stringContaining('AAD_APP_CLIENT_SECRET'),
    ]);
  });

  it('provisions, then finds nothing to do; a dry run writes nothing', async () => {
    const env = configured();
    const dry = await run(env, ['--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.lines[0]).toMatch(/^Dry run: checking the lists "RAKE …" on site contoso/);
    expect(dry.lines).toContain('RAKE Staff: list would be created with 2 columns');

    const first = await run(env);
    expect(first.code).toBe(0);
    expect(first.lines).toContain('RAKE Staff: list created with 2 columns');

    const second = await run(env);
    expect(second.code).toBe(0);
    expect(second.lines.at(-1)).toBe('Nothing to do: every list and column is as the schema says.');
  });

  it('exits 1 when Graph refuses, with a hint about the site permission', async () => {
    const env = configured();
    (await fixture.double()).failRequests({ method: 'GET', path: /\/lists$/, status: 403 });
    const { code, lines } = await run(env);
    expect(code).toBe(1);
    expect(lines.join('\n')).toContain('Provisioning stopped');
    expect(lines.join('\n')).toContain('Sites.Selected');
  });

  it('refuses unknown arguments', async () => {
    const { code, lines } = await run(configured(), ['--force']);
    expect(code).toBe(1);
    expect(lines).toEqual([
      'Unknown argument(s): --force. Usage: npm run provision [-- --dry-run]',
    ]);
  });
});
