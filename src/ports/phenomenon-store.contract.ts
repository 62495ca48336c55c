/// <reference types="jest" />
import type { PhenomenonStore } from './phenomenon-store';
import { createWorkspaceTestData } from './testing/workspace-builder';

export type PhenomenonStoreUnderTest = {
  readonly phenomena: PhenomenonStore;
  dispose(): Promise<void>;
};

/**
 * The one contract every PhenomenonStore passes (SQLite, SharePoint lists). Beyond the types:
 * `create` stores the record as given; `update` changes only the named fields and `updatedAt`
 * and adds one to the version; a link is kept once per pair, and links never need the
 * observation to be in this store (the app checks that).
 */
export function describePhenomenonStoreContract(
  name: string,
  makeStore: () => Promise<PhenomenonStoreUnderTest>,
): void {
  describe(`PhenomenonStore contract: ${name}`, () => {
    let current: PhenomenonStoreUnderTest | null = null;
    const store = (): PhenomenonStore => {
      if (current === null) throw new Error('store used outside a test');
      return current.phenomena;
    };
    let data = createWorkspaceTestData();

    beforeEach(async () => {
      current = await makeStore();
      data = createWorkspaceTestData();
    });
    afterEach(async () => {
      await current?.dispose();
      current = null;
    });

    it('creates and reads back a phenomenon as given', async () => {
      const phenomenon = data.phenomenon({ level: null, forms: [] });
      await expect(store().create(phenomenon)).resolves.toEqual(phenomenon);
      await expect(store().get(phenomenon.id)).resolves.toEqual(phenomenon);
      await expect(store().get('missing')).resolves.toBeNull();
    });

    it('keeps Finnish text, line breaks and every form as written', async () => {
      const phenomenon = data.phenomenon({
        title: 'Ikääntyneiden yksinäisyys – ”ei ketään”',
        description: 'Rivi 1\nRivi 2: ÅÄÖ åäö 😀',
        forms: ['knowledge', 'strategy', 'inclusion', 'justice', 'policy'],
        level: 'macro',
      });
      await store().create(phenomenon);
      await expect(store().get(phenomenon.id)).resolves.toEqual(phenomenon);
    });

    it('lists every phenomenon newest first', async () => {
      const a = await store().create(data.phenomenon());
      const b = await store().create(data.phenomenon());
      const c = await store().create(data.phenomenon({ createdAt: a.createdAt, id: 'phen-zzzz' }));
      const listed = await store().list();
      expect(listed.map((p) => p.id)).toEqual([b.id, c.id, a.id]);
    });

    it('updates only the named fields, with the version and updatedAt', async () => {
      const phenomenon = await store().create(data.phenomenon());
      const at = '2026-11-01T10:00:00.000Z';
      const outcome = await store().update(
        phenomenon.id,
        { title: 'Uusi otsikko', level: null },
        1,
        at,
      );
      const expected = {
        ...phenomenon,
        title: 'Uusi otsikko',
        level: null,
        version: 2,
        updatedAt: at,
      };
      expect(outcome).toEqual({ kind: 'ok', record: expected });
      await expect(store().get(phenomenon.id)).resolves.toEqual(expected);
    });

    it('refuses a stale version and an unknown id, writing nothing', async () => {
      const phenomenon = await store().create(data.phenomenon());
      await store().update(phenomenon.id, { title: 'Toinen' }, 1, phenomenon.createdAt);
      const stale = await store().update(
        phenomenon.id,
        { title: 'Kolmas' },
        1,
        phenomenon.createdAt,
      );
      expect(stale.kind).toBe('stale');
      if (stale.kind === 'stale') expect(stale.current.title).toBe('Toinen');
      await expect(
        store().update('missing', { title: 'x' }, 1, phenomenon.createdAt),
      ).resolves.toEqual({
        kind: 'not_found',
      });
      expect((await store().get(phenomenon.id))?.version).toBe(2);
    });

    it('links an observation once, and unlinks it', async () => {
      const phenomenon = await store().create(data.phenomenon());
      const link = {
        phenomenonId: phenomenon.id,
        observationId: 'obs-1',
        linkedBy: 'user-rake',
        linkedAt: '2026-11-02T09:00:00.000Z',
      };
      await expect(store().link(link)).resolves.toBe('linked');
      await expect(store().link({ ...link, linkedBy: 'someone-else' })).resolves.toBe(
        'already_linked',
      );
      await expect(store().linksOf(phenomenon.id)).resolves.toEqual([link]);
      await expect(store().unlink(phenomenon.id, 'obs-1')).resolves.toBe(true);
      await expect(store().unlink(phenomenon.id, 'obs-1')).resolves.toBe(false);
      await expect(store().linksOf(phenomenon.id)).resolves.toEqual([]);
    });

    it('refuses a link to a phenomenon it does not hold', async () => {
      await expect(
        store().link({
          phenomenonId: 'missing',
          observationId: 'obs-1',
          linkedBy: 'u',
          linkedAt: '2026-11-02T09:00:00.000Z',
        }),
      ).resolves.toBe('not_found');
    });

    it('links many-to-many: finds links by observation and counts them by phenomenon', async () => {
      const a = await store().create(data.phenomenon());
      const b = await store().create(data.phenomenon());
      await store().create(data.phenomenon());
      const at = (n: number) => new Date(Date.UTC(2026, 10, 2, 9, 0, n)).toISOString();
      const pairs: [string, string][] = [
        [a.id, 'obs-1'],
        [a.id, 'obs-2'],
        [b.id, 'obs-2'],
        [a.id, 'obs-3'],
      ];
      for (const [index, [phenomenonId, observationId]] of pairs.entries()) {
        await store().link({ phenomenonId, observationId, linkedBy: 'u', linkedAt: at(index) });
      }
      expect((await store().linksOf(a.id)).map((l) => l.observationId)).toEqual([
        'obs-1',
        'obs-2',
        'obs-3',
      ]);
      const ofTwo = await store().linksOfObservations(['obs-2', 'obs-9']);
      expect(ofTwo.map((l) => l.phenomenonId).sort()).toEqual([a.id, b.id].sort());
      await expect(store().linksOfObservations([])).resolves.toEqual([]);
      const all = await store().allLinks();
      expect(all.map((l) => `${l.phenomenonId}|${l.observationId}`).sort()).toEqual(
        pairs.map(([p, o]) => `${p}|${o}`).sort(),
      );
      const counts = await store().linkCounts();
      expect(Object.fromEntries(counts)).toEqual({ [a.id]: 3, [b.id]: 1 });
    });

    it('finds the links of more observations than one query takes', async () => {
      const phenomenon = await store().create(data.phenomenon());
      const ids = Array.from({ length: 120 }, (_, i) => `obs-${String(i).padStart(3, '0')}`);
      for (const observationId of ids.filter((_, i) => i % 2 === 0)) {
        await store().link({
          phenomenonId: phenomenon.id,
          observationId,
          linkedBy: 'u',
          linkedAt: '2026-11-02T09:00:00.000Z',
        });
      }
      const found = await store().linksOfObservations(ids);
      expect(found).toHaveLength(60);
    });
  });
}
