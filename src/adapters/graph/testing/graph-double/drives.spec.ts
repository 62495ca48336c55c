import { delegatedTestToken, startGraphDouble, type GraphDouble } from './index';
import { client } from './test-client';

const SITE =
  'contoso.sharepoint.com,11111111-1111-4111-8111-111111111111,22222222-2222-4222-8222-222222222222';
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

type Drive = { id: string; name: string; webUrl: string };
type Item = { id: string; webUrl: string; size: number; sharepointIds?: Record<string, string> };

describe('graph double: document libraries and file uploads', () => {
  let double: GraphDouble;
  let api: ReturnType<typeof client>;
  beforeEach(async () => {
    double = await startGraphDouble();
    api = client(double);
  });
  afterEach(() => double.close());

  async function upload(path: string, bytes: Buffer) {
    const token = delegatedTestToken({ name: 'Eeva Editori', upn: 'eeva@kainuu.fi' });
    const response = await fetch(`${double.url}/v1.0${path}`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'image/png' },
      body: bytes,
    });
    return { status: response.status, body: (await response.json()) as Item };
  }

  async function siteAssets(): Promise<Drive> {
    const drives = (await api.get(`/sites/${SITE}/drives`)).body['value'] as Drive[];
    const assets = drives.find((d) => d.webUrl.endsWith('/SiteAssets'));
    if (assets === undefined) throw new Error('no Site Assets');
    return assets;
  }

  it('lists the default library and Site Assets, unless the site never made Site Assets', async () => {
    const drives = (await api.get(`/sites/${SITE}/drives`)).body['value'] as Drive[];
    expect(drives.map((d) => d.name)).toEqual(['Documents', 'Site Assets']);
    expect((await api.get(`/sites/${SITE}/drive`)).body['name']).toBe('Documents');

    double.state.drives.withoutSiteAssets.add('other');
    const other = (await api.get('/sites/other/drives')).body['value'] as Drive[];
    expect(other.map((d) => d.name)).toEqual(['Documents']);
  });

  it('uploads bytes by path (201), replaces them (200) and names the file by its SharePoint ids', async () => {
    const drive = await siteAssets();
    const path = `/drives/${drive.id}/root:/RAKE/vuosi-2026/kunnat.png:/content`;
    const first = await upload(path, PNG);
    expect(first.status).toBe(201);
    expect(first.body.webUrl).toBe(
      'https://contoso.sharepoint.com/SiteAssets/RAKE/vuosi-2026/kunnat.png',
    );
    expect(first.body.size).toBe(PNG.length);
    const again = await upload(path, Buffer.concat([PNG, PNG]));
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);

    const read = await api.get(
      `/drives/${drive.id}/items/${first.body.id}?$select=id,webUrl,sharepointIds`,
    );
    expect(read.body).toEqual({
      id: first.body.id,
      webUrl: first.body.webUrl,
      sharepointIds: {
        listId: expect.any(String),
        listItemUniqueId: expect.any(String),
        siteId: '11111111-1111-4111-8111-111111111111',
        webId: '22222222-2222-4222-8222-222222222222',
        siteUrl: 'https://contoso.sharepoint.com',
      },
    });
  });

  it('refuses an upload that is not bytes', async () => {
    const drive = await siteAssets();
    const reply = await api.call('PUT', `/drives/${drive.id}/root:/a.png:/content`, {
      not: 'bytes',
    });
    expect(reply.status).toBe(400);
  });

  it('deletes a folder with the files under it', async () => {
    const drive = await siteAssets();
    await upload(`/drives/${drive.id}/root:/RAKE/a/1.png:/content`, PNG);
    await upload(`/drives/${drive.id}/root:/RAKE/a/2.png:/content`, PNG);
    await upload(`/drives/${drive.id}/root:/RAKE/b/1.png:/content`, PNG);
    expect((await api.delete(`/drives/${drive.id}/root:/RAKE/a`)).status).toBe(204);
    expect(
      [...(double.state.drives.find(drive.id)?.files.values() ?? [])].map((f) => f.path),
    ).toEqual(['RAKE/b/1.png']);
    expect((await api.delete(`/drives/${drive.id}/root:/RAKE/a`)).status).toBe(404);
  });
});
