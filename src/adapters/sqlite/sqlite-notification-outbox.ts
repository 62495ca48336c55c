import type Database from 'better-sqlite3';
import { recipientKey, type Notification } from '../../domain/notification/notification';
import type {
  DeliveryState,
  HeldLease,
  NotificationOutbox,
  OutboxEntry,
} from '../../ports/notification-outbox';
import type { Clock } from '../../ports/clock';
import { groupCommit } from './group-commit';

type OutboxRow = {
  key: string;
  state: DeliveryState;
  attempts: number;
  due_at: string;
  last_error: string | null;
  delivered_at: string | null;
  payload: string;
};
const COLUMNS = 'key, state, attempts, due_at, last_error, delivered_at, payload';

const toEntry = (row: OutboxRow): OutboxEntry => ({
  notification: JSON.parse(row.payload) as Notification,
  state: row.state,
  attempts: row.attempts,
  dueAt: row.due_at,
  lastError: row.last_error,
  deliveredAt: row.delivered_at,
});

/**
 * Writes notifications into the outbox on the caller's transaction, a known key ignored.
 * The observation store calls it inside its own writes, which is what makes a change and
 * its notifications one commit.
 */
export function outboxWriter(db: Database.Database): (notes: readonly Notification[]) => void {
  const insert = db.prepare(
    `INSERT INTO outbox (key, kind, state, due_at, updated_at, recipient, payload)
     VALUES (@key, @kind, 'pending', @at, @at, @recipient, @payload)
     ON CONFLICT (key) DO NOTHING`,
  );
  return (notes) => {
    for (const note of notes) {
      insert.run({
        key: note.key,
        kind: note.kind,
        at: note.createdAt,
        recipient: recipientKey(note.recipient),
        payload: JSON.stringify(note),
      });
    }
  };
}

type Mark = 'delivered' | 'retry' | 'notInstalled' | 'dead';

/**
 * The NotificationOutbox on the shared better-sqlite3 connection. Claims and `mark…` calls
 * go into the connection's group commit (group-commit.ts) with the filings of the same turn
 * of the event loop: the worker settles a claimed batch together (recipients without the app
 * all at once, right after the claim), so a batch costs one commit and one fsync, shared with
 * whatever else was written in that turn, instead of one per notification. Each call still
 * resolves only once its claim or mark is committed.
 */
export function createSqliteNotificationOutbox(
  db: Database.Database,
  /** Stamps the change time of a retry (the only mark that carries no time). */
  clock: Clock,
): NotificationOutbox & { /** Commits the marks still waiting for their group. */ flush(): void } {
  const write = outboxWriter(db);
  // Only a pending entry is marked: a worker whose lease ran out cannot undo another's record.
  const mark = (set: string) =>
    db.prepare(
      `UPDATE outbox SET ${set}, lease_until = NULL WHERE key = @key AND state = 'pending'`,
    );
  const sql = {
    due: db.prepare<{ now: string; limit: number }, OutboxRow>(
      `SELECT ${COLUMNS} FROM outbox
       WHERE state = 'pending' AND due_at <= @now AND (lease_until IS NULL OR lease_until <= @now)
       ORDER BY due_at, seq LIMIT @limit`,
    ),
    lease: db.prepare('UPDATE outbox SET lease_until = @until WHERE key = @key'),
    // The lease end the holder knows is its proof of holding: a claim by anyone else, or a
    // mark, has changed it.
    renew: db.prepare(
      `UPDATE outbox SET lease_until = @until
       WHERE key = @key AND state = 'pending' AND lease_until = @held`,
    ),
    delivered: mark(
      `state = 'delivered', attempts = attempts + 1, delivered_at = @at, updated_at = @at`,
    ),
    retry: mark('attempts = attempts + 1, due_at = @due, last_error = @error, updated_at = @now'),
    notInstalled: mark(`state = 'not_installed', updated_at = @at`),
    dead: mark(`state = 'dead', attempts = attempts + 1, last_error = @error, updated_at = @at`),
    listPending: db.prepare<{ limit: number }, OutboxRow>(
      `SELECT ${COLUMNS} FROM outbox WHERE state = 'pending' ORDER BY due_at, seq LIMIT @limit`,
    ),
    listState: db.prepare<{ state: string; limit: number }, OutboxRow>(
      `SELECT ${COLUMNS} FROM outbox WHERE state = @state
       ORDER BY updated_at DESC, seq DESC LIMIT @limit`,
    ),
    requeue: db.prepare(
      `UPDATE outbox SET state = 'pending', attempts = 0, due_at = @now, updated_at = @now,
         lease_until = NULL, delivered_at = NULL
       WHERE key = @key AND state IN ('dead', 'not_installed')`,
    ),
    requeueRecipient: db.prepare(
      `UPDATE outbox SET state = 'pending', due_at = @now, updated_at = @now, lease_until = NULL
       WHERE recipient = @recipient AND state = 'not_installed'`,
    ),
  };

  const claim = db.transaction((now: string, limit: number, until: string) => {
    const rows = sql.due.all({ now, limit });
    for (const row of rows) sql.lease.run({ until, key: row.key });
    return rows.map(toEntry);
  });
  const renew = db.transaction((held: readonly HeldLease[], until: string) =>
    held
      .filter((lease) => {
        const params = { key: lease.key, held: lease.until.toISOString(), until };
        return sql.renew.run(params).changes > 0;
      })
      .map((lease) => lease.key),
  );
  const enqueue = db.transaction((notes: readonly Notification[]) => write(notes));
  const marks = groupCommit(db, (mark: Mark, params: Record<string, string>): void => {
    sql[mark].run(params);
  });
  // In the connection's group too: a claim made while filings wait for their commit shares it.
  const claims = groupCommit(db, claim);

  return {
    async enqueue(notes) {
      enqueue.immediate(notes);
    },
    async claimDue(now, limit, leaseMs) {
      const until = new Date(now.getTime() + leaseMs).toISOString();
      return claims.submit([now.toISOString(), Math.max(0, Math.trunc(limit)), until]);
    },
    async renewLeases(held, until) {
      return held.length === 0 ? [] : renew.immediate(held, until.toISOString());
    },
    async markDelivered(key, at) {
      await marks.submit(['delivered', { key, at: at.toISOString() }]);
    },
    async markRetry(key, dueAt, error) {
      const now = clock.now().toISOString();
      await marks.submit(['retry', { key, due: dueAt.toISOString(), error, now }]);
    },
    async markNotInstalled(key, at) {
      await marks.submit(['notInstalled', { key, at: at.toISOString() }]);
    },
    async markDead(key, error, at) {
      await marks.submit(['dead', { key, error, at: at.toISOString() }]);
    },
    async list(state, limit) {
      const bounded = Math.max(0, Math.trunc(limit));
      const rows =
        state === 'pending'
          ? sql.listPending.all({ limit: bounded })
          : sql.listState.all({ state, limit: bounded });
      return rows.map(toEntry);
    },
    async requeue(key, now) {
      return sql.requeue.run({ key, now: now.toISOString() }).changes > 0;
    },
    async requeueNotInstalled(recipient, now) {
      const params = { recipient: recipientKey(recipient), now: now.toISOString() };
      return sql.requeueRecipient.run(params).changes;
    },
    flush: marks.flush,
  };
}
