import { startGraphDouble, type GraphDouble } from './index';
import { client, createList, errorOf } from './test-client';

// List items: "Create a new item in a list", "Get listItem", "Update listItem", "Delete an item
// from a list" — https://learn.microsoft.com/graph/api/listitem-create,
// https://learn.microsoft.com/graph/api/listitem-get, https://learn.microsoft.com/graph/api/listitem-update,
// https://learn.microsoft.com/graph/api/listitem-delete
describe('graph double: list items and eTags', () => {
  let double: GraphDouble;
  let api: ReturnType<typeof client>;
  let items: string;
  beforeEach(async () => {
    double = await startGraphDouble();
    api = client(double);
    const id = await createList(api, 's1', 'Observations', [
      { name: 'Status', text: {}, indexed: true },
      { name: 'Area', text: {} },
    ]);
    items = `/sites/s1/lists/${id}/items`;
  });
  afterEach(() => double.close());

  it('creates an item (201) with id, eTag and @odata.etag on the item and on its fields', async () => {
    const created = await api.post(items, { fields: { Title: 'a', Status: 'new' } });
    expect(created.status).toBe(201);
    const etag = created.body['eTag'];
    expect(etag).toMatch(/^"[0-9a-f-]{36},1"$/);
    expect(created.body['@odata.etag']).toBe(etag);
    expect(created.body['fields']).toMatchObject({
      '@odata.etag': etag,
      Title: 'a',
      Status: 'new',
    });
  });

  it('GET an item returns fields only with $expand=fields, and /fields returns the fieldValueSet', async () => {
    const id = (await api.post(items, { fields: { Status: 'new' } })).body['id'] as string;
    expect((await api.get(`${items}/${id}`)).body['fields']).toBeUndefined();
    expect((await api.get(`${items}/${id}?$expand=fields`)).body['fields']).toMatchObject({
      Status: 'new',
    });
    const fields = await api.get(`${items}/${id}/fields`);
    expect(fields.body).toMatchObject({ Status: 'new', '@odata.etag': expect.any(String) });
  });

  it('refuses an unknown field with 400 and writes nothing', async () => {
    const reply = await api.post(items, { fields: { Nope: 1 } });
    expect(reply.status).toBe(400);
    expect(errorOf(reply).code).toBe('invalidRequest');
    expect(double.state.findList('s1', 'Observations')?.items.size).toBe(0);
  });

  // Update listItem: "if-match: etag. If this request header is included and the eTag provided
  // does not match the current eTag on the item, a 412 Precondition Failed response is returned
  // and the item will not be updated." https://learn.microsoft.com/graph/api/listitem-update
  it('PATCH /fields with the current eTag updates and bumps the eTag', async () => {
    const created = await api.post(items, { fields: { Status: 'new' } });
    const id = created.body['id'] as string;
    const updated = await api.patch(
      `${items}/${id}/fields`,
      { Status: 'review' },
      {
        'If-Match': created.body['eTag'] as string,
      },
    );
    expect(updated.status).toBe(200);
    expect(updated.body['Status']).toBe('review');
    expect(updated.body['@odata.etag']).toMatch(/,2"$/);
  });

  it('PATCH with a stale eTag answers 412 and changes nothing', async () => {
    const created = await api.post(items, { fields: { Status: 'new' } });
    const id = created.body['id'] as string;
    const stale = created.body['eTag'] as string;
    await api.patch(`${items}/${id}/fields`, { Status: 'review' }, { 'If-Match': stale });

    const refused = await api.patch(
      `${items}/${id}/fields`,
      { Status: 'closed' },
      {
        'If-Match': stale,
      },
    );
    expect(refused.status).toBe(412);
    expect(errorOf(refused)).toMatchObject({
      code: expect.any(String),
      message: expect.any(String),
    });
    const refusedItem = await api.patch(
      `${items}/${id}`,
      { fields: { Status: 'closed' } },
      {
        'If-Match': stale,
      },
    );
    expect(refusedItem.status).toBe(412);
    const now = await api.get(`${items}/${id}/fields`);
    expect(now.body['Status']).toBe('review');
    expect(now.body['@odata.etag']).toMatch(/,2"$/);
  });

  it('If-Match: * and no If-Match both update', async () => {
    const id = (await api.post(items, { fields: { Status: 'new' } })).body['id'] as string;
    expect(
      (await api.patch(`${items}/${id}/fields`, { Status: 'a' }, { 'If-Match': '*' })).status,
    ).toBe(200);
    const viaItem = await api.patch(`${items}/${id}`, { fields: { Status: 'b' } });
    expect(viaItem.status).toBe(200);
    expect(viaItem.body).toMatchObject({
      fields: { Status: 'b' },
      eTag: expect.stringMatching(/,3"$/),
    });
  });

  it('DELETE honours If-Match, answers 204, then the item is 404', async () => {
    const created = await api.post(items, { fields: { Status: 'new' } });
    const id = created.body['id'] as string;
    await api.patch(`${items}/${id}/fields`, { Status: 'x' });
    expect(
      (await api.delete(`${items}/${id}`, { 'If-Match': created.body['eTag'] as string })).status,
    ).toBe(412);
    expect((await api.delete(`${items}/${id}`)).status).toBe(204);
    const gone = await api.get(`${items}/${id}`);
    expect(gone.status).toBe(404);
    expect(errorOf(gone).code).toBe('itemNotFound');
  });

  it('refuses writing a read-only field', async () => {
    const reply = await api.post(items, { fields: { Created: '2020-01-01T00:00:00Z' } });
    expect(reply.status).toBe(400);
  });
});
