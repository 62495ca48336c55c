import { COUNTY, draftBody } from '../../app/testing';
import { createApiSchemas } from './openapi';
import { as, useTestServer } from './testing';

const schemas = createApiSchemas(COUNTY);

/** Issue 10, item 6 (sorting) and item 7 (the total) of GET /api/observations. */
describe('HTTP: the board sorted, and its total', () => {
  const server = useTestServer();

  /** Files one observation an hour after the previous; its id. */
  async function file(description: string, overrides: Record<string, unknown> = {}) {
    server().clock.advanceHours(1);
    const res = await server().inject({
      method: 'POST',
      url: '/api/observations',
      headers: as('reporter'),
      payload: draftBody({ description, ...overrides }),
    });
    expect(res.statusCode).toBe(201);
    return { id: res.json().id as string, etag: res.headers['etag'] as string };
  }

  const board = (query: string, who: 'supervisor' | 'rakeMember' = 'supervisor') =>
    server().inject({ url: `/api/observations?${query}`, headers: as(who) });

  const descriptions = async (query: string): Promise<string[]> => {
    const res = await board(query);
    expect(res.statusCode).toBe(200);
    return (schemas.BoardPage.parse(res.json()).items as { description: string }[]).map((item) =>
      item.description.slice(0, 5),
    );
  };

  /**
   * First … fifth filed an hour apart (1 … 5 hours after the test began); the second answered
   * 1 hour after its filing, the fourth 5 hours after. Priorities: third and fifth 1, second 3.
   */
  async function fiveOnTheBoard() {
    const began = server().clock.now().getTime();
    const at = (hours: number) => server().clock.set(new Date(began + hours * 3_600_000));
    const filed: { id: string; etag: string }[] = [];
    for (const name of ['First', 'Secon', 'Third', 'Fourt', 'Fifth']) {
      filed.push(await file(`${name} havainto: vuokrat nousevat ja häätöuhat lisääntyvät.`));
    }
    const answer = async (index: number) => {
      const res = await server().inject({
        method: 'POST',
        url: `/api/observations/${filed[index]!.id}/transitions`,
        headers: as('supervisor'),
        payload: { to: 'in_review' },
      });
      expect(res.statusCode).toBe(200);
      filed[index]!.etag = res.headers['etag'] as string;
    };
    at(3);
    await answer(1);
    at(9);
    await answer(3);
    at(30);
    const prioritise = async (index: number, priority: number) => {
      const res = await server().inject({
        method: 'PATCH',
        url: `/api/observations/${filed[index]!.id}/triage`,
        headers: { ...as('supervisor'), 'if-match': filed[index]!.etag },
        payload: { priority },
      });
      expect(res.statusCode).toBe(200);
    };
    await prioritise(4, 1);
    await prioritise(1, 3);
    await prioritise(2, 1);
  }

  it('sorts by filing time either way, longest waiting first, and priority with none last', async () => {
    await fiveOnTheBoard();

    expect(await descriptions('')).toEqual(['Fifth', 'Fourt', 'Third', 'Secon', 'First']);
    expect(await descriptions('sort=filed_desc')).toEqual([
      'Fifth',
      'Fourt',
      'Third',
      'Secon',
      'First',
    ]);
    expect(await descriptions('sort=filed_asc')).toEqual([
      'First',
      'Secon',
      'Third',
      'Fourt',
      'Fifth',
    ]);
    // Unanswered oldest first, then the answered: the fourth waited 5 h, the second 1 h.
    expect(await descriptions('sort=waiting_desc')).toEqual([
      'First',
      'Third',
      'Fifth',
      'Fourt',
      'Secon',
    ]);
    // Priority 1 (third, fifth: oldest first), 3 (second), then none (first, fourth).
    expect(await descriptions('sort=priority_asc')).toEqual([
      'Third',
      'Fifth',
      'Secon',
      'First',
      'Fourt',
    ]);
  });

  it('pages each sort with its own cursor, and refuses another sort’s cursor', async () => {
    await fiveOnTheBoard();
    const walk = async (sort: string): Promise<string[]> => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string =
          `sort=${sort}&limit=2` + (cursor ? `&cursor=${encodeURIComponent(cursor)}` : '');
        const res = await board(query);
        expect(res.statusCode).toBe(200);
        const page = res.json() as { items: { description: string }[]; nextCursor: string | null };
        seen.push(...page.items.map((item) => item.description.slice(0, 5)));
        cursor = page.nextCursor;
      } while (cursor !== null);
      return seen;
    };
    expect(await walk('waiting_desc')).toEqual(['First', 'Third', 'Fifth', 'Fourt', 'Secon']);
    expect(await walk('priority_asc')).toEqual(['Third', 'Fifth', 'Secon', 'First', 'Fourt']);
    expect(await walk('filed_asc')).toEqual(['First', 'Secon', 'Third', 'Fourt', 'Fifth']);

    const waiting = (await board('sort=waiting_desc&limit=2')).json().nextCursor as string;
    const elsewhere = await board(`sort=priority_asc&cursor=${encodeURIComponent(waiting)}`);
    expect(elsewhere.statusCode).toBe(422);
    expect(elsewhere.json().error.field).toBe('cursor');
  });

  it('refuses an unknown sort, naming the field in the caller’s language', async () => {
    const res = await server().inject({
      url: '/api/observations?sort=oldest',
      headers: { ...as('supervisor'), 'accept-language': 'en' },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fields).toEqual([
      { field: 'sort', code: 'unknown_choice', message: expect.stringContaining('Sort order') },
    ]);
    const twice = await board('sort=filed_asc&sort=filed_desc');
    expect(twice.statusCode).toBe(422);
  });

  it('tells the total the filters match on every page, not only the page', async () => {
    for (let i = 0; i < 5; i += 1) await file(`Havainto ${i}: vuokrat nousevat nopeasti.`);
    await file('Yöpartio puuttuu syrjäkyliltä kokonaan.', { serviceArea: 'child_welfare' });

    const first = await board('limit=2', 'rakeMember');
    const page = schemas.BoardPage.parse(first.json());
    expect(page).toMatchObject({ total: 6, totalExact: true });
    expect(page.items).toHaveLength(2);
    const next = await board(
      `limit=2&cursor=${encodeURIComponent(page.nextCursor ?? '')}`,
      'rakeMember',
    );
    expect(next.json()).toMatchObject({ total: 6, totalExact: true });

    expect((await board('q=yöpartio', 'rakeMember')).json()).toMatchObject({ total: 1 });
    expect((await board('serviceArea=adult_social_work', 'rakeMember')).json()).toMatchObject({
      total: 5,
    });
    // The supervisor of adult social work does not see child welfare: their total is theirs.
    expect((await board('limit=1')).json()).toMatchObject({ total: 5, totalExact: true });
    expect((await board('status=closed', 'rakeMember')).json()).toMatchObject({
      items: [],
      total: 0,
      totalExact: true,
    });
  });
});

describe('HTTP: a board past the counting cap', () => {
  const caps: number[] = [];
  const server = useTestServer({
    observations: (sqlite) => ({
      ...sqlite,
      // A store that stops counting, as at 5,000: the answer says "at least".
      countBoard: async (_query, cap) => {
        caps.push(cap);
        return { count: cap, exact: false };
      },
    }),
  });

  it('answers the cap as a lower bound, counted up to 5,000', async () => {
    const res = await server().inject({ url: '/api/observations', headers: as('rakeMember') });
    expect(res.statusCode).toBe(200);
    expect(schemas.BoardPage.parse(res.json())).toMatchObject({ total: 5000, totalExact: false });
    expect(caps).toEqual([5000]);
  });
});
