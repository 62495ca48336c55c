import { startGraphDouble, type GraphDouble, MAX_BATCH_REQUESTS } from './index';
import { client, createList, errorOf } from './test-client';

// "Combine multiple HTTP requests using JSON batching" (https://learn.microsoft.com/graph/json-batching):
// POST /$batch with { requests: [{ id, method, url, headers, body, dependsOn }] } — up to 20
// requests; each answer carries its own id and status; a body needs a Content-Type header;
// ids must be unique; a request whose dependency fails answers 424 Failed Dependency.
describe('graph double: JSON $batch', () => {
  let double: GraphDouble;
  let api: ReturnType<typeof client>;
  let items: string;
  beforeEach(async () => {
    double = await startGraphDouble();
    api = client(double);
    const id = await createList(api, 's1', 'Observations', [
      { name: 'Status', text: {}, indexed: true },
    ]);
    items = `/sites/s1/lists/${id}/items`;
  });
  afterEach(() => double.close());

  const create = (id: string, status: string, dependsOn?: string[]) => ({
    id,
    method: 'POST',
    url: items,
    headers: { 'Content-Type': 'application/json' },
    body: { fields: { Status: status } },
    ...(dependsOn ? { dependsOn } : {}),
  });

  it('runs up to 20 requests and answers each with its own status', async () => {
    const requests = Array.from({ length: MAX_BATCH_REQUESTS }, (_, i) =>
      create(String(i + 1), `s${i}`),
    );
    const reply = await api.post('/$batch', { requests });
    expect(reply.status).toBe(200);
    const responses = reply.body['responses'] as {
      id: string;
      status: number;
      body: { id: string };
    }[];
    expect(responses).toHaveLength(20);
    expect(responses.every((r) => r.status === 201)).toBe(true);
    expect(new Set(responses.map((r) => r.id)).size).toBe(20);
    expect(double.state.findList('s1', 'Observations')?.items.size).toBe(20);
  });

  it('refuses more than 20 requests with 400 and runs none of them', async () => {
    const requests = Array.from({ length: MAX_BATCH_REQUESTS + 1 }, (_, i) =>
      create(String(i + 1), 'x'),
    );
    const reply = await api.post('/$batch', { requests });
    expect(reply.status).toBe(400);
    expect(errorOf(reply)).toMatchObject({ code: expect.any(String), message: expect.any(String) });
    expect(double.state.findList('s1', 'Observations')?.items.size).toBe(0);
  });

  it('refuses duplicate ids, a body without Content-Type and a dependsOn to an unknown id', async () => {
    expect(
      (await api.post('/$batch', { requests: [create('1', 'a'), create('1', 'b')] })).status,
    ).toBe(400);
    const noType = { id: '1', method: 'POST', url: items, body: { fields: {} } };
    expect((await api.post('/$batch', { requests: [noType] })).status).toBe(400);
    expect((await api.post('/$batch', { requests: [create('1', 'a', ['9'])] })).status).toBe(400);
  });

  it('honours dependsOn: a request after a failed one answers 424', async () => {
    const reply = await api.post('/$batch', {
      requests: [
        create('1', 'first'),
        { ...create('2', 'bad'), body: { fields: { Unknown: 1 } }, dependsOn: ['1'] },
        create('3', 'third', ['2']),
        { id: '4', method: 'GET', url: `${items}?$expand=fields`, dependsOn: ['1'] },
      ],
    });
    const byId = Object.fromEntries(
      (reply.body['responses'] as { id: string; status: number; body?: unknown }[]).map((r) => [
        r.id,
        r,
      ]),
    );
    expect(byId['1']?.status).toBe(201);
    expect(byId['2']?.status).toBe(400);
    expect(byId['3']?.status).toBe(424);
    expect(byId['4']?.status).toBe(200);
    expect((byId['4']?.body as { value: unknown[] }).value).toHaveLength(1);
  });

  it('accepts urls with or without the leading slash and carries If-Match into the request', async () => {
    const created = await api.post(items, { fields: { Status: 'new' } });
    const id = created.body['id'] as string;
    await api.patch(`${items}/${id}/fields`, { Status: 'moved' });
    const reply = await api.post('/$batch', {
      requests: [
        {
          id: 'a',
          method: 'PATCH',
          url: `${items.slice(1)}/${id}/fields`,
          headers: { 'Content-Type': 'application/json', 'If-Match': created.body['eTag'] },
          body: { Status: 'stale write' },
        },
      ],
    });
    expect((reply.body['responses'] as { status: number }[])[0]?.status).toBe(412);
    expect((await api.get(`${items}/${id}/fields`)).body['Status']).toBe('moved');
  });

  it('logs the batch and every request inside it', async () => {
    double.state.requestLog.length = 0;
    await api.post('/$batch', { requests: [create('1', 'a'), create('2', 'b')] });
    expect(double.state.requestLog.map((e) => [e.method, e.status])).toEqual([
      ['POST', 201],
      ['POST', 201],
      ['POST', 200],
    ]);
  });
});
