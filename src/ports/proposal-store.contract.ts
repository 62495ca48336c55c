/// <reference types="jest" />
import type { NotificationOutbox } from './notification-outbox';
import type { ProposalStore } from './proposal-store';
import { testNotification } from './testing/notification-builder';
import { createWorkspaceTestData } from './testing/workspace-builder';

export type ProposalStoreUnderTest = {
  readonly proposals: ProposalStore;
  /** The outbox `save` writes its notifications to. */
  readonly outbox: NotificationOutbox;
  dispose(): Promise<void>;
};

/**
 * The one contract every ProposalStore passes (SQLite, SharePoint lists). Beyond the types:
 * `save` stores `next` as given except the version (expected + 1); history entries come back
 * oldest first; the notifications of a save are in the outbox exactly when it was written.
 */
export function describeProposalStoreContract(
  name: string,
  makeStore: () => Promise<ProposalStoreUnderTest>,
): void {
  describe(`ProposalStore contract: ${name}`, () => {
    let current: ProposalStoreUnderTest | null = null;
    const store = (): ProposalStore => {
      if (current === null) throw new Error('store used outside a test');
      return current.proposals;
    };
    const pendingKeys = async (): Promise<string[]> =>
      (await current!.outbox.list('pending', 100)).map((e) => e.notification.key).sort();
    let data = createWorkspaceTestData();

    beforeEach(async () => {
      current = await makeStore();
      data = createWorkspaceTestData();
    });
    afterEach(async () => {
      await current?.dispose();
      current = null;
    });

    it('creates a proposal with its first history entry, and reads both back', async () => {
      const proposal = data.proposal({
        phenomenonIds: ['phen-1', 'phen-2'],
        observationIds: ['obs-1'],
        owner: 'Hyvinvointialueen johtoryhmä',
        dueDate: '2027-03-31',
        forms: ['policy'],
        level: 'macro',
      });
      const created = data.entry(proposal, null, 'draft');
      await expect(store().create(proposal, created)).resolves.toEqual(proposal);
      await expect(store().get(proposal.id)).resolves.toEqual(proposal);
      await expect(store().history(proposal.id)).resolves.toEqual([created]);
      await expect(store().get('missing')).resolves.toBeNull();
      await expect(store().history('missing')).resolves.toEqual([]);
    });

    it('lists every proposal newest first', async () => {
      const a = data.proposal();
      const b = data.proposal();
      await store().create(a, data.entry(a, null, 'draft'));
      await store().create(b, data.entry(b, null, 'draft'));
      expect((await store().list()).map((p) => p.id)).toEqual([b.id, a.id]);
    });

    it('saves a move with its entry and notifications, adding one to the version', async () => {
      const proposal = data.proposal({ status: 'proposed' });
      await store().create(proposal, data.entry(proposal, null, 'draft'));
      const decision = { text: 'Hyväksytty.', by: 'Johtoryhmä', on: '2026-11-20' };
      const next = {
        ...proposal,
        status: 'accepted' as const,
        decision,
        updatedAt: '2026-11-20T12:00:00.000Z',
      };
      const entry = data.entry(proposal, 'proposed', 'accepted', { note: 'Hyväksytty.' });
      const outcome = await store().save(next, 1, entry, [testNotification('n-1')]);
      expect(outcome).toEqual({ kind: 'ok', record: { ...next, version: 2 } });
      await expect(store().get(proposal.id)).resolves.toEqual({ ...next, version: 2 });
      expect((await store().history(proposal.id)).map((e) => e.id)).toEqual([
        expect.any(String),
        entry.id,
      ]);
      await expect(pendingKeys()).resolves.toEqual(['n-1']);
    });

    it('saves an edit without a history entry', async () => {
      const proposal = data.proposal();
      const created = data.entry(proposal, null, 'draft');
      await store().create(proposal, created);
      const outcome = await store().save({ ...proposal, title: 'Uusi' }, 1, null, []);
      expect(outcome.kind).toBe('ok');
      await expect(store().history(proposal.id)).resolves.toEqual([created]);
      expect((await store().get(proposal.id))?.title).toBe('Uusi');
    });

    it('refuses a stale version or an unknown id, writing nothing', async () => {
      const proposal = data.proposal();
      await store().create(proposal, data.entry(proposal, null, 'draft'));
      await store().save({ ...proposal, title: 'Toinen' }, 1, null, []);
      const stale = await store().save(
        { ...proposal, status: 'proposed' },
        1,
        data.entry(proposal, 'draft', 'proposed'),
        [testNotification('n-stale')],
      );
      expect(stale.kind).toBe('stale');
      if (stale.kind === 'stale')
        expect(stale.current).toMatchObject({ title: 'Toinen', version: 2 });
      const missing = data.proposal();
      await expect(
        store().save(missing, 1, data.entry(missing, 'draft', 'proposed'), [
          testNotification('n-missing'),
        ]),
      ).resolves.toEqual({ kind: 'not_found' });
      expect(await store().history(proposal.id)).toHaveLength(1);
      await expect(pendingKeys()).resolves.toEqual([]);
    });
  });
}
