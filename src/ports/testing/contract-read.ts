/// <reference types="jest" />
import type { BoardScope } from '../../domain/policy/board-scope';
import type { Observation } from '../../domain/observation/observation';
import { InvalidCursorError, type Page } from '../observation-store';
import { idsOf, newestFirst, type ContractContext } from './contract-context';

/** A filing time `minute` minutes into a fixed morning. */
const instant = (minute: number): string =>
  new Date(Date.parse('2026-03-01T10:00:00.000Z') + minute * 60_000).toISOString();

/** listMine (paged like the board), history and answerTimings. */
export function readContract(ctx: () => ContractContext): void {
  describe('listMine', () => {
    /** Every page from the first, `limit` at a time. */
    const allPages = async (userId: string, limit: number) => {
      const pages: Page<Observation>[] = [];
      let cursor: string | undefined;
      do {
        const page = await ctx().store.listMine(userId, { limit, ...(cursor ? { cursor } : {}) });
        pages.push(page);
        cursor = page.nextCursor ?? undefined;
      } while (cursor !== undefined && pages.length < 50);
      return pages;
    };
    const mine = async (userId: string) =>
      (await ctx().store.listMine(userId, { limit: 100 })).items;

    it("lists the user's own and co-reported observations, newest first, not others'", async () => {
      const { file } = ctx();
      const own = await file({ reporterId: 'user-a' });
      const coReported = await file({ reporterId: 'user-b', coReporterIds: ['user-c', 'user-a'] });
      await file({ reporterId: 'user-b', coReporterIds: ['user-c'] });
      const ownLater = await file({ reporterId: 'user-a' });

      expect(idsOf(await mine('user-a'))).toEqual([ownLater.id, coReported.id, own.id]);
      expect(await mine('user-a')).toContainEqual(coReported);
    });

    it('lists an observation once when its reporter is also named as co-reporter', async () => {
      const { file } = ctx();
      const obs = await file({ reporterId: 'user-a', coReporterIds: ['user-a'] });
      expect(idsOf(await mine('user-a'))).toEqual([obs.id]);
    });

    it('orders observations filed at the same moment by id, descending', async () => {
      const { file } = ctx();
      const at = '2026-03-01T10:00:00.000Z';
      const a = await file({ id: 'obs-a', createdAt: at });
      const b = await file({ id: 'obs-b', createdAt: at });
      expect(idsOf(await mine('user-reporter'))).toEqual([b.id, a.id]);
    });

    it('is empty for someone who has reported nothing', async () => {
      const { store, file } = ctx();
      await file();
      expect(await store.listMine('user-nobody', { limit: 10 })).toEqual({
        items: [],
        nextCursor: null,
      });
    });

    it('pages own and co-reported ones together, each once, across page boundaries', async () => {
      const { file } = ctx();
      const expected: Observation[] = [];
      // Filed in turn, so own and co-reported alternate and every page boundary falls between
      // the two kinds somewhere; two share a moment, so ties by id cross a boundary too.
      for (let i = 0; i < 11; i += 1) {
        const createdAt = instant(i === 6 ? 5 : i);
        const overrides =
          i % 3 === 0
            ? { reporterId: 'user-a', createdAt }
            : i % 3 === 1
              ? { reporterId: 'user-b', coReporterIds: ['user-a'], createdAt }
              : { reporterId: 'user-a', coReporterIds: ['user-c', 'user-a'], createdAt };
        expected.push(await file(overrides));
        await file({ reporterId: 'user-b', createdAt });
      }
      const newest = [...expected].sort(newestFirst);

      for (const limit of [1, 2, 3, 4, 11, 12]) {
        const pages = await allPages('user-a', limit);
        expect(pages.flatMap((page) => idsOf(page.items))).toEqual(idsOf(newest));
        expect(pages.map((page) => page.items.length)).toEqual(
          Array.from({ length: Math.ceil(11 / limit) }, (_v, i) => Math.min(limit, 11 - i * limit)),
        );
        expect(pages.at(-1)?.nextCursor).toBeNull();
      }
    });

    it('neither repeats nor skips when the user files between pages', async () => {
      const { store, file } = ctx();
      const older: Observation[] = [];
      for (let i = 0; i < 4; i += 1) {
        older.push(await file({ reporterId: 'user-a', createdAt: instant(i) }));
      }
      const first = await store.listMine('user-a', { limit: 2 });
      await file({ reporterId: 'user-b', coReporterIds: ['user-a'], createdAt: instant(9) });
      const second = await store.listMine('user-a', {
        limit: 2,
        cursor: first.nextCursor ?? undefined,
      });
      expect([...idsOf(first.items), ...idsOf(second.items)]).toEqual(
        idsOf([...older].sort(newestFirst)),
      );
      expect(second.nextCursor).toBeNull();
    });

    it("refuses a cursor it did not issue, and reads '' as the first page", async () => {
      const { store, file } = ctx();
      const obs = await file({ reporterId: 'user-a' });
      await expect(store.listMine('user-a', { limit: 5, cursor: 'not-a-cursor' })).rejects.toThrow(
        InvalidCursorError,
      );
      expect(idsOf((await store.listMine('user-a', { limit: 5, cursor: '' })).items)).toEqual([
        obs.id,
      ]);
    });
  });

  describe('history', () => {
    it('lists the entries oldest first', async () => {
      const { store, data } = ctx();
      const obs = data.observation();
      const filed = data.filed(obs);
      const created = (await store.create(obs, filed, null, [])).observation;
      const review = data.move(created, 'in_review');
      const reviewed = await store.transition(obs.id, review, 1, []);
      if (reviewed.kind !== 'ok') throw new Error('setup failed');
      const forward = data.move(reviewed.observation, 'forwarded', { feedback: 'RAKE-ryhmään' });
      await store.transition(obs.id, forward, 2, []);

      expect(await store.history(obs.id)).toEqual([filed, review, forward]);
    });

    it('is empty for an unknown observation', async () => {
      expect(await ctx().store.history('obs-unknown')).toEqual([]);
    });
  });

  describe('answerTimings', () => {
    const timingsOf = async (period: string, scope: BoardScope) =>
      (await ctx().store.answerTimings(period, scope))
        .map(({ createdAt, firstAnsweredAt }) => ({ createdAt, firstAnsweredAt }))
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt));

    it("gives filing and first-answer times of the period's observations in scope", async () => {
      const { file, moveTo } = ctx();
      const answered = await moveTo(
        await file({ period: '2026-Q1', serviceArea: 'area-a' }),
        'in_review',
      );
      const waiting = await file({ period: '2026-Q1', serviceArea: 'area-b' });
      const named = await file({
        period: '2026-Q1',
        serviceArea: 'area-b',
        supervisorId: 'user-supervisor',
      });
      await file({ period: '2025-Q4', serviceArea: 'area-a' });

      expect(await timingsOf('2026-Q1', { kind: 'all' })).toEqual([
        { createdAt: answered.createdAt, firstAnsweredAt: answered.firstAnsweredAt },
        { createdAt: waiting.createdAt, firstAnsweredAt: null },
        { createdAt: named.createdAt, firstAnsweredAt: null },
      ]);
      expect(answered.firstAnsweredAt).not.toBeNull();

      const scope: BoardScope = {
        kind: 'supervisor',
        supervisorId: 'user-supervisor',
        serviceAreas: ['area-a'],
      };
      expect(await timingsOf('2026-Q1', scope)).toEqual([
        { createdAt: answered.createdAt, firstAnsweredAt: answered.firstAnsweredAt },
        { createdAt: named.createdAt, firstAnsweredAt: null },
      ]);
    });

    it('is empty for a period with no observations', async () => {
      await ctx().file({ period: '2026-Q1' });
      expect(await timingsOf('2024-Q1', { kind: 'all' })).toEqual([]);
    });
  });
}
