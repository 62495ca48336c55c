import { describeAuditLogContract, testAuditEntry } from '../../ports/audit-log.contract';
import { createSqliteStore } from './sqlite-store';

describeAuditLogContract('SQLite in memory', async () => {
  const sqlite = createSqliteStore({ file: ':memory:' });
  return { audit: sqlite.audit, dispose: async () => sqlite.close() };
});

describe('SQLite audit log', () => {
  it('refuses an update or a delete below the app too (triggers)', async () => {
    const sqlite = createSqliteStore({ file: ':memory:' });
    try {
      await sqlite.audit.record(testAuditEntry('a1', 1));
      const db = sqlite.database;
      expect(() => db.prepare("UPDATE audit_log SET actor_name = 'someone else'").run()).toThrow(
        /append-only/,
      );
      expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
      expect(db.prepare('SELECT actor_name FROM audit_log').pluck().get()).toBe('Raili Raportoija');
    } finally {
      sqlite.close();
    }
  });

  it('reads a range newest first from the (at, id) index, without sorting', () => {
    const sqlite = createSqliteStore({ file: ':memory:' });
    try {
      const plan = sqlite.database
        .prepare(
          `EXPLAIN QUERY PLAN SELECT id FROM audit_log WHERE at >= 'a' AND at < 'b'
           AND (at < 'c' OR (at = 'c' AND id < 'd')) ORDER BY at DESC, id DESC LIMIT 5`,
        )
        .all() as { detail: string }[];
      const details = plan.map((row) => row.detail).join('\n');
      expect(details).toMatch(/audit_log_at/);
      expect(details).not.toMatch(/TEMP B-TREE/);
    } finally {
      sqlite.close();
    }
  });
});
