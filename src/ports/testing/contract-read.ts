/// <reference types="jest" />
import type { BoardScope } from '../../domain/policy/board-scope';
import { idsOf, type ContractContext } from './contract-context';

/** listMine, history and answerTimings. */
export function readContract(ctx: () => ContractContext): void {
  describe('listMine', () => {
    it("lists the user's own and co-reported observations, newest first, not others'", async () => {
      const { store, file } = ctx();
      const own = await file({ reporterId: 'user-a' });
      const coReported = await file({ reporterId: 'user-b', coReporterIds: ['user-c', 'user-a'] });
      await file({ reporterId: 'user-b', coReporterIds: ['user-c'] });
      const ownLater = await file({ reporterId: 'user-a' });

      expect(idsOf(await store.listMine('user-a'))).toEqual([ownLater.id, coReported.id, own.id]);
      expect(await store.listMine('user-a')).toContainEqual(coReported);
    });

    it('lists an observation once when its reporter is also named as co-reporter', async () => {
      const { store, file } = ctx();
      const obs = await file({ reporterId: 'user-a', coReporterIds: ['user-a'] });
      expect(idsOf(await store.listMine('user-a'))).toEqual([obs.id]);
    });

    it('orders observations filed at the same moment by id, descending', async () => {
      const { store, file } = ctx();
      const at = '2026-03-01T10:00:00.000Z';
      const a = await file({ id: 'obs-a', createdAt: at });
      const b = await file({ id: 'obs-b', createdAt: at });
      expect(idsOf(await store.listMine('user-reporter'))).toEqual([b.id, a.id]);
    });

    it('is empty for someone who has reported nothing', async () => {
      const { store, file } = ctx();
      await file();
      expect(await store.listMine('user-nobody')).toEqual([]);
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
