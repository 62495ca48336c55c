import { COUNTY, draftBody, STAFF } from '../../app/testing';
import { createApiSchemas } from './openapi';
import { as, useTestServer } from './testing';

const schemas = createApiSchemas(COUNTY);

describe('HTTP: GET /api/observations/mine, paged', () => {
  const server = useTestServer();

  const file = async (who: 'reporter' | 'colleague', body = draftBody()) => {
    const res = await server().inject({
      method: 'POST',
      url: '/api/observations',
      headers: as(who),
      payload: body as object,
    });
    expect(res.statusCode).toBe(201);
    return res.json().id as string;
  };
  const mine = (query = '', headers: Record<string, string> = {}) =>
    server().inject({
      url: `/api/observations/mine${query}`,
      headers: { ...as('reporter'), ...headers },
    });

  it('pages with limit and nextCursor, newest first, co-reported included', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      ids.push(
        i % 2 === 0
          ? await file('reporter')
          : await file('colleague', draftBody({ coReporterIds: [STAFF.reporter.id] })),
      );
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = `?limit=2${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`;
      const res = await mine(query);
      expect(res.statusCode).toBe(200);
      const page = schemas.MyReportsPage.parse(res.json());
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((o) => o.id));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor !== null && pages < 10);

    expect(pages).toBe(3);
    // Filed within the same millisecond they tie on time: the order is then by id, descending.
    expect([...seen].sort()).toEqual([...ids].sort());
    expect(new Set(seen).size).toBe(5);
  });

  it('answers the first page of 50 without parameters, with `items` as before', async () => {
    const id = await file('reporter');
    const res = await mine();
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ items: [expect.objectContaining({ id })], nextCursor: null });
  });

  it('refuses a cursor it did not issue with 422 on `cursor`', async () => {
    await file('reporter');
    const res = await mine('?cursor=forged', { 'accept-language': 'en' });
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({ code: 'validation', field: 'cursor' });
  });

  it.each([
    ['?limit=0', 'limit', 'out_of_range'],
    ['?limit=201', 'limit', 'out_of_range'],
    ['?limit=ten', 'limit', 'invalid_type'],
    ['?limit=2&limit=3', 'limit', 'invalid_type'],
    ['?page=2', 'page', 'unknown_field'],
  ])('refuses %s with 422', async (query, field, code) => {
    const res = await mine(query);
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fields).toEqual([expect.objectContaining({ field, code })]);
  });

  it('takes the largest page, 200', async () => {
    await file('reporter');
    expect((await mine('?limit=200')).statusCode).toBe(200);
  });
});
