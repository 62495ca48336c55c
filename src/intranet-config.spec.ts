import { readIntranetConfig } from './intranet-config';

const SITE =
  'contoso.sharepoint.com,11111111-1111-4111-8111-111111111111,22222222-2222-4222-8222-222222222222';
const APP = {
  AAD_APP_CLIENT_ID: '00000000-0000-4000-8000-00000000c11e',
  AAD_APP_TENANT_ID: '00000000-0000-4000-8000-0000000007e4',
  AAD_APP_CLIENT_SECRET: 'secret',
};
const noFile = (path: string): string => {
  throw new Error(`no ${path}`);
};

describe('readIntranetConfig', () => {
  it('publishes locally beside the SQLite file unless told where', () => {
    const problems: string[] = [];
    expect(readIntranetConfig({}, noFile, problems, './data/rake.sqlite')).toEqual({
      kind: 'local',
      dir: 'data/intranet',
    });
    expect(
      readIntranetConfig({ RAKE_INTRANET_DIR: '/srv/intranet' }, noFile, problems, 'x.sqlite'),
    ).toEqual({ kind: 'local', dir: '/srv/intranet' });
    expect(problems).toEqual([]);
  });

  it('publishes to the SharePoint site with the app registration of the store', () => {
    const problems: string[] = [];
    const config = readIntranetConfig(
      {
        ...APP,
        RAKE_INTRANET_SITE_ID: SITE,
        RAKE_INTRANET_PAGE_ID: '33333333-3333-4333-8333-333333333333',
      },
      noFile,
      problems,
      'x.sqlite',
    );
    expect(problems).toEqual([]);
    expect(config).toMatchObject({
      kind: 'sharepoint',
      siteId: SITE,
      subpageId: '33333333-3333-4333-8333-333333333333',
      credentials: { clientId: APP.AAD_APP_CLIENT_ID, clientSecret: 'secret' },
    });
  });

  it('names each variable that is wrong or missing', () => {
    const problems: string[] = [];
    readIntranetConfig(
      { RAKE_INTRANET_SITE_ID: 'kaima', RAKE_INTRANET_PAGE_ID: 'etusivu' },
      noFile,
      problems,
      'x.sqlite',
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('RAKE_INTRANET_SITE_ID must be'),
        expect.stringContaining('RAKE_INTRANET_PAGE_ID must be'),
        expect.stringContaining(
          'RAKE_INTRANET_SITE_ID (publishing to SharePoint) needs AAD_APP_CLIENT_ID',
        ),
      ]),
    );
  });
});
