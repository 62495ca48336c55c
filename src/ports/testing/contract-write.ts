/// <reference types="jest" />
import { EMPTY_TRIAGE } from '../../domain/triage/triage-record';
import type { ContractContext } from './contract-context';

/** updateTriage and transition: optimistic concurrency on `version`. */
export function writeContract(ctx: () => ContractContext): void {
  describe('updateTriage', () => {
    it('changes only the named fields and bumps the version', async () => {
      const { store, data, file } = ctx();
      const obs = await file();

      const patch = { coreContent: 'Häädöt', priority: 1 };
      const first = await store.updateTriage(obs.id, patch, 1, data.triageEdit(obs, patch));
      if (first.kind !== 'ok') throw new Error('first update failed');
      const goal = { goal: 'Tieto päättäjille' };
      const second = await store.updateTriage(
        obs.id,
        goal,
        2,
        data.triageEdit(first.observation, goal),
      );

      const triage = {
        ...EMPTY_TRIAGE,
        coreContent: 'Häädöt',
        priority: 1,
        goal: 'Tieto päättäjille',
      };
      expect(first).toMatchObject({ kind: 'ok', observation: { version: 2 } });
      expect(second).toEqual({
        kind: 'ok',
        observation: expect.objectContaining({ version: 3, triage }),
      });
      const stored = await store.get(obs.id);
      expect(stored).toEqual({ ...obs, triage, version: 3, updatedAt: expect.any(String) });
      expect(Number.isNaN(Date.parse(stored?.updatedAt ?? ''))).toBe(false);
      expect(await store.history(obs.id)).toHaveLength(1);
    });

    it('clears a field named with null and keeps one given as undefined', async () => {
      const { store, data, file } = ctx();
      const obs = await file({ triage: { ...EMPTY_TRIAGE, goal: 'Tavoite', owner: 'Tiimi' } });

      const patch = { goal: null, owner: undefined };
      const outcome = await store.updateTriage(obs.id, patch, 1, data.triageEdit(obs, patch));

      expect(outcome).toMatchObject({
        kind: 'ok',
        observation: { triage: { ...EMPTY_TRIAGE, goal: null, owner: 'Tiimi' } },
      });
    });

    it('writes nothing for a stale version and returns the current observation', async () => {
      const { store, data, file } = ctx();
      const obs = await file();
      const first = { keyMessage: 'Ensimmäinen' };
      const ok = await store.updateTriage(obs.id, first, 1, data.triageEdit(obs, first));
      if (ok.kind !== 'ok') throw new Error('setup failed');

      const other = { keyMessage: 'Toinen' };
      const outcome = await store.updateTriage(obs.id, other, 1, data.triageEdit(obs, other));

      expect(outcome).toEqual({ kind: 'stale', current: ok.observation });
      expect(await store.get(obs.id)).toEqual(ok.observation);
    });

    it('answers not_found for an unknown id', async () => {
      const { store, data } = ctx();
      const ghost = data.observation({ id: 'obs-unknown' });
      expect(
        await store.updateTriage(ghost.id, { goal: 'x' }, 1, data.triageEdit(ghost, { goal: 'x' })),
      ).toEqual({ kind: 'not_found' });
    });
  });

  describe('transition', () => {
    it('moves the status, appends the entry, bumps the version and records the first answer', async () => {
      const { store, data, file } = ctx();
      const obs = await file();
      const entry = data.move(obs, 'in_review', { feedback: 'Otettu käsittelyyn' });

      const outcome = await store.transition(obs.id, entry, 1, []);

      const moved = {
        ...obs,
        status: 'in_review',
        version: 2,
        firstAnsweredAt: entry.at,
        updatedAt: entry.at,
      };
      expect(outcome).toEqual({ kind: 'ok', observation: moved });
      expect(await store.get(obs.id)).toEqual(moved);
      expect((await store.history(obs.id)).at(-1)).toEqual(entry);
    });

    it('keeps the first answer time on later moves', async () => {
      const { store, data, file, moveTo } = ctx();
      const reviewed = await moveTo(await file(), 'in_review');
      const entry = data.move(reviewed, 'returned', {
        feedback: 'Kuuluu SPro-järjestelmään',
        returnReason: 'spro_haipro',
      });

      const outcome = await store.transition(reviewed.id, entry, 2, []);

      expect(outcome).toMatchObject({
        kind: 'ok',
        observation: {
          status: 'returned',
          version: 3,
          firstAnsweredAt: reviewed.firstAnsweredAt,
          updatedAt: entry.at,
        },
      });
      expect((await store.history(reviewed.id)).at(-1)).toEqual(entry);
    });

    it('writes nothing for a stale version and returns the current observation', async () => {
      const { store, data, file, moveTo } = ctx();
      const obs = await file();
      const reviewed = await moveTo(obs, 'in_review');

      const outcome = await store.transition(obs.id, data.move(obs, 'returned'), 1, []);

      expect(outcome).toEqual({ kind: 'stale', current: reviewed });
      expect(await store.get(obs.id)).toEqual(reviewed);
      expect(await store.history(obs.id)).toHaveLength(2);
    });

    it('keeps the triage record through a move', async () => {
      const { store, data, file, moveTo } = ctx();
      const obs = await file();
      await store.updateTriage(
        obs.id,
        { result: 'Tulos' },
        1,
        data.triageEdit(obs, { result: 'Tulos' }),
      );
      const moved = await moveTo((await store.get(obs.id)) ?? obs, 'in_review');
      expect(moved.triage).toEqual({ ...EMPTY_TRIAGE, result: 'Tulos' });
    });

    it('answers not_found for an unknown id and stores no entry', async () => {
      const { store, data } = ctx();
      const ghost = data.observation({ id: 'obs-unknown' });
      expect(await store.transition(ghost.id, data.move(ghost, 'in_review'), 1, [])).toEqual({
        kind: 'not_found',
      });
      expect(await store.history(ghost.id)).toEqual([]);
    });
  });
}
