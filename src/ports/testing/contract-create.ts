/// <reference types="jest" />
import type { TriageRecord } from '../../domain/triage/triage-record';
import { EMPTY_TRIAGE } from '../../domain/triage/triage-record';
import type { ContractContext } from './contract-context';

/** create, get, the filing entry, idempotency and isEmpty. */
export function createContract(ctx: () => ContractContext): void {
  describe('create and get', () => {
    it('stores every field and gives version 1, updatedAt = createdAt and an empty triage', async () => {
      const { store, data } = ctx();
      const obs = data.observation({
        kind: 'positive',
        supervisorId: 'user-supervisor',
        coReporterIds: ['user-colleague-b', 'user-colleague-a'],
        status: 'received',
      });

      const outcome = await store.create(obs, data.filed(obs), null, []);

      const expected = { ...obs, version: 1, updatedAt: obs.createdAt, triage: EMPTY_TRIAGE };
      expect(outcome).toEqual({ created: true, observation: expected });
      expect(await store.get(obs.id)).toEqual(expected);
    });

    it('keeps a null supervisor and no co-reporters as they are', async () => {
      const { store, file } = ctx();
      const obs = await file({ supervisorId: null, coReporterIds: [] });
      expect(await store.get(obs.id)).toMatchObject({ supervisorId: null, coReporterIds: [] });
    });

    it('stores text exactly as typed', async () => {
      const { store, file } = ctx();
      const description = `  Rivi 1\r\nRivi 2\t<b>"lainaus" & 'heittomerkit'</b> 😊 Åland ÄÖ\n`;
      const solutionProposal = 'ä'.repeat(20_000);
      const obs = await file({ description, solutionProposal });
      expect(await store.get(obs.id)).toMatchObject({ description, solutionProposal });
    });

    it('stores a triage record given at creation as given', async () => {
      const { store, file } = ctx();
      const triage: TriageRecord = { ...EMPTY_TRIAGE, coreContent: 'Ydin', priority: 2 };
      const obs = await file({ triage });
      expect((await store.get(obs.id))?.triage).toEqual(triage);
    });

    it('returns null for an unknown id', async () => {
      expect(await ctx().store.get('obs-unknown')).toBeNull();
    });

    it('keeps where an observation came from: the public form’s are marked, and stay so', async () => {
      const { store, data, file } = ctx();
      const obs = data.observation({ source: 'public' });
      await store.create(obs, data.filed(obs), null, []);
      expect((await store.get(obs.id))?.source).toBe('public');
      const moved = await store.transition(
        obs.id,
        { ...data.filed(obs), id: `${obs.id}-moved`, from: 'received', to: 'in_review' },
        1,
        [],
      );
      expect(moved.kind === 'ok' && moved.observation.source).toBe('public');
      // A staff filing is read back exactly as written: no source at all.
      const staff = await file();
      expect(await store.get(staff.id)).not.toHaveProperty('source');
    });

    it('stores the filing entry with the observation', async () => {
      const { store, data } = ctx();
      const obs = data.observation();
      const filed = data.filed(obs);
      await store.create(obs, filed, null, []);
      expect(await store.history(obs.id)).toEqual([filed]);
    });

    it('stores nothing when the observation id is taken', async () => {
      const { store, data, file } = ctx();
      const first = await file();
      const clash = data.observation({ id: first.id, description: 'Toinen' });

      // toThrow() would miss errors made in another realm (a native module's); any error will do.
      await expect(store.create(clash, data.filed(clash), null, [])).rejects.toHaveProperty(
        'message',
      );

      expect(await store.get(first.id)).toEqual(first);
      expect(await store.history(first.id)).toHaveLength(1);
    });

    it('stores nothing when the filing entry id is taken', async () => {
      const { store, data } = ctx();
      const first = data.observation();
      const filed = data.filed(first);
      await store.create(first, filed, null, []);
      const second = data.observation();

      await expect(
        store.create(second, { ...filed, observationId: second.id }, null, []),
      ).rejects.toHaveProperty('message');

      expect(await store.get(second.id)).toBeNull();
      expect(await store.history(second.id)).toEqual([]);
    });
  });

  describe('idempotency', () => {
    it('gives the same reporter the first observation again for the same key', async () => {
      const { store, data, file } = ctx();
      const first = await file({}, 'key-1');
      const again = data.observation({ description: 'Toinen yritys' });

      const outcome = await store.create(again, data.filed(again), 'key-1', []);

      expect(outcome).toEqual({ created: false, observation: first });
      expect(await store.get(again.id)).toBeNull();
      expect(await store.history(first.id)).toHaveLength(1);
      expect((await store.listMine(first.reporterId, { limit: 10 })).items).toHaveLength(1);
    });

    it('replays the observation as it is now', async () => {
      const { store, data, file, moveTo } = ctx();
      const first = await file({}, 'key-1');
      const moved = await moveTo(first, 'in_review');
      const again = data.observation();

      const outcome = await store.create(again, data.filed(again), 'key-1', []);

      expect(outcome).toEqual({ created: false, observation: moved });
    });

    it('scopes keys to the reporter', async () => {
      const { store, file } = ctx();
      const mine = await file({ reporterId: 'user-a' }, 'shared-key');
      const theirs = await file({ reporterId: 'user-b' }, 'shared-key');
      expect(theirs.id).not.toBe(mine.id);
      expect(await store.get(theirs.id)).toEqual(theirs);
    });

    it('creates a new observation for a new key or no key', async () => {
      const { store, file } = ctx();
      await file({}, 'key-1');
      await file({}, 'key-2');
      await file({}, null);
      await file({}, null);
      expect((await store.listMine('user-reporter', { limit: 10 })).items).toHaveLength(4);
    });
  });

  describe('isEmpty', () => {
    it('is true for a new store and false once something is filed', async () => {
      const { store, file } = ctx();
      expect(await store.isEmpty()).toBe(true);
      await file();
      expect(await store.isEmpty()).toBe(false);
    });
  });
}
