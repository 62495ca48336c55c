/// <reference types="jest" />
import type { ContractContext } from './contract-context';
import { testNotification } from './notification-builder';

/** create and transition write their notifications to the outbox exactly when they write. */
export function notificationWritesContract(ctx: () => ContractContext): void {
  const pendingKeys = async (): Promise<string[]> =>
    (await ctx().outbox.list('pending', 100)).map((entry) => entry.notification.key).sort();

  describe('notifications written with the change', () => {
    it('writes the notifications of a filing, due at once, with the observation', async () => {
      const { store, data } = ctx();
      const obs = data.observation();
      const note = testNotification(`new_observation:${obs.id}:user-s1`, {
        createdAt: obs.createdAt,
      });

      await store.create(obs, data.filed(obs), null, [note, testNotification('n-2')]);

      const pending = await ctx().outbox.list('pending', 100);
      expect(pending.map((entry) => entry.notification.key).sort()).toEqual(['n-2', note.key]);
      expect(pending).toContainEqual({
        notification: note,
        state: 'pending',
        attempts: 0,
        dueAt: obs.createdAt,
        lastError: null,
        deliveredAt: null,
      });
    });

    it('writes nothing on an idempotent replay', async () => {
      const { store, data } = ctx();
      const obs = data.observation();
      await store.create(obs, data.filed(obs), 'key-1', [testNotification('first')]);
      const again = data.observation();

      await store.create(again, data.filed(again), 'key-1', [testNotification('replayed')]);

      expect(await pendingKeys()).toEqual(['first']);
    });

    it('writes nothing when the filing fails', async () => {
      const { store, data, file } = ctx();
      const taken = await file();
      const clash = data.observation({ id: taken.id });

      await expect(
        store.create(clash, data.filed(clash), null, [testNotification('lost')]),
      ).rejects.toHaveProperty('message');

      expect(await pendingKeys()).toEqual([]);
    });

    it('writes the notifications of a move with it', async () => {
      const { store, data, file } = ctx();
      const obs = await file();
      const entry = data.move(obs, 'in_review');

      const outcome = await store.transition(obs.id, entry, 1, [
        testNotification(`status_changed:${entry.id}:user-reporter`),
      ]);

      expect(outcome.kind).toBe('ok');
      expect(await pendingKeys()).toEqual([`status_changed:${entry.id}:user-reporter`]);
    });

    it('writes nothing for a stale version or an unknown id', async () => {
      const { store, data, file, moveTo } = ctx();
      const obs = await file();
      await moveTo(obs, 'in_review');
      const ghost = data.observation({ id: 'obs-unknown' });

      await store.transition(obs.id, data.move(obs, 'returned'), 1, [testNotification('stale')]);
      await store.transition(ghost.id, data.move(ghost, 'in_review'), 1, [
        testNotification('ghost'),
      ]);

      expect(await pendingKeys()).toEqual([]);
    });

    it('keeps a key once, whichever write brings it again', async () => {
      const { store, data, file } = ctx();
      const obs = await file();
      const first = testNotification('same-key', { userId: 'user-a' });
      await store.transition(obs.id, data.move(obs, 'in_review'), 1, [first]);

      const later = (await store.get(obs.id)) ?? obs;
      await store.transition(obs.id, data.move(later, 'forwarded'), 2, [
        testNotification('same-key', { userId: 'user-b' }),
      ]);

      expect((await ctx().outbox.list('pending', 10)).map((e) => e.notification)).toEqual([first]);
    });
  });
}
