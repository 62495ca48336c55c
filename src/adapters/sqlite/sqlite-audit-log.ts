import type Database from 'better-sqlite3';
import type { AuditAction, AuditEntry } from '../../domain/audit/audit-entry';
import {
  AUDIT_PAGE_MAX,
  decodeAuditCursor,
  encodeAuditCursor,
  type AuditLog,
  type AuditPage,
  type AuditQuery,
} from '../../ports/audit-log';
import { InvalidCursorError } from '../../ports/observation-store';
import { groupCommit } from './group-commit';

type AuditRow = {
  id: string;
  at: string;
  actor_id: string;
  actor_name: string;
  action: string;
  target_type: string;
  target_id: string | null;
  detail: string;
};

const toEntry = (row: AuditRow): AuditEntry => ({
  id: row.id,
  at: row.at,
  actorId: row.actor_id,
  actorName: row.actor_name,
  action: row.action as AuditAction,
  targetType: row.target_type,
  targetId: row.target_id,
  detail: row.detail,
});

const COLUMNS = 'id, at, actor_id, actor_name, action, target_type, target_id, detail';

/** The audit log on the shared connection (table and triggers: migration 9). */
export function createSqliteAuditLog(db: Database.Database): AuditLog {
  const insert = db.prepare(
    `INSERT INTO audit_log (${COLUMNS})
     VALUES (@id, @at, @actorId, @actorName, @action, @targetType, @targetId, @detail)
     ON CONFLICT (id) DO NOTHING`,
  );
  // Keyset paging: (at, id) below the cursor's, newest first, straight from the index.
  const page = (byActor: boolean) =>
    db.prepare<Record<string, string | number>, AuditRow>(
      `SELECT ${COLUMNS} FROM audit_log
       WHERE ${byActor ? 'actor_id = @actorId AND ' : ''}at >= @from AND at < @to
         AND (at < @afterAt OR (at = @afterAt AND id < @afterId))
       ORDER BY at DESC, id DESC LIMIT @limit`,
    );
  const all = page(false);
  const byActor = page(true);

  // In the connection's group commit: entries written in one turn of the event loop (each
  // filing's, the board's reads) share one commit and its fsync instead of one each.
  const writes = groupCommit(db, (entry: AuditEntry): void => {
    insert.run(entry);
  });

  return {
    record: (entry) => writes.submit([entry]),
    list(query: AuditQuery): Promise<AuditPage> {
      const limit = Math.max(1, Math.min(AUDIT_PAGE_MAX, Math.trunc(query.limit)));
      const after = query.cursor === undefined ? null : decodeAuditCursor(query.cursor);
      if (query.cursor !== undefined && after === null)
        return Promise.reject(new InvalidCursorError(query.cursor));
      // '\uffff' sorts after every id and every ISO instant: "no cursor yet".
      const params = {
        from: query.from,
        to: query.to,
        afterAt: after?.at ?? '\uffff',
        afterId: after?.id ?? '\uffff',
        limit: limit + 1,
        ...(query.actorId === undefined ? {} : { actorId: query.actorId }),
      };
      const rows = (query.actorId === undefined ? all : byActor).all(params);
      const items = rows.slice(0, limit).map(toEntry);
      const last = items[items.length - 1];
      return Promise.resolve(
        rows.length > limit && last !== undefined
          ? { items, next: encodeAuditCursor(last) }
          : { items },
      );
    },
  };
}
