import { startGraphDouble, type GraphDouble } from './index';
import { client, createList, errorOf } from './test-client';

// Lists and columns: "Create a new list", "List columns in a list", "Create a columnDefinition
// in a list", https://learn.microsoft.com/graph/api/list-create,
// https://learn.microsoft.com/graph/api/list-list-columns,
// https://learn.microsoft.com/graph/api/list-post-columns
describe('graph double: lists and columns', () => {
  let double: GraphDouble;
  let api: ReturnType<typeof client>;
  beforeEach(async () => {
    double = await startGraphDouble();
    api = client(double);
  });
  afterEach(() => double.close());

  it('creates a list with columns and answers 201 with the list', async () => {
    const created = await api.post('/sites/s1/lists', {
      displayName: 'Observations',
      columns: [
        { name: 'Status', text: {}, indexed: true },
        { name: 'Score', number: {} },
      ],
      list: { template: 'genericList' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      displayName: 'Observations',
      list: { template: 'genericList' },
    });

    const lists = await api.get('/sites/s1/lists');
    expect(lists.body['value']).toEqual([expect.objectContaining({ displayName: 'Observations' })]);

    const columns = await api.get(`/sites/s1/lists/${created.body['id'] as string}/columns`);
    const names = (columns.body['value'] as { name: string; indexed: boolean }[]).map((c) => [
      c.name,
      c.indexed,
    ]);
    expect(names).toEqual(
      expect.arrayContaining([
        ['Title', false],
        ['Status', true],
        ['Score', false],
      ]),
    );
  });

  it('finds a list by displayName filter and by name in the path', async () => {
    const id = await createList(api, 's1', 'History', []);
    const found = await api.get(`/sites/s1/lists?$filter=displayName eq 'History'`);
    expect((found.body['value'] as { id: string }[]).map((l) => l.id)).toEqual([id]);
    expect((await api.get('/sites/s1/lists/History')).body['id']).toBe(id);
  });

  it('refuses a second list with the same name with 409', async () => {
    await createList(api, 's1', 'Outbox', []);
    const again = await api.post('/sites/s1/lists', { displayName: 'Outbox' });
    expect(again.status).toBe(409);
    expect(errorOf(again).code).toBe('nameAlreadyExists');
  });

  it('adds a column, refuses a duplicate, and indexes a column with PATCH', async () => {
    const id = await createList(api, 's1', 'Triage', []);
    const added = await api.post(`/sites/s1/lists/${id}/columns`, { name: 'Period', text: {} });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ name: 'Period', indexed: false, text: {} });
    expect(
      (await api.post(`/sites/s1/lists/${id}/columns`, { name: 'Period', text: {} })).status,
    ).toBe(409);
    const patched = await api.patch(`/sites/s1/lists/${id}/columns/${added.body['id'] as string}`, {
      indexed: true,
    });
    expect(patched.body).toMatchObject({ name: 'Period', indexed: true });
  });

  it('answers 404 in Graph error shape for an unknown list and an unknown site', async () => {
    const missing = await api.get('/sites/s1/lists/nope/items');
    expect(missing.status).toBe(404);
    expect(errorOf(missing)).toMatchObject({
      code: 'itemNotFound',
      innerError: expect.any(Object),
    });

    const only = await startGraphDouble({ sites: ['known'] });
    try {
      expect((await client(only).get('/sites/other/lists')).status).toBe(404);
      expect((await client(only).get('/sites/known/lists')).status).toBe(200);
    } finally {
      await only.close();
    }
  });
});
