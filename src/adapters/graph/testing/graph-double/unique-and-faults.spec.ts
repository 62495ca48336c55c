import { startGraphDouble, type GraphDouble } from './index';
import { client, createList, errorOf } from './test-client';

// columnDefinition.enforceUniqueValues: "Enforce unique values in the column" (the column must be
// indexed) — https://learn.microsoft.com/graph/api/resources/columndefinition
describe('graph double: columns that enforce unique values', () => {
  let double: GraphDouble;
  let api: ReturnType<typeof client>;
  let items: string;
  let listId: string;
  beforeEach(async () => {
    double = await startGraphDouble();
    api = client(double);
    listId = await createList(api, 's1', 'Keys', [
      { name: 'Key', text: {}, indexed: true, enforceUniqueValues: true },
      { name: 'Note', text: {} },
    ]);
    items = `/sites/s1/lists/${listId}/items`;
  });
  afterEach(() => double.close());

  it('refuses a second item with the same value with 409 and keeps the first', async () => {
    expect((await api.post(items, { fields: { Key: 'a' } })).status).toBe(201);
    const second = await api.post(items, { fields: { Key: 'a', Note: 'x' } });
    expect(second.status).toBe(409);
    expect(errorOf(second).message).toMatch(/duplicate values/);
    expect(double.state.findList('s1', 'Keys')?.items.size).toBe(1);
  });

  it('refuses an update that takes another item’s value, but an item may keep its own', async () => {
    const a = (await api.post(items, { fields: { Key: 'a' } })).body['id'] as string;
    await api.post(items, { fields: { Key: 'b' } });
    expect((await api.patch(`${items}/${a}/fields`, { Key: 'b' })).status).toBe(409);
    expect((await api.patch(`${items}/${a}/fields`, { Key: 'a', Note: 'n' })).status).toBe(200);
  });

  it('does not compare empty values', async () => {
    expect((await api.post(items, { fields: { Note: '1' } })).status).toBe(201);
    expect((await api.post(items, { fields: { Note: '2' } })).status).toBe(201);
  });

  it('allows unique values only on an indexed column', async () => {
    const refused = await api.post(`/sites/s1/lists/${listId}/columns`, {
      name: 'Loose',
      text: {},
      enforceUniqueValues: true,
    });
    expect(refused.status).toBe(400);
    const columns = await api.get(`/sites/s1/lists/${listId}/columns`);
    const key = (columns.body['value'] as Record<string, unknown>[]).find(
      (c) => c['name'] === 'Key',
    );
    expect(key).toMatchObject({ indexed: true, enforceUniqueValues: true });
  });

  it('turns unique values on with PATCH only when the values are unique already', async () => {
    await api.post(items, { fields: { Key: 'a', Note: 'same' } });
    await api.post(items, { fields: { Key: 'b', Note: 'same' } });
    const column = `/sites/s1/lists/${listId}/columns/Note`;
    const refused = await api.patch(column, { indexed: true, enforceUniqueValues: true });
    expect(refused.status).toBe(409);
    expect((await api.patch(column, { indexed: true })).status).toBe(200);
  });
});

// Throttling and failures of single requests inside a batch: "Individual requests can be
// throttled" and each has its own status — https://learn.microsoft.com/graph/json-batching,
// https://learn.microsoft.com/graph/throttling
describe('graph double: injected failures', () => {
  let double: GraphDouble;
  let api: ReturnType<typeof client>;
  let items: string;
  beforeEach(async () => {
    double = await startGraphDouble();
    api = client(double);
    const id = await createList(api, 's1', 'Things', [{ name: 'Key', text: {}, indexed: true }]);
    items = `/sites/s1/lists/${id}/items`;
  });
  afterEach(() => double.close());

  it('fails the matching request inside a $batch only, with Retry-After, the given times', async () => {
    double.failRequests({ method: 'POST', path: /items$/, status: 429, retryAfterSeconds: 2 });
    const batch = await api.post('/$batch', {
      requests: [1, 2].map((n) => ({
        id: String(n),
        method: 'POST',
        url: items,
        headers: { 'Content-Type': 'application/json' },
        body: { fields: { Key: `k${n}` } },
      })),
    });
    expect(batch.status).toBe(200);
    const responses = batch.body['responses'] as {
      id: string;
      status: number;
      headers: Record<string, string>;
    }[];
    const byId = new Map(responses.map((r) => [r.id, r]));
    expect(byId.get('1')?.status).toBe(429);
    expect(byId.get('1')?.headers['Retry-After']).toBe('2');
    expect(byId.get('2')?.status).toBe(201);
  });

  it('fails top-level requests that match, and leaves others alone', async () => {
    double.failRequests({ method: 'GET', path: /items$/, status: 503, times: 2 });
    expect((await api.post(items, { fields: { Key: 'a' } })).status).toBe(201);
    expect((await api.get(items)).status).toBe(503);
    expect((await api.get(items)).status).toBe(503);
    expect((await api.get(items)).status).toBe(200);
  });
});
