import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createTestData } from '../../ports/testing/observation-builder';
import { testNotification } from '../../ports/testing/notification-builder';
import type { StaffMember } from '../../ports/staff-directory';
import { createSqliteStore, type SqliteStore } from './index';
import { toStaffRow } from './mapper';

/**
 * The SQLite store's write path beyond the port contracts (which every store passes): what
 * the delivery worker's marks and the staff directory's copy promise on one connection and
 * across connections. Their cost is measured in `npm run bench`, not here.
 */
describe('SQLite write path', () => {
  let dir: string;
  let file: string;
  let sqlite: SqliteStore;
  /** Another connection to the same file, as another process would have. */
  let other: Database.Database;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rake-write-path-'));
    file = join(dir, 'rake.sqlite');
    sqlite = createSqliteStore({ file });
    other = new Database(file);
  });
  afterEach(() => {
    other.close();
    sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const stateOf = (key: string): string | undefined =>
    (other.prepare('SELECT state FROM outbox WHERE key = ?').get(key) as { state: string })?.state;

  describe('outbox marks', () => {
    const at = new Date('2026-02-02T09:00:00.000Z');
    const claimAll = async (keys: readonly string[]) => {
      await sqlite.outbox.enqueue(
        keys.map((key) => testNotification(key, { createdAt: at.toISOString() })),
      );
      return sqlite.outbox.claimDue(at, keys.length, 60_000);
    };

    it('settles marks made together in one commit, each seen by others once it resolves', async () => {
      await claimAll(['a', 'b', 'c', 'd']);
      const marks = [
        sqlite.outbox.markNotInstalled('a', at),
        sqlite.outbox.markDelivered('b', at),
        sqlite.outbox.markDead('c', 'refused', at),
        sqlite.outbox.markRetry('d', new Date(at.getTime() + 1000), 'busy'),
      ];
      // Made in this turn, committed together at the next: nothing is visible yet.
      expect(['a', 'b', 'c', 'd'].map(stateOf)).toEqual([
        'pending',
        'pending',
        'pending',
        'pending',
      ]);
      await Promise.all(marks);
      expect(['a', 'b', 'c', 'd'].map(stateOf)).toEqual([
        'not_installed',
        'delivered',
        'dead',
        'pending',
      ]);
      const retried = other
        .prepare('SELECT attempts, lease_until, last_error FROM outbox WHERE key = ?')
        .get('d');
      expect(retried).toEqual({ attempts: 1, lease_until: null, last_error: 'busy' });
    });

    it('shares one commit between filings, a claim and marks made in the same turn', async () => {
      const data = createTestData();
      const obs = data.observation();
      const filing = sqlite.observations.create(obs, data.filed(obs), null, [
        testNotification('new', { createdAt: at.toISOString() }),
      ]);
      // Queued after the filing, in the same transaction: the claim sees its notification.
      const claimed = sqlite.outbox.claimDue(at, 10, 60_000);
      expect(stateOf('new')).toBeUndefined();
      await filing;
      expect((await claimed).map((entry) => entry.notification.key)).toEqual(['new']);
      expect(other.prepare('SELECT lease_until FROM outbox WHERE key = ?').get('new')).toEqual({
        lease_until: new Date(at.getTime() + 60_000).toISOString(),
      });
    });

    it('marks only pending entries also inside a group', async () => {
      await claimAll(['a']);
      await Promise.all([
        sqlite.outbox.markDelivered('a', at),
        sqlite.outbox.markNotInstalled('a', at),
        sqlite.outbox.markDelivered('unknown', at),
      ]);
      expect(stateOf('a')).toBe('delivered');
      expect(stateOf('unknown')).toBeUndefined();
    });

    it('commits a mark still waiting for its group when the store is closed', async () => {
      await claimAll(['a']);
      const mark = sqlite.outbox.markDelivered('a', at);
      sqlite.close();
      await expect(mark).resolves.toBeUndefined();
      expect(stateOf('a')).toBe('delivered');
    });
  });

  describe('staff directory copy', () => {
    const member = (id: string, overrides: Partial<StaffMember> = {}): StaffMember => ({
      id,
      name: `Nimi ${id}`,
      email: null,
      title: null,
      roles: ['reporter', 'supervisor'],
      serviceAreas: ['child_welfare'],
      ...overrides,
    });
    const writeFromOtherConnection = (staff: StaffMember): void => {
      other
        .prepare(
          `INSERT OR REPLACE INTO staff (id, name, email, title, roles, service_areas)
           VALUES (@id, @name, @email, @title, @roles, @service_areas)`,
        )
        .run(toStaffRow(staff));
    };

    it('answers from what its own upsert wrote, at once', async () => {
      await sqlite.staff.upsert([member('s-1')]);
      expect((await sqlite.staff.supervisorsOf('child_welfare')).map((m) => m.id)).toEqual(['s-1']);
      await sqlite.staff.upsert([member('s-1', { serviceAreas: ['adult_social_work'] })]);
      expect(await sqlite.staff.supervisorsOf('child_welfare')).toEqual([]);
      expect(await sqlite.staff.get('s-1')).toMatchObject({ serviceAreas: ['adult_social_work'] });
    });

    /** Another process's commit lands between turns of this one's event loop. */
    const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

    it('sees what another connection committed before the turn began', async () => {
      await sqlite.staff.upsert([member('s-1')]);
      expect((await sqlite.staff.list()).map((m) => m.id)).toEqual(['s-1']);

      await nextTurn();
      writeFromOtherConnection(member('s-2', { name: 'Aaltonen' }));
      await nextTurn();
      expect((await sqlite.staff.supervisorsOf('child_welfare')).map((m) => m.id)).toEqual([
        's-2',
        's-1',
      ]);
      expect(await sqlite.staff.get('s-2')).toMatchObject({ name: 'Aaltonen' });

      writeFromOtherConnection(member('s-2', { name: 'Aaltonen', roles: ['reporter'] }));
      await nextTurn();
      expect((await sqlite.staff.supervisorsOf('child_welfare')).map((m) => m.id)).toEqual(['s-1']);
    });

    it('hands out lists the caller may change without changing the directory', async () => {
      await sqlite.staff.upsert([member('s-1')]);
      const listed = (await sqlite.staff.list()) as StaffMember[];
      listed.pop();
      const supervisors = (await sqlite.staff.supervisorsOf('child_welfare')) as StaffMember[];
      supervisors.pop();
      expect(await sqlite.staff.list()).toHaveLength(1);
      expect(await sqlite.staff.supervisorsOf('child_welfare')).toHaveLength(1);
    });
  });
});
