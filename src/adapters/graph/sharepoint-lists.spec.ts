import { randomUUID } from 'node:crypto';
import { StorageUnavailableError } from '../../ports/storage-unavailable';
import { LIST_KEYS } from './list-schema';
import { provisionLists } from './provision';
import { eq } from './odata-filter';
import {
  SharePointLists,
  writeFailure,
  type SharePointListsOptions,
  type WriteRequest,
} from './sharepoint-lists';
import {
  GRAPH_ORIGIN,
  graphClientForDouble,
  startGraphDouble,
  type GraphDouble,
} from './testing/graph-double';

const PREFIX = 'RAKE ';
let graph: GraphDouble;
beforeAll(async () => {
  graph = await startGraphDouble({ publicBaseUrl: GRAPH_ORIGIN, strictNonIndexedQueries: true });
});
afterAll(() => graph.close());

const clientFor = (maxRetries = 3) =>
  graphClientForDouble(graph, { retryDelaySeconds: 0, maxRetries });

async function openLists(
  options: SharePointListsOptions = {},
): Promise<{ lists: SharePointLists; siteId: string }> {
  const client = clientFor();
  const siteId = `contoso.sharepoint.com,${randomUUID()},${randomUUID()}`;
  await provisionLists(client, siteId, PREFIX);
  return { lists: await SharePointLists.open(client, siteId, PREFIX, options), siteId };
}

const entry = (id: string, observationId = 'o1'): WriteRequest => ({
  op: 'create',
  list: 'history',
  fields: { EntryId: id, ObservationId: observationId, At: '2026-11-24T08:00:00.000Z' },
});
const statuses = (results: readonly { ok: boolean; status?: number }[]) =>
  results.map((r) => (r.ok ? 'ok' : r.status));
/** Top-level HTTP requests only (the log also holds each request inside a `$batch`). */
const httpRequestsSince = (mark: number) =>
  graph.state.requestLog.slice(mark).filter((r) => r.url.startsWith('/v1.0')).length;

describe('SharePointLists', () => {
  it('opens only a provisioned site, and says so in the store’s terms', async () => {
    const empty = `contoso.sharepoint.com,${randomUUID()},${randomUUID()}`;
    await expect(SharePointLists.open(clientFor(), empty, PREFIX)).rejects.toMatchObject({
      name: 'StorageUnavailableError',
      reason: 'not_provisioned',
    });
  });

  it('opens every list of the schema on a provisioned site, the working group’s too', async () => {
    const { lists } = await openLists();
    for (const key of LIST_KEYS) {
      await expect(lists.page(key, { top: 1 })).resolves.toEqual({ items: [], nextLink: null });
    }
    expect(LIST_KEYS).toEqual(
      expect.arrayContaining([
        'phenomena',
        'phenomenonLinks',
        'proposals',
        'proposalHistory',
        'meetings',
        'compilations',
        'enrichments',
        'recordParts',
      ]),
    );
  });

  // "dependsOn": a request whose dependency failed answers 424 and is not run —
  // https://learn.microsoft.com/graph/json-batching#sequencing-requests-with-the-dependson-property
  it('runs a chain in one $batch and stops it at the first failure (409 on a unique key)', async () => {
    const { lists } = await openLists();
    await lists.writeOne(entry('e1'));
    const mark = graph.state.requestLog.length;
    const results = await lists.write([entry('e2'), entry('e1'), entry('e3')], 'chain');
    expect(statuses(results)).toEqual(['ok', 409, 424]);
    expect(httpRequestsSince(mark)).toBe(1);
    expect(await lists.findOne('history', eq('EntryId', 'e3'))).toBeNull();
  });

  it('sends independent writes in $batches of at most 20, each standing alone', async () => {
    const { lists } = await openLists();
    const mark = graph.state.requestLog.length;
    const requests = Array.from({ length: 45 }, (_, i) => entry(`e${i}`));
    requests.splice(30, 0, entry('e3'));
    const results = await lists.write(requests, 'independent');
    expect(httpRequestsSince(mark)).toBe(3);
    expect(results.filter((r) => r.ok)).toHaveLength(45);
    expect(statuses(results)[30]).toBe(409);
  });

  // "Individual requests inside a batch can be throttled" — https://learn.microsoft.com/graph/throttling
  it('sends again what Graph throttled inside a batch, after Retry-After, and resumes the chain there', async () => {
    const { lists } = await openLists();
    graph.failRequests({ method: 'POST', path: /items$/, status: 429, retryAfterSeconds: 1 });
    const started = Date.now();
    const results = await lists.write([entry('e1'), entry('e2')], 'chain');
    expect(statuses(results)).toEqual(['ok', 'ok']);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(await lists.collect('history', { filter: eq('ObservationId', 'o1') })).toHaveLength(2);
  });

  it('gives up on a write throttled round after round, as a throttled StorageUnavailableError', async () => {
    const { lists } = await openLists({ batchRetries: 1 });
    graph.failRequests({
      method: 'POST',
      path: /items$/,
      status: 429,
      retryAfterSeconds: 0,
      times: 2,
    });
    const [result] = await lists.write([entry('e1')], 'chain');
    expect(result).toMatchObject({ ok: false, status: 429 });
    const failure = result === undefined ? null : writeFailure(result);
    expect(failure).toBeInstanceOf(StorageUnavailableError);
    expect(failure).toMatchObject({ reason: 'throttled', retryAfterSeconds: 0 });
  });

  // A user waits for each answer: a long Retry-After is reported at once, never retried early
  // ("retrying before Retry-After … prolongs throttling", https://learn.microsoft.com/graph/throttling).
  it('reports a Retry-After longer than 10 s at once as throttled, for reads and inside a batch', async () => {
    const { lists } = await openLists();
    graph.failRequests({ method: 'GET', path: /items$/, status: 429, retryAfterSeconds: 60 });
    const started = Date.now();
    await expect(lists.page('history', {})).rejects.toMatchObject({
      reason: 'throttled',
      retryAfterSeconds: 60,
    });
    graph.failRequests({ method: 'POST', path: /items$/, status: 429, retryAfterSeconds: 60 });
    const [result] = await lists.write([entry('e1')], 'chain');
    expect(result).toMatchObject({ ok: false, status: 429, retryAfterSeconds: 60 });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  // eTags: "If-Match … 412 Precondition Failed" — https://learn.microsoft.com/graph/api/listitem-update
  it('updates with If-Match and answers 412 for a stale eTag without writing', async () => {
    const { lists } = await openLists();
    await lists.writeOne(entry('e1'));
    const item = await lists.findOne('history', eq('EntryId', 'e1'));
    if (item === null) throw new Error('not created');
    const update = (at: string) =>
      lists.writeOne({
        op: 'update',
        list: 'history',
        itemId: item.id,
        etag: item.etag,
        fields: { At: at },
      });
    const first = await update('2026-11-25T00:00:00.000Z');
    expect(first.ok && first.item?.etag).not.toBe(item.etag);
    expect(await update('2026-11-26T00:00:00.000Z')).toMatchObject({ ok: false, status: 412 });
    expect((await lists.findOne('history', eq('EntryId', 'e1')))?.fields['At']).toBe(
      '2026-11-25T00:00:00.000Z',
    );
  });

  // "@odata.nextLink" paging — https://learn.microsoft.com/graph/paging
  it('follows @odata.nextLink to the last page', async () => {
    const { lists } = await openLists();
    await lists.write(
      Array.from({ length: 7 }, (_, i) => entry(`e${i}`)),
      'independent',
    );
    const mark = graph.state.requestLog.length;
    const all = await lists.collect('history', { filter: eq('ObservationId', 'o1'), top: 3 });
    expect(all.map((item) => item.fields['EntryId']).sort()).toEqual(
      ['e0', 'e1', 'e2', 'e3', 'e4', 'e5', 'e6'].sort(),
    );
    expect(httpRequestsSince(mark)).toBe(3);
  });

  it('reads a refused request as the failure the user can act on', async () => {
    const { lists } = await openLists();
    graph.failRequests({ method: 'GET', path: /items$/, status: 403 });
    await expect(lists.page('history', {})).rejects.toMatchObject({ reason: 'denied' });
    // The SDK's RetryHandler waits out 503s; past its retries the store reports them.
    graph.failRequests({
      method: 'GET',
      path: /items$/,
      status: 503,
      retryAfterSeconds: 0,
      times: 4,
    });
    await expect(lists.page('history', {})).rejects.toMatchObject({ reason: 'unavailable' });
  });

  it('never hides our own mistakes as the service’s: a 400 stays a plain error', async () => {
    const { lists } = await openLists();
    await expect(lists.page('history', { filter: "fields/At eq 'x'" })).rejects.not.toBeInstanceOf(
      StorageUnavailableError,
    );
  });
});
