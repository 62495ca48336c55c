import { startGraphDouble, type GraphDouble, HONOR_NON_INDEXED } from './index';
import { client, createList, errorOf } from './test-client';

type Page = {
  value: { id: string; fields?: Record<string, unknown> }[];
  '@odata.nextLink'?: string;
};

describe('graph double: paging and the list view threshold', () => {
  let double: GraphDouble;
  let api: ReturnType<typeof client>;
  let listId: string;
  beforeEach(async () => {
    double = await startGraphDouble();
    api = client(double);
    listId = await createList(api, 's1', 'Observations', [
      { name: 'Area', text: {}, indexed: true },
      { name: 'Topic', text: {} },
      { name: 'CreatedAt', dateTime: {}, indexed: true },
    ]);
  });
  afterEach(() => double.close());

  const seed = (n: number) =>
    double.state.seedItems(
      's1',
      listId,
      Array.from({ length: n }, (_, i) => ({
        Title: `o${i}`,
        Area: i % 2 === 0 ? 'even' : 'odd',
        Topic: `t${i % 3}`,
        CreatedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
      })),
    );

  /** Follows @odata.nextLink to the end, as "Paging Microsoft Graph data" prescribes. */
  async function readAll(first: string, headers?: Record<string, string>) {
    const pages: Page[] = [];
    let next: string | undefined = first;
    while (next) {
      const reply = await api.get(next, headers);
      expect(reply.status).toBe(200);
      const page = reply.body as unknown as Page;
      pages.push(page);
      next = page['@odata.nextLink'];
    }
    return pages;
  }

  // Paging Microsoft Graph data (https://learn.microsoft.com/graph/paging): server-side paging
  // returns a default page size without $top; "@odata.nextLink" holds the URL of the next page,
  // keeps the other query parameters and a $skiptoken the client must not parse; it is absent
  // on the last page.
  it('pages by the default size and keeps returning nextLink until the end', async () => {
    seed(450);
    const pages = await readAll(`/sites/s1/lists/${listId}/items`);
    expect(pages.map((p) => p.value.length)).toEqual([200, 200, 50]);
    const ids = pages.flatMap((p) => p.value.map((v) => Number(v.id)));
    expect(ids).toEqual(Array.from({ length: 450 }, (_, i) => i + 1));
    expect(pages[2]?.['@odata.nextLink']).toBeUndefined();
  });

  // Use query parameters (https://learn.microsoft.com/graph/query-parameters): $top sets the
  // page size; the nextLink keeps the original $filter/$expand/$top and adds $skiptoken.
  it('honours $top, cuts it to the maximum page size, and carries the query in nextLink', async () => {
    seed(30);
    const first = await api.get(`/sites/s1/lists/${listId}/items?$expand=fields&$top=7`);
    const link = new URL(first.body['@odata.nextLink'] as string);
    expect(link.searchParams.get('$top')).toBe('7');
    expect(link.searchParams.get('$expand')).toBe('fields');
    expect(link.searchParams.get('$skiptoken')).toEqual(expect.any(String));
    expect((first.body['value'] as unknown[]).length).toBe(7);

    const small = await startGraphDouble({ maxPageSize: 10 });
    try {
      const smallApi = client(small);
      const id = await createList(smallApi, 's1', 'L', []);
      small.state.seedItems(
        's1',
        id,
        Array.from({ length: 25 }, () => ({})),
      );
      const page = await smallApi.get(`/sites/s1/lists/${id}/items?$top=999`);
      expect((page.body['value'] as unknown[]).length).toBe(10);
    } finally {
      await small.close();
    }
  });

  it('refuses a $skiptoken it did not issue', async () => {
    seed(5);
    const reply = await api.get(`/sites/s1/lists/${listId}/items?$skiptoken=garbage`);
    expect(reply.status).toBe(400);
    expect(errorOf(reply).code).toBe('invalidRequest');
  });

  // Large lists: SharePoint's list view threshold is 5,000 items; past it, queries must filter
  // and sort on indexed columns ("Manage large lists and libraries",
  // https://support.microsoft.com/office/manage-large-lists-and-libraries-b8588dae-9387-48c2-9248-c24122f07c59;
  // "Add an index to a list or library column",
  // https://support.microsoft.com/office/add-an-index-to-a-list-or-library-column-f3f00554-b7dc-44d1-a2ed-d477eac463b0).
  // Graph answers a non-indexed $filter/$orderby with 400 invalidRequest "Field '…' cannot be
  // referenced in filter or orderby as it is not indexed. Provide the 'Prefer:
  // HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such
  // queries may fail on large lists." (quoted from Graph's answer in
  // https://github.com/microsoftgraph/microsoft-graph-docs/issues/2279; the listItem list
  // reference is https://learn.microsoft.com/graph/api/listitem-list).
  it('pages 5,100 items filtered and sorted on indexed columns to the end', async () => {
    seed(5100);
    const first =
      `/sites/s1/lists/${listId}/items?$expand=fields` +
      `&$filter=fields/Area eq 'even'&$orderby=fields/CreatedAt desc&$top=1000`;
    const pages = await readAll(first);
    expect(pages.map((p) => p.value.length)).toEqual([1000, 1000, 550]);
    const dates = pages.flatMap((p) => p.value.map((v) => v.fields?.['CreatedAt'] as string));
    expect(dates).toHaveLength(2550);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(pages.every((p) => p.value.every((v) => v.fields?.['Area'] === 'even'))).toBe(true);
  });

  it('refuses a non-indexed $filter or $orderby past 5,000 items, unless Prefer lets it through', async () => {
    seed(5100);
    const base = `/sites/s1/lists/${listId}/items?$expand=fields`;
    const filtered = await api.get(`${base}&$filter=fields/Topic eq 't1'`);
    expect(filtered.status).toBe(400);
    expect(errorOf(filtered)).toMatchObject({
      code: 'invalidRequest',
      message: expect.stringContaining(
        "Field 'Topic' cannot be referenced in filter or orderby as it is not indexed",
      ),
    });
    const sorted = await api.get(`${base}&$orderby=fields/Topic`);
    expect(sorted.status).toBe(400);

    const allowed = await readAll(`${base}&$filter=fields/Topic eq 't1'&$top=5000`, {
      Prefer: HONOR_NON_INDEXED,
    });
    expect(allowed.flatMap((p) => p.value)).toHaveLength(1700);
  });

  // Real Graph refuses a non-indexed filter even on a small list (issue 2279 above); the
  // double does too with strictNonIndexedQueries.
  it('with strictNonIndexedQueries refuses a non-indexed filter on a small list too', async () => {
    const strict = await startGraphDouble({ strictNonIndexedQueries: true });
    try {
      const strictApi = client(strict);
      const id = await createList(strictApi, 's1', 'L', [{ name: 'Topic', text: {} }]);
      strict.state.seedItems('s1', id, [{ Topic: 'a' }]);
      const url = `/sites/s1/lists/${id}/items?$filter=fields/Topic eq 'a'`;
      expect((await strictApi.get(url)).status).toBe(400);
      expect((await strictApi.get(url, { Prefer: HONOR_NON_INDEXED })).status).toBe(200);
    } finally {
      await strict.close();
    }
  });

  it('lets a non-indexed filter through at or under the threshold', async () => {
    seed(5000);
    const reply = await api.get(
      `/sites/s1/lists/${listId}/items?$filter=fields/Topic eq 't1'&$top=5000`,
    );
    expect(reply.status).toBe(200);
    expect((reply.body['value'] as unknown[]).length).toBe(1667);
  });
});
