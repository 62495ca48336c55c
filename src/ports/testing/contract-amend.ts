/// <reference types="jest" />
import type { DraftChange } from '../../domain/observation/observation';
import type { ContractContext } from './contract-context';
import { testNotification } from './notification-builder';

/** amend: the reporter's withdrawal and resubmit, with optimistic concurrency on `version`. */
export function amendContract(ctx: () => ContractContext): void {
  const pendingKeys = async (): Promise<string[]> =>
    (await ctx().outbox.list('pending', 100)).map((entry) => entry.notification.key).sort();

  describe('amend', () => {
    it('withdraws without an edit: the status moves, the answer time stays unset', async () => {
      const { store, data, file } = ctx();
      const obs = await file();
      const entry = data.move(obs, 'withdrawn', { actorId: obs.reporterId });

      const outcome = await store.amend(obs.id, {}, entry, 1, [testNotification('withdrawn')]);

      expect(outcome).toEqual({
        kind: 'ok',
        observation: { ...obs, status: 'withdrawn', version: 2, updatedAt: entry.at },
      });
      expect(await store.get(obs.id)).toEqual({
        ...obs,
        status: 'withdrawn',
        version: 2,
        updatedAt: entry.at,
      });
      expect((await store.history(obs.id)).map((e) => e.to)).toEqual(['received', 'withdrawn']);
      expect(await pendingKeys()).toEqual(['withdrawn']);
      // Nobody waits for an answer to what was withdrawn.
      expect(await store.answerTimings('2026-Q1', { kind: 'all' })).toEqual([]);
    });

    it('resubmits amended texts: both versions in the entry, the board searches the new text', async () => {
      const { store, data, file, moveTo } = ctx();
      const returned = await moveTo(await file(), 'returned', {
        feedback: 'Kerro tarkemmin',
        returnReason: 'other',
      });
      const description = 'Täsmennetty: häätöuhat koskevat lapsiperheitä Kuusilahdella.';
      const changes: DraftChange[] = [
        { field: 'description', before: returned.description, after: description },
        { field: 'municipality', before: 'kuusilahti', after: 'järvelä' },
      ];
      const entry = data.move(returned, 'received', {
        actorId: returned.reporterId,
        changes,
      });

      const outcome = await store.amend(
        returned.id,
        { description, municipality: 'järvelä' },
        entry,
        returned.version,
        [],
      );

      const expected = {
        ...returned,
        description,
        municipality: 'järvelä',
        status: 'received',
        version: returned.version + 1,
        updatedAt: entry.at,
      };
      expect(outcome).toEqual({ kind: 'ok', observation: expected });
      expect(await store.get(returned.id)).toEqual(expected);
      // The first answer (the return) stays what it was.
      expect(expected.firstAnsweredAt).not.toBeNull();
      const history = await store.history(returned.id);
      expect(history.at(-1)).toEqual({ ...entry, observationId: returned.id });
      expect(history.map((e) => e.changes)).toEqual([undefined, undefined, changes]);
      const search = async (q: string) =>
        (await store.listBoard({ scope: { kind: 'all' }, q, limit: 10 })).items.map((o) => o.id);
      expect(await search('lapsiperheitä')).toEqual([returned.id]);
      expect(await search('vuokrat nousevat')).toEqual([]);
      expect(
        await store.countBoard({ scope: { kind: 'all' }, municipality: 'järvelä', limit: 10 }, 10),
      ).toEqual({ count: 1, exact: true });
    });

    it('keeps texts of 20,000 characters before and after in the entry', async () => {
      const { store, data, file, moveTo } = ctx();
      const returned = await moveTo(
        await file({ description: `"${'ä\n'.repeat(9_999)}` }),
        'returned',
      );
      const description = `\\${'ö\n'.repeat(9_999)}`;
      const changes: DraftChange[] = [
        { field: 'description', before: returned.description, after: description },
      ];
      const entry = data.move(returned, 'received', { changes });

      const outcome = await store.amend(returned.id, { description }, entry, 2, []);

      expect(outcome.kind).toBe('ok');
      expect((await store.history(returned.id)).at(-1)?.changes).toEqual(changes);
    });

    it('writes nothing for a stale version or an unknown id', async () => {
      const { store, data, file, moveTo } = ctx();
      const obs = await file();
      const moved = await moveTo(obs, 'in_review');

      const stale = await store.amend(obs.id, {}, data.move(obs, 'withdrawn'), 1, [
        testNotification('lost'),
      ]);
      const ghost = data.observation({ id: 'obs-unknown' });
      const missing = await store.amend(ghost.id, {}, data.move(ghost, 'withdrawn'), 1, []);

      expect(stale).toEqual({ kind: 'stale', current: moved });
      expect(missing).toEqual({ kind: 'not_found' });
      expect(await store.get(obs.id)).toEqual(moved);
      expect(await store.history(obs.id)).toHaveLength(2);
      expect(await pendingKeys()).toEqual([]);
    });
  });
}
