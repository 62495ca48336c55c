import type { Proposal } from '../../domain/proposal/proposal';
import {
  MAX_PROPOSAL_LINKS,
  MAX_PROPOSAL_TEXT_LENGTH,
} from '../../domain/proposal/validate-proposal';
import { describePhenomenonStoreContract } from '../../ports/phenomenon-store.contract';
import { describeProposalStoreContract } from '../../ports/proposal-store.contract';
import { StorageUnavailableError } from '../../ports/storage-unavailable';
import { testNotification } from '../../ports/testing/notification-builder';
import { createWorkspaceTestData } from '../../ports/testing/workspace-builder';
import { sharePointFixture } from './testing/sharepoint-fixture';
import type { GraphDouble, ListState, RequestLogEntry } from './testing/graph-double';
import { linkFields } from './workspace-fields';

const fixture = sharePointFixture();
afterAll(() => fixture.close());

describePhenomenonStoreContract('SharePoint lists (Graph double)', async () => {
  const { store, dispose } = await fixture.store();
  return { phenomena: store.phenomena, dispose };
});
describeProposalStoreContract('SharePoint lists (Graph double)', async () => {
  const { store, dispose } = await fixture.store();
  return { proposals: store.proposals, outbox: store.outbox, dispose };
});

type Opened = Awaited<ReturnType<typeof fixture.store>>;

describe('SharePoint workspace stores', () => {
  let opened: Opened;
  let data = createWorkspaceTestData();
  beforeEach(async () => {
    opened = await fixture.store();
    data = createWorkspaceTestData();
  });
  afterEach(() => opened.dispose());

  const list = (title: string): ListState => {
    const found = opened.graph.state.findList(opened.siteId, `RAKE ${title}`);
    if (found === null) throw new Error(`no list ${title}`);
    return found;
  };
  const itemsPath = (title: string): RegExp => new RegExp(`/lists/${list(title).id}/items$`);
  /** What Graph received from here on: top-level requests, and those inside `$batch`es. */
  const requestsFrom = (graph: GraphDouble) => {
    const start = graph.state.requestLog.length;
    const since = (): RequestLogEntry[] => graph.state.requestLog.slice(start);
    return {
      topLevel: () => since().filter((entry) => entry.url.startsWith('/v1.0/')),
      batched: () => since().filter((entry) => !entry.url.startsWith('/v1.0/')),
    };
  };

  describe('phenomena', () => {
    const phenomena = () => opened.store.phenomena;

    // https://learn.microsoft.com/sharepoint/dev/general-development/query-with-large-lists
    // (the 5,000-item list view threshold): a read by pages of item ids, and filters on
    // indexed columns only, past it in strict mode.
    it('counts links past 5,000 page by page reading one column, and finds links on that list', async () => {
      const ids = ['phen-a', 'phen-b', 'phen-c'];
      const links = Array.from({ length: 5_150 }, (_, i) => ({
        phenomenonId: ids[i % 7 === 0 ? 2 : i % 2] as string,
        observationId: `obs-${String(i).padStart(5, '0')}`,
        linkedBy: 'user-rake',
        linkedAt: new Date(Date.UTC(2026, 9, 1, 8, 0, 0, i)).toISOString(),
      }));
      opened.graph.state.seedItems(opened.siteId, 'RAKE Phenomenon links', links.map(linkFields));
      const expected = new Map<string, number>();
      for (const link of links) {
        expected.set(link.phenomenonId, (expected.get(link.phenomenonId) ?? 0) + 1);
      }
      const requests = requestsFrom(opened.graph);

      const counts = await phenomena().linkCounts();

      expect(counts).toEqual(expected);
      const reads = requests.topLevel().map((entry) => decodeURIComponent(entry.url));
      expect(reads).toHaveLength(2);
      expect(reads[0]).toContain('$expand=fields($select=PhenomenonId)');

      const wanted = links.slice(0, 45).map((link) => link.observationId);
      const more = requestsFrom(opened.graph);
      const found = await phenomena().linksOfObservations([...wanted, ...wanted.slice(0, 5)]);
      expect(found.map((link) => link.observationId).sort()).toEqual(wanted);
      // 20 ids to a query: three queries, each id once however often it was asked for.
      expect(more.topLevel()).toHaveLength(3);

      const ofC = await phenomena().linksOf('phen-c');
      expect(ofC).toEqual(links.filter((link) => link.phenomenonId === 'phen-c'));
    });

    it('keeps one of two concurrent edits of one version; the other answers stale', async () => {
      const phenomenon = await phenomena().create(data.phenomenon());
      const at = '2026-11-01T10:00:00.000Z';

      const outcomes = await Promise.all([
        phenomena().update(phenomenon.id, { title: 'Ensimmäinen' }, 1, at),
        phenomena().update(phenomenon.id, { title: 'Toinen' }, 1, at),
      ]);

      expect(outcomes.map((o) => o.kind).sort()).toEqual(['ok', 'stale']);
      const won = outcomes.find((o) => o.kind === 'ok');
      await expect(phenomena().get(phenomenon.id)).resolves.toEqual(
        won?.kind === 'ok' ? won.record : null,
      );
      expect((await phenomena().get(phenomenon.id))?.version).toBe(2);
    });

    it('links a pair once when two link it at the same time', async () => {
      const phenomenon = await phenomena().create(data.phenomenon());
      const link = {
        phenomenonId: phenomenon.id,
        observationId: 'obs-1',
        linkedBy: 'user-rake',
        linkedAt: '2026-11-02T09:00:00.000Z',
      };

      const outcomes = await Promise.all([
        phenomena().link(link),
        phenomena().link({ ...link, linkedBy: 'user-other' }),
      ]);

      expect(outcomes.sort()).toEqual(['already_linked', 'linked']);
      expect(list('Phenomenon links').items.size).toBe(1);
    });
  });

  describe('proposals', () => {
    const proposals = () => opened.store.proposals;
    const pendingKeys = async (): Promise<string[]> =>
      (await opened.store.outbox.list('pending', 100)).map((e) => e.notification.key).sort();
    const created = async (overrides: Partial<Proposal> = {}): Promise<Proposal> => {
      const proposal = data.proposal({ status: 'proposed', ...overrides });
      return proposals().create(proposal, data.entry(proposal, null, 'draft'));
    };
    const accepted = (proposal: Proposal): Proposal => ({
      ...proposal,
      status: 'accepted',
      decision: { text: 'Hyväksytty.', by: 'Johtoryhmä', on: '2026-11-20' },
      updatedAt: '2026-11-20T12:00:00.000Z',
    });

    it('saves a move with its entry and notifications: one read, then ONE $batch', async () => {
      const proposal = await created();
      const requests = requestsFrom(opened.graph);

      const outcome = await proposals().save(
        accepted(proposal),
        1,
        data.entry(proposal, 'proposed', 'accepted'),
        [testNotification('n-1'), testNotification('n-2')],
      );

      expect(outcome.kind).toBe('ok');
      expect(requests.topLevel().map((entry) => entry.method)).toEqual(['GET', 'POST']);
      expect(requests.batched().map((entry) => entry.status)).toEqual([200, 201, 201, 201]);
    });

    // https://learn.microsoft.com/graph/json-batching#sequencing-requests-with-the-dependson-property:
    // the failed request stops those after it (424); what ran before it is taken back here.
    it('takes a save back when a notification cannot be written: all as before, and a retry works', async () => {
      const proposal = await created();
      const entry = data.entry(proposal, 'proposed', 'accepted');
      const notes = [testNotification('n-1'), testNotification('n-2')];
      opened.graph.failRequests({ method: 'POST', path: itemsPath('Outbox'), status: 500 });

      const saving = proposals().save(accepted(proposal), 1, entry, notes);

      await expect(saving).rejects.toBeInstanceOf(StorageUnavailableError);
      await expect(proposals().get(proposal.id)).resolves.toEqual(proposal);
      expect(await proposals().history(proposal.id)).toHaveLength(1);
      await expect(pendingKeys()).resolves.toEqual([]);

      const again = await proposals().save(accepted(proposal), 1, entry, notes);
      expect(again).toEqual({ kind: 'ok', record: { ...accepted(proposal), version: 2 } });
      expect((await proposals().history(proposal.id)).map((e) => e.id)).toHaveLength(2);
      await expect(pendingKeys()).resolves.toEqual(['n-1', 'n-2']);
    });

    it('takes back the batches already written when a later batch of a long save fails', async () => {
      const proposal = await created();
      const notes = Array.from({ length: 30 }, (_, i) => testNotification(`n-${i}`));
      // The first $batch holds the update, the entry and 18 notifications; then the Outbox
      // fails for the first write of the second batch.
      const outbox = itemsPath('Outbox');
      const log = opened.graph.state.requestLog;
      const push = log.push.bind(log);
      let written = 0;
      log.push = (...entries: RequestLogEntry[]): number => {
        written += entries.filter((e) => e.method === 'POST' && outbox.test(e.url)).length;
        if (written >= 18) {
          delete (log as { push?: unknown }).push;
          opened.graph.failRequests({ method: 'POST', path: outbox, status: 500 });
        }
        return push(...entries);
      };

      const requests = requestsFrom(opened.graph);
      try {
        await expect(
          proposals().save(
            accepted(proposal),
            1,
            data.entry(proposal, 'proposed', 'accepted'),
            notes,
          ),
        ).rejects.toBeInstanceOf(StorageUnavailableError);
      } finally {
        delete (log as { push?: unknown }).push;
      }

      const creates = requests
        .batched()
        .filter((entry) => entry.method === 'POST' && outbox.test(entry.url));
      // The second batch stopped at its first write (the rest answer 424, not run).
      expect(creates.map((entry) => entry.status)).toEqual([
        ...Array<number>(18).fill(201),
        500,
        ...Array<number>(11).fill(424),
      ]);
      await expect(proposals().get(proposal.id)).resolves.toEqual(proposal);
      expect(await proposals().history(proposal.id)).toHaveLength(1);
      expect(list('Outbox').items.size).toBe(0);
    });

    it('saves one of two concurrent moves of one version; the other writes nothing', async () => {
      const proposal = await created();
      const [a, b] = [
        data.entry(proposal, 'proposed', 'accepted'),
        data.entry(proposal, 'proposed', 'rejected'),
      ];

      const outcomes = await Promise.all([
        proposals().save(accepted(proposal), 1, a, [testNotification('from-a')]),
        proposals().save({ ...proposal, status: 'rejected' }, 1, b, [testNotification('from-b')]),
      ]);

      expect(outcomes.map((o) => o.kind).sort()).toEqual(['ok', 'stale']);
      const won = outcomes[0]?.kind === 'ok' ? 'a' : 'b';
      const history = await proposals().history(proposal.id);
      expect(history.map((e) => e.id)).toEqual([expect.any(String), (won === 'a' ? a : b).id]);
      await expect(pendingKeys()).resolves.toEqual([`from-${won}`]);
    });

    it('takes the proposal back when its first history entry cannot be stored', async () => {
      const proposal = data.proposal();
      opened.graph.failRequests({
        method: 'POST',
        path: itemsPath('Proposal history'),
        status: 507,
      });

      await expect(
        proposals().create(proposal, data.entry(proposal, null, 'draft')),
      ).rejects.toMatchObject({ name: 'StorageUnavailableError', reason: 'unavailable' });

      await expect(proposals().get(proposal.id)).resolves.toBeNull();
      expect(list('Proposals').items.size).toBe(0);
    });

    // SharePoint's column limits: 63,999 characters in one "multiple lines of text" column.
    it('keeps a proposal with the longest texts and every link, past one column’s limit', async () => {
      const long = (n: number) => '"Lainausmerkki" ja rivinvaihto\n'.repeat(n).slice(0, n);
      const ids = (prefix: string) =>
        Array.from({ length: MAX_PROPOSAL_LINKS }, (_, i) => `${prefix}-${i}`.padEnd(100, 'x'));
      const text = long(MAX_PROPOSAL_TEXT_LENGTH);
      const proposal = await created({
        rationale: text,
        phenomenonIds: ids('phen'),
        observationIds: ids('obs'),
      });
      const done: Proposal = {
        ...accepted(proposal),
        status: 'done',
        decision: { text, by: 'Johtoryhmä', on: '2026-11-20' },
        result: { text, by: 'Johtoryhmä', on: '2027-03-01' },
      };
      const entry = data.entry(proposal, 'in_progress', 'done', { note: text });

      await expect(proposals().save(done, 1, entry, [])).resolves.toMatchObject({ kind: 'ok' });

      const stored = await proposals().get(proposal.id);
      expect(stored).toEqual({ ...done, version: 2 });
      expect(JSON.stringify(stored).length).toBeGreaterThan(2 * 63_999);
      expect((await proposals().history(proposal.id)).at(-1)).toEqual(entry);
    });
  });
});
