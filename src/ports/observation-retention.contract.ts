/// <reference types="jest" />
import type { ObservationMessage } from '../domain/message/observation-message';
import type { Observation } from '../domain/observation/observation';
import { ANONYMISED_ID } from '../domain/retention/retention';
import type { MessageStore } from './message-store';
import type { NewObservation, ObservationStore } from './observation-store';
import type { ObservationRetention } from './observation-retention';
import type { PhenomenonStore } from './phenomenon-store';
import { createTestData } from './testing/observation-builder';
import { createWorkspaceTestData } from './testing/workspace-builder';

export type RetentionUnderTest = {
  readonly observations: ObservationStore;
  readonly retention: ObservationRetention;
  readonly phenomena: PhenomenonStore;
  readonly messages: MessageStore;
  dispose(): Promise<void>;
};

/** Long after the builder's filings (February 2026): everything ended before it is due. */
const CUTOFF = '2027-01-01T00:00:00.000Z';

/**
 * The contract every store's retention passes. Decisions beyond the types: `due` is ended
 * (closed, returned, withdrawn) and last changed before the cutoff, oldest filed first;
 * anonymising keeps everything but the reporters' identities and is idempotent; deleting
 * takes the observation's history, co-reporters, triage history, messages and phenomenon links
 * with it.
 */
export function describeObservationRetentionContract(
  name: string,
  make: () => Promise<RetentionUnderTest>,
): void {
  describe(`ObservationRetention contract: ${name}`, () => {
    let current: RetentionUnderTest | null = null;
    const stores = (): RetentionUnderTest => {
      if (current === null) throw new Error('stores used outside a test');
      return current;
    };
    beforeEach(async () => {
      current = await make();
    });
    afterEach(async () => {
      await current?.dispose();
      current = null;
    });

    const data = createTestData();
    const workspace = createWorkspaceTestData();

    /** Filed by the builder's reporter with a co-reporter, moved along `path` by a supervisor. */
    async function filedAndMoved(
      path: readonly Observation['status'][],
      overrides: Partial<NewObservation> = {},
    ): Promise<Observation> {
      const { observations } = stores();
      const obs = data.observation({
        coReporterIds: ['user-colleague'],
        supervisorId: 'user-supervisor',
        ...overrides,
      });
      let now = (await observations.create(obs, data.filed(obs), `key-${obs.id}`, [])).observation;
      for (const to of path) {
        const moved = await observations.transition(
          obs.id,
          data.move(now, to, to === 'returned' ? { returnReason: 'not_structural' } : {}),
          now.version,
          [],
        );
        if (moved.kind !== 'ok') throw new Error(`move to ${to}: ${moved.kind}`);
        now = moved.observation;
      }
      return now;
    }

    const message = (
      observationId: string,
      authorId: string,
      authorName: string,
      n: number,
    ): ObservationMessage => ({
      id: `msg-${observationId}-${n}`,
      observationId,
      authorId,
      authorName,
      side: authorId === 'user-supervisor' ? 'handler' : 'reporter',
      text: `Viesti ${n}`,
      at: `2026-02-0${n}T10:00:00.000Z`,
    });

    it('finds the ended observations not changed since the cutoff, oldest first, a batch at a time', async () => {
      const closed = await filedAndMoved(['in_review', 'closed']);
      await filedAndMoved(['in_review']);
      const returned = await filedAndMoved(['returned']);
      await filedAndMoved([]);
      const { retention } = stores();
      expect((await retention.due(CUTOFF, 10)).map((o) => o.id)).toEqual([closed.id, returned.id]);
      expect((await retention.due(CUTOFF, 1)).map((o) => o.id)).toEqual([closed.id]);
      // Last changed at the cutoff or after it: not yet.
      expect((await retention.due(closed.updatedAt, 10)).map((o) => o.id)).toEqual([returned.id]);
    });

    it('leaves alone what is no longer due when it comes to it: resubmitted after `due` read it', async () => {
      const { observations, retention } = stores();
      const returned = await filedAndMoved(['returned']);
      const closed = await filedAndMoved(['in_review', 'closed']);
      expect((await retention.due(CUTOFF, 10)).map((o) => o.id)).toEqual([returned.id, closed.id]);
      // Between the job's read and its write, the reporter resubmits; the other is still due.
      const resubmit = data.move(returned, 'received', { actorId: returned.reporterId });
      const amended = await observations.amend(returned.id, {}, resubmit, returned.version, []);
      if (amended.kind !== 'ok') throw new Error(`resubmit: ${amended.kind}`);
      const earlier = '2026-01-01T00:00:00.000Z';

      expect(await retention.delete(returned.id, CUTOFF)).toBe(false);
      expect(await retention.anonymise(returned.id, CUTOFF)).toBe(false);
      expect(await observations.get(returned.id)).toEqual(amended.observation);
      expect((await observations.history(returned.id)).map((h) => h.to)).toEqual([
        'received',
        'returned',
        'received',
      ]);
      // Nor one that ended after the cutoff given.
      expect(await retention.delete(closed.id, earlier)).toBe(false);
      expect(await retention.anonymise(closed.id, earlier)).toBe(false);
      expect(await observations.get(closed.id)).toEqual(closed);
    });

    it("anonymises: the reporters' identities go, the observation's content and links stay", async () => {
      const { observations, retention, phenomena, messages } = stores();
      const obs = await filedAndMoved(['in_review', 'closed']);
      const phenomenon = await phenomena.create(workspace.phenomenon());
      await phenomena.link({
        phenomenonId: phenomenon.id,
        observationId: obs.id,
        linkedBy: 'user-rake',
        linkedAt: '2026-02-03T08:00:00.000Z',
      });
      await messages.add(message(obs.id, 'user-reporter', 'Ilona Reporteri', 1), []);
      await messages.add(message(obs.id, 'user-supervisor', 'Sami Esihenkilö', 2), []);
      await messages.add(message(obs.id, 'user-colleague', 'Kaisa Kollega', 3), []);

      expect(await retention.anonymise(obs.id, CUTOFF)).toBe(true);

      const after = await observations.get(obs.id);
      expect(after).toEqual({
        ...obs,
        reporterId: ANONYMISED_ID,
        reporterName: '',
        coReporterIds: [],
        supervisorId: null,
      });
      const history = await observations.history(obs.id);
      expect(history.map((h) => [h.actorId, h.actorName])).toEqual([
        [ANONYMISED_ID, ''],
        ['user-supervisor', 'Sami Esihenkilö'],
        ['user-supervisor', 'Sami Esihenkilö'],
      ]);
      expect((await messages.list(obs.id)).map((m) => [m.authorId, m.authorName, m.text])).toEqual([
        [ANONYMISED_ID, '', 'Viesti 1'],
        ['user-supervisor', 'Sami Esihenkilö', 'Viesti 2'],
        [ANONYMISED_ID, '', 'Viesti 3'],
      ]);
      expect(await messages.listByAuthor('user-reporter')).toEqual([]);
      // Neither the reporter nor the co-reporter finds it among their own any more.
      expect((await observations.listMine('user-reporter', { limit: 10 })).items).toEqual([]);
      expect((await observations.listMine('user-colleague', { limit: 10 })).items).toEqual([]);
      // The phenomenon still counts it.
      expect((await phenomena.linksOfObservations([obs.id])).map((l) => l.phenomenonId)).toEqual([
        phenomenon.id,
      ]);
      // Done once: not due again, and a second run changes nothing.
      expect(await retention.due(CUTOFF, 10)).toEqual([]);
      expect(await retention.anonymise(obs.id, CUTOFF)).toBe(true);
      expect(await observations.get(obs.id)).toEqual(after);
    });

    it('deletes the observation with its history, messages and phenomenon links', async () => {
      const { observations, retention, phenomena, messages } = stores();
      const gone = await filedAndMoved(['in_review', 'closed']);
      const kept = await filedAndMoved(['in_review', 'closed']);
      const phenomenon = await phenomena.create(workspace.phenomenon());
      for (const obs of [gone, kept]) {
        await phenomena.link({
          phenomenonId: phenomenon.id,
          observationId: obs.id,
          linkedBy: 'user-rake',
          linkedAt: '2026-02-03T08:00:00.000Z',
        });
      }
      await messages.add(message(gone.id, 'user-reporter', 'Ilona Reporteri', 1), []);
      await observations.updateTriage(
        gone.id,
        { priority: 1 },
        gone.version,
        data.triageEdit(gone, { priority: 1 }),
      );

      expect(await retention.delete(gone.id, CUTOFF)).toBe(true);

      expect(await observations.get(gone.id)).toBeNull();
      expect(await observations.history(gone.id)).toEqual([]);
      expect(await observations.triageHistory(gone.id)).toEqual([]);
      expect(await messages.list(gone.id)).toEqual([]);
      expect((await phenomena.linksOf(phenomenon.id)).map((l) => l.observationId)).toEqual([
        kept.id,
      ]);
      expect(
        (await observations.listMine('user-reporter', { limit: 10 })).items.map((o) => o.id),
      ).toEqual([kept.id]);
      expect(
        (await observations.listBoard({ scope: { kind: 'all' }, limit: 10 })).items.map(
          (o) => o.id,
        ),
      ).toEqual([kept.id]);
      expect(await retention.delete(gone.id, CUTOFF)).toBe(false);
      expect(await retention.anonymise(gone.id, CUTOFF)).toBe(false);
    });
  });
}
