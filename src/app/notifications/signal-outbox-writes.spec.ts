import { createSqliteStore, type SqliteStore } from '../../adapters/sqlite';
import { testNotification } from '../../ports/testing/notification-builder';
import { createTestData } from '../../ports/testing/observation-builder';
import { createWorkspaceTestData } from '../../ports/testing/workspace-builder';
import { signalOutboxWrites } from './signal-outbox-writes';

describe('signalOutboxWrites', () => {
  let sqlite: SqliteStore;
  let signals: number;
  let stores: ReturnType<typeof signalOutboxWrites>;
  beforeEach(() => {
    sqlite = createSqliteStore({ file: ':memory:' });
    signals = 0;
    stores = signalOutboxWrites(sqlite, () => {
      signals += 1;
    });
  });
  afterEach(() => sqlite.close());

  it('signals a filing and a move that wrote notifications, after they are stored', async () => {
    const data = createTestData();
    const obs = data.observation();
    const created = await stores.observations.create(obs, data.filed(obs), 'k', [
      testNotification('n-1'),
    ]);
    expect(signals).toBe(1);
    expect(await sqlite.outbox.list('pending', 10)).toHaveLength(1);
    const moved = await stores.observations.transition(
      obs.id,
      data.move(created.observation, 'in_review'),
      1,
      [testNotification('n-2')],
    );
    expect(moved.kind).toBe('ok');
    expect(signals).toBe(2);
  });

  it('signals a proposal move that told reporters, and not one that told nobody or was stale', async () => {
    const data = createWorkspaceTestData();
    const proposal = data.proposal({ status: 'proposed' });
    await stores.proposals.create(proposal, data.entry(proposal, null, 'draft'));
    const decided = { ...proposal, status: 'accepted' as const };
    await stores.proposals.save(decided, 1, data.entry(proposal, 'proposed', 'accepted'), [
      testNotification('p-1'),
    ]);
    expect(signals).toBe(1);
    await stores.proposals.save(decided, 1, null, [testNotification('p-2')]);
    await stores.proposals.save({ ...decided, title: 'Uusi' }, 2, null, []);
    expect(signals).toBe(1);
  });

  it('stays quiet when nothing reached the outbox: a replay, a stale move, no notifications', async () => {
    const data = createTestData();
    const obs = data.observation();
    await stores.observations.create(obs, data.filed(obs), 'k', []);
    await stores.observations.create(obs, data.filed(obs), 'k', [testNotification('n-1')]);
    const stale = await stores.observations.transition(obs.id, data.move(obs, 'in_review'), 7, [
      testNotification('n-2'),
    ]);
    expect(stale.kind).toBe('stale');
    await stores.outbox.enqueue([]);
    expect(signals).toBe(0);
  });

  it('signals a digest and an admin’s retry, and passes everything else through', async () => {
    await stores.outbox.enqueue([testNotification('d-1')]);
    expect(signals).toBe(1);
    await stores.outbox.markDead('d-1', 'HTTP 400', new Date());
    expect(await stores.outbox.requeue('d-1', new Date())).toBe(true);
    expect(await stores.outbox.requeue('unknown', new Date())).toBe(false);
    expect(signals).toBe(2);
    expect(await stores.observations.isEmpty()).toBe(true);
  });
});
