import { describeAuditLogContract, testAuditEntry } from '../../ports/audit-log.contract';
import { createSharePointAuditLog } from './sharepoint-audit-log';
import { sharePointFixture } from './testing/sharepoint-fixture';

const fixture = sharePointFixture();
afterAll(() => fixture.close());

describeAuditLogContract('SharePoint lists (Graph double)', async () => {
  const { store, dispose } = await fixture.store();
  return { audit: createSharePointAuditLog(store.lists), dispose };
});

describe('SharePoint audit log', () => {
  it('pages a range of a list past the 5,000-item threshold by the indexed At column', async () => {
    const { store, siteId, graph, dispose } = await fixture.store();
    try {
      // Seeded without HTTP: 5,200 entries, one a minute.
      const rows = Array.from({ length: 5200 }, (_, i) => {
        const entry = testAuditEntry(`e${String(i).padStart(5, '0')}`, i);
        return {
          EntryId: entry.id,
          At: `${entry.at}|${entry.id}`,
          ActorId: entry.actorId,
          ActorName: entry.actorName,
          Action: entry.action,
          TargetType: entry.targetType,
          TargetId: entry.targetId,
          Detail: entry.detail,
        };
      });
      graph.state.seedItems(siteId, 'RAKE Audit log', rows);
      const audit = createSharePointAuditLog(store.lists);
      const from = testAuditEntry('x', 100).at;
      const to = testAuditEntry('x', 5100).at;
      const first = await audit.list({ from, to, limit: 500 });
      expect(first.items[0]?.id).toBe('e05099');
      expect(first.items).toHaveLength(500);
      const second = await audit.list({ from, to, limit: 500, cursor: first.next ?? '' });
      expect(second.items[0]?.id).toBe('e04599');
      const mine = await audit.list({ from, to, limit: 2, actorId: 'u-reporter' });
      expect(mine.items.map((e) => e.id)).toEqual(['e05099', 'e05098']);
    } finally {
      await dispose();
    }
  });
});
