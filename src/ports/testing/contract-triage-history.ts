/// <reference types="jest" />
import type { Observation } from '../../domain/observation/observation';
import { MAX_TRIAGE_TEXT_LENGTH } from '../../domain/triage/validate-triage-patch';
import { EMPTY_TRIAGE, TRIAGE_FIELDS, type TriagePatch } from '../../domain/triage/triage-record';
import type { ContractContext } from './contract-context';

/** updateTriage's history: each edit that changed something, written with the change. */
export function triageHistoryContract(ctx: () => ContractContext): void {
  describe('triage history', () => {
    /** Saves `patch` over `obs` at its version; throws unless that succeeds. */
    const edit = async (obs: Observation, patch: TriagePatch) => {
      const { store, data } = ctx();
      const made = data.triageEdit(obs, patch);
      const outcome = await store.updateTriage(obs.id, patch, obs.version, made);
      if (outcome.kind !== 'ok') throw new Error(`triage of ${obs.id} failed: ${outcome.kind}`);
      return { observation: outcome.observation, edit: made };
    };

    it('records each edit with the fields it changed, from what to what, oldest first', async () => {
      const { store, file } = ctx();
      const obs = await file({ triage: { ...EMPTY_TRIAGE, owner: 'Tiimi', priority: 3 } });

      const first = await edit(obs, { owner: 'Sirpa Esimies', followUp: '2026-09-30' });
      const second = await edit(first.observation, { priority: 1, owner: 'Sirpa Esimies' });

      expect(first.edit.changes).toEqual([
        { field: 'owner', before: 'Tiimi', after: 'Sirpa Esimies' },
        { field: 'followUp', before: null, after: '2026-09-30' },
      ]);
      expect(second.edit.changes).toEqual([{ field: 'priority', before: 3, after: 1 }]);
      expect(await store.triageHistory(obs.id)).toEqual([first.edit, second.edit]);
    });

    it('stamps the change with the edit’s time', async () => {
      const { file } = ctx();
      const { observation, edit: made } = await edit(await file(), { goal: 'Tavoite' });
      expect(observation.updatedAt).toBe(made.at);
    });

    it('keeps each observation’s edits apart', async () => {
      const { store, file } = ctx();
      const a = await edit(await file(), { goal: 'A' });
      const b = await edit(await file(), { goal: 'B' });

      expect(await store.triageHistory(a.observation.id)).toEqual([a.edit]);
      expect(await store.triageHistory(b.observation.id)).toEqual([b.edit]);
    });

    it('records no edit for a save that changes nothing, which still bumps the version', async () => {
      const { store, file } = ctx();
      const obs = await file({ triage: { ...EMPTY_TRIAGE, goal: 'Tavoite' } });

      const same = await edit(obs, { goal: 'Tavoite', owner: null });

      expect(same.edit.changes).toEqual([]);
      expect(same.observation.version).toBe(2);
      expect(await store.triageHistory(obs.id)).toEqual([]);
    });

    it('records nothing for a stale version or an unknown id', async () => {
      const { store, data, file } = ctx();
      const obs = await file();
      const first = await edit(obs, { goal: 'Ensimmäinen' });

      const late = data.triageEdit(obs, { goal: 'Myöhässä' });
      const stale = await store.updateTriage(obs.id, { goal: 'Myöhässä' }, 1, late);
      const ghost = data.observation({ id: 'obs-unknown' });
      const unknown = data.triageEdit(ghost, { goal: 'x' });
      const missing = await store.updateTriage(ghost.id, { goal: 'x' }, 1, unknown);

      expect(stale.kind).toBe('stale');
      expect(missing.kind).toBe('not_found');
      expect(await store.triageHistory(obs.id)).toEqual([first.edit]);
      expect(await store.triageHistory(ghost.id)).toEqual([]);
    });

    it('changes nothing when the edit cannot be recorded (its id is taken)', async () => {
      const { store, data, file } = ctx();
      const obs = await file();
      const first = await edit(obs, { goal: 'Tavoite' });

      const clash = data.triageEdit(first.observation, { goal: 'Toinen' }, { id: first.edit.id });
      // toThrow() would miss errors made in another realm (a native module's); any error will do.
      await expect(store.updateTriage(obs.id, { goal: 'Toinen' }, 2, clash)).rejects.toHaveProperty(
        'message',
      );

      expect(await store.get(obs.id)).toEqual(first.observation);
      expect(await store.triageHistory(obs.id)).toEqual([first.edit]);
    });

    it('keeps the longest notes whole, before and after', async () => {
      const { store, file } = ctx();
      const long = (mark: string) =>
        `"${mark}" ja rivinvaihto\n`
          .repeat(MAX_TRIAGE_TEXT_LENGTH)
          .slice(0, MAX_TRIAGE_TEXT_LENGTH);
      const texts = (mark: string): TriagePatch =>
        Object.fromEntries(
          TRIAGE_FIELDS.filter((field) => field !== 'priority').map((field) => [field, long(mark)]),
        );
      const first = await edit(await file(), texts('Ensin'));
      const second = await edit(first.observation, texts('Sitten'));

      const history = await store.triageHistory(first.observation.id);

      expect(history).toEqual([first.edit, second.edit]);
      expect(second.edit.changes).toHaveLength(TRIAGE_FIELDS.length - 1);
      expect(JSON.stringify(second.edit).length).toBeGreaterThan(63_999);
    });

    it('answers [] for an observation without edits and for an unknown id', async () => {
      const { store, file } = ctx();
      expect(await store.triageHistory((await file()).id)).toEqual([]);
      expect(await store.triageHistory('obs-unknown')).toEqual([]);
    });
  });
}
