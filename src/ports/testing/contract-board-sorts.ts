/// <reference types="jest" />
import { BOARD_SORTS, boardComparator, type BoardSort } from '../../domain/observation/board-order';
import type { Observation } from '../../domain/observation/observation';
import type { BoardScope } from '../../domain/policy/board-scope';
import { InvalidCursorError, type BoardQuery } from '../observation-store';
import { idsOf, type ContractContext } from './contract-context';

const ALL: BoardScope = { kind: 'all' };
const HOUR = 3_600_000;
const later = (iso: string, hours: number): string =>
  new Date(Date.parse(iso) + hours * HOUR).toISOString();

/** listBoard in each sort (keyset paging per sort), and countBoard. */
export function boardSortContract(ctx: () => ContractContext): void {
  describe('listBoard sorts', () => {
    type Name = 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g';
    /**
     * Filed a … g in this order, f and g at the same instant. Unanswered: a, c, e, g.
     * Answered: b and f after 5 hours, d after 30. Priorities: e and g 1, d and f 2.
     */
    let o: Record<Name, Observation>;

    beforeEach(async () => {
      const { data, file, moveTo, store } = ctx();
      const filed: Partial<Record<Name, Observation>> = {};
      for (const name of ['a', 'b', 'c', 'd', 'e'] as const) {
        filed[name] = await file({
          serviceArea: name === 'a' || name === 'd' ? 'families' : 'adults',
        });
      }
      const sameInstant = '2026-02-03T09:00:00.000Z';
      filed.f = await file({ createdAt: sameInstant, serviceArea: 'families' });
      filed.g = await file({ createdAt: sameInstant });
      const answer = async (name: Name, hours: number) => {
        const obs = filed[name] as Observation;
        filed[name] = await moveTo(obs, 'in_review', { at: later(obs.createdAt, hours) });
      };
      await answer('b', 5);
      await answer('d', 30);
      await answer('f', 5);
      const prioritise = async (name: Name, priority: number) => {
        const obs = filed[name] as Observation;
        const edit = data.triageEdit(obs, { priority });
        const outcome = await store.updateTriage(obs.id, { priority }, obs.version, edit);
        if (outcome.kind !== 'ok') throw new Error(`triage of ${obs.id} failed`);
        filed[name] = outcome.observation;
      };
      await prioritise('e', 1);
      await prioritise('g', 1);
      await prioritise('d', 2);
      await prioritise('f', 2);
      o = filed as Record<Name, Observation>;
    });

    const names = (ids: readonly string[]): string[] =>
      ids.map((id) => Object.entries(o).find(([, obs]) => obs.id === id)?.[0] ?? id);

    async function allPages(query: Partial<BoardQuery>, limit: number): Promise<string[][]> {
      const pages: string[][] = [];
      let cursor: string | undefined;
      for (;;) {
        const page = await ctx().store.listBoard({ scope: ALL, limit, ...query, cursor });
        pages.push(names(idsOf(page.items)));
        if (page.nextCursor === null) return pages;
        cursor = page.nextCursor;
        if (pages.length > 50) throw new Error('paging does not end');
      }
    }

    const EXPECTED: Record<BoardSort, string[]> = {
      // Newest first; f and g were filed at the same instant: the larger id first.
      filed_desc: ['g', 'f', 'e', 'd', 'c', 'b', 'a'],
      filed_asc: ['a', 'b', 'c', 'd', 'e', 'f', 'g'],
      // Unanswered oldest first, then answered slowest first (b and f tie: by id).
      waiting_desc: ['a', 'c', 'e', 'g', 'd', 'b', 'f'],
      // 1 before 2 before none; ties oldest first.
      priority_asc: ['e', 'g', 'd', 'f', 'a', 'b', 'c'],
    };

    it.each(BOARD_SORTS)('lists %s in its order, as board-order.ts defines it', async (sort) => {
      const page = await ctx().store.listBoard({ scope: ALL, limit: 50, sort });
      expect(names(idsOf(page.items))).toEqual(EXPECTED[sort]);
      const sorted = [...page.items].sort(boardComparator(sort));
      expect(idsOf(page.items)).toEqual(idsOf(sorted));
      expect(page.nextCursor).toBeNull();
    });

    it('lists newest first when no sort is given', async () => {
      const page = await ctx().store.listBoard({ scope: ALL, limit: 50 });
      expect(names(idsOf(page.items))).toEqual(EXPECTED.filed_desc);
    });

    it.each(BOARD_SORTS)('walks %s a page at a time without repeats or gaps', async (sort) => {
      for (const limit of [1, 2, 3]) {
        const pages = await allPages({ sort }, limit);
        expect(pages.flat()).toEqual(EXPECTED[sort]);
        expect(pages.slice(0, -1).every((page) => page.length === limit)).toBe(true);
      }
    });

    it('pages each sort within the filters and the scope', async () => {
      expect((await allPages({ sort: 'waiting_desc', status: ['in_review'] }, 2)).flat()).toEqual([
        'd',
        'b',
        'f',
      ]);
      expect((await allPages({ sort: 'waiting_desc', status: ['received'] }, 3)).flat()).toEqual([
        'a',
        'c',
        'e',
        'g',
      ]);
      const families: BoardScope = {
        kind: 'supervisor',
        supervisorId: 'user-nobody',
        serviceAreas: ['families'],
      };
      expect((await allPages({ sort: 'priority_asc', scope: families }, 2)).flat()).toEqual([
        'd',
        'f',
        'a',
      ]);
      expect((await allPages({ sort: 'filed_asc', scope: families }, 1)).flat()).toEqual([
        'a',
        'd',
        'f',
      ]);
      expect(
        (await allPages({ sort: 'priority_asc', q: 'havainto', status: ['in_review'] }, 1)).flat(),
      ).toEqual(['d', 'f', 'b']);
    });

    it('moves an observation in the waiting order when it is answered', async () => {
      const { moveTo } = ctx();
      await moveTo(o.a, 'in_review', { at: later(o.a.createdAt, 100) });
      const page = await ctx().store.listBoard({ scope: ALL, limit: 50, sort: 'waiting_desc' });
      expect(names(idsOf(page.items))).toEqual(['c', 'e', 'g', 'a', 'd', 'b', 'f']);
    });

    it('refuses the cursor of one sort in another with InvalidCursorError', async () => {
      const { store } = ctx();
      const cursors = new Map<BoardSort, string>();
      for (const sort of BOARD_SORTS) {
        const page = await store.listBoard({ scope: ALL, limit: 2, sort });
        if (page.nextCursor === null) throw new Error(`no cursor for ${sort}`);
        cursors.set(sort, page.nextCursor);
      }
      for (const [issuedFor, cursor] of cursors) {
        for (const sort of BOARD_SORTS.filter((s) => s !== issuedFor)) {
          await expect(
            store.listBoard({ scope: ALL, limit: 2, sort, cursor }),
          ).rejects.toBeInstanceOf(InvalidCursorError);
        }
      }
    });
  });

  describe('countBoard', () => {
    beforeEach(async () => {
      const { file } = ctx();
      for (let i = 0; i < 7; i += 1) {
        await file({
          serviceArea: i < 3 ? 'families' : 'adults',
          status: i % 2 === 0 ? 'received' : 'in_review',
          description: i < 2 ? `Kotihoidon yöpartio ${i} puuttuu.` : `Vuokrat nousevat ${i}.`,
        });
      }
    });

    const count = (query: Partial<BoardQuery>, cap = 100) =>
      ctx().store.countBoard({ scope: ALL, limit: 2, ...query }, cap);

    it('counts what the scope and filters match, exactly up to the cap', async () => {
      expect(await count({})).toEqual({ count: 7, exact: true });
      expect(await count({ status: ['received'] })).toEqual({ count: 4, exact: true });
      expect(await count({ serviceArea: 'families', status: ['in_review'] })).toEqual({
        count: 1,
        exact: true,
      });
      expect(await count({ q: 'YÖPARTIO' })).toEqual({ count: 2, exact: true });
      expect(await count({ q: 'ei tällaista' })).toEqual({ count: 0, exact: true });
      const supervisor: BoardScope = {
        kind: 'supervisor',
        supervisorId: 'user-nobody',
        serviceAreas: ['families'],
      };
      expect(await count({ scope: supervisor })).toEqual({ count: 3, exact: true });
      expect(await count({}, 7)).toEqual({ count: 7, exact: true });
    });

    it('stops at the cap and says the count is a lower bound', async () => {
      expect(await count({}, 5)).toEqual({ count: 5, exact: false });
      expect(await count({ status: ['received'] }, 3)).toEqual({ count: 3, exact: false });
    });

    it('counts all pages whatever the cursor, limit and sort', async () => {
      const first = await ctx().store.listBoard({ scope: ALL, limit: 2, sort: 'filed_asc' });
      expect(
        await count({ cursor: first.nextCursor ?? undefined, limit: 1, sort: 'filed_asc' }),
      ).toEqual({ count: 7, exact: true });
    });
  });
}
