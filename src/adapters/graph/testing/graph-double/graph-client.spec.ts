import { PageIterator, type PageCollection } from '@microsoft/microsoft-graph-client';
import { GRAPH_ORIGIN, graphClientForDouble, startGraphDouble, type GraphDouble } from './index';

// The Graph JavaScript SDK against the double: its RetryHandler retries 429/503 after the
// Retry-After the service sends ("Microsoft Graph throttling guidance",
// https://learn.microsoft.com/graph/throttling: the SDKs' retry handlers honour Retry-After),
// and PageIterator follows @odata.nextLink ("Page through a collection using the Microsoft
// Graph SDKs", https://learn.microsoft.com/graph/sdks/paging — note: headers of the first
// request, such as Prefer, are not sent on later pages unless set again).
describe('graph double: @microsoft/microsoft-graph-client', () => {
  let double: GraphDouble;
  beforeEach(async () => {
    double = await startGraphDouble({ publicBaseUrl: GRAPH_ORIGIN });
  });
  afterEach(() => double.close());

  it('creates a list and items, and pages them with PageIterator', async () => {
    const client = graphClientForDouble(double);
    const list = (await client.api('/sites/s1/lists').post({
      displayName: 'Observations',
      columns: [{ name: 'Status', text: {}, indexed: true }],
    })) as { id: string };
    double.state.seedItems(
      's1',
      list.id,
      Array.from({ length: 25 }, (_, i) => ({ Title: `o${i}` })),
    );

    const first = (await client
      .api(`/sites/s1/lists/${list.id}/items`)
      .expand('fields')
      .top(10)
      .get()) as PageCollection;
    expect(first['@odata.nextLink']).toMatch(/^https:\/\/graph\.microsoft\.com\/v1\.0\//);
    const titles: string[] = [];
    await new PageIterator(client, first, (item: { fields: { Title: string } }) => {
      titles.push(item.fields.Title);
      return true;
    }).iterate();
    expect(titles).toHaveLength(25);
    expect(titles[24]).toBe('o24');
  });

  it('the RetryHandler waits Retry-After on 429 and 503, then succeeds', async () => {
    const client = graphClientForDouble(double, { retryDelaySeconds: 0, maxRetries: 3 });
    double.throttleNext(1, 1);
    const started = Date.now();
    const lists = (await client.api('/sites/s1/lists').get()) as { value: unknown[] };
    expect(lists.value).toEqual([]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);

    double.throttleNext(1, 1, 503);
    await client.api('/sites/s1/lists').get();
    const statuses = double.state.requestLog.map((e) => e.status);
    expect(statuses).toEqual([429, 200, 503, 200]);
  });

  it('surfaces a 412 from a stale If-Match as a GraphError with the status code', async () => {
    const client = graphClientForDouble(double);
    const list = (await client.api('/sites/s1/lists').post({ displayName: 'L' })) as { id: string };
    const item = (await client
      .api(`/sites/s1/lists/${list.id}/items`)
      .post({ fields: { Title: 'a' } })) as {
      id: string;
      eTag: string;
    };
    const fields = `/sites/s1/lists/${list.id}/items/${item.id}/fields`;
    await client.api(fields).header('If-Match', item.eTag).patch({ Title: 'b' });
    await expect(
      client.api(fields).header('If-Match', item.eTag).patch({ Title: 'c' }),
    ).rejects.toMatchObject({
      statusCode: 412,
    });
  });
});
