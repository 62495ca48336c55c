import type Database from 'better-sqlite3';
import {
  ANONYMISED_ID,
  ANONYMISED_NAME,
  isRetentionDue,
  RETENTION_STATUSES,
} from '../../domain/retention/retention';
import type { Status } from '../../domain/lifecycle/status';
import type { ObservationRetention } from '../../ports/observation-retention';
import { OBSERVATION_COLUMNS, toObservation, type ObservationRow } from './mapper';

/**
 * Retention on the shared connection. Each observation is one transaction: its identities
 * (or the observation itself) go together with every row that names them. Deleting cascades
 * to history, co-reporters, idempotency keys, triage history and messages (foreign keys); the
 * phenomenon links have no key to observations and are deleted here, and the board's search
 * index drops the text by its trigger (migration 2).
 */
export function createSqliteObservationRetention(db: Database.Database): ObservationRetention {
  const statuses = RETENTION_STATUSES.map((s) => `'${s}'`).join(', ');
  const sql = {
    // By the status index; the (few) ended ones are then checked for their last change.
    due: db.prepare<{ cutoff: string; limit: number; anonymised: string }, ObservationRow>(
      `SELECT ${OBSERVATION_COLUMNS} FROM observations
       WHERE status IN (${statuses}) AND updated_at < @cutoff AND reporter_id <> @anonymised
       ORDER BY created_at, id LIMIT @limit`,
    ),
    reporters: db.prepare<
      [string],
      { reporter_id: string; co_reporter_ids: string; status: Status; updated_at: string }
    >('SELECT reporter_id, co_reporter_ids, status, updated_at FROM observations WHERE id = ?'),
    anonymise: db.prepare(
      `UPDATE observations SET reporter_id = @anonymised, reporter_name = @name,
         co_reporter_ids = '[]', supervisor_id = NULL
       WHERE id = @id`,
    ),
    coReporters: db.prepare('DELETE FROM co_reporters WHERE observation_id = ?'),
    // The key is the reporter's (reporter_id, key): it would still say who filed.
    idempotency: db.prepare('DELETE FROM idempotency WHERE observation_id = ?'),
    history: db.prepare(
      `UPDATE history SET actor_id = @anonymised, actor_name = @name
       WHERE observation_id = @id AND actor_id IN (SELECT value FROM json_each(@reporters))`,
    ),
    messages: db.prepare(
      `UPDATE observation_messages SET author_id = @anonymised, author_name = @name
       WHERE observation_id = @id AND author_id IN (SELECT value FROM json_each(@reporters))`,
    ),
    links: db.prepare('DELETE FROM phenomenon_links WHERE observation_id = ?'),
    remove: db.prepare('DELETE FROM observations WHERE id = ?'),
  };

  /** Still due at the cutoff, read in the write's transaction (see ObservationRetention.due). */
  const stillDue = (
    row: { reporter_id: string; status: Status; updated_at: string },
    cutoff: string,
  ): boolean =>
    isRetentionDue(
      { reporterId: row.reporter_id, status: row.status, updatedAt: row.updated_at },
      cutoff,
    );

  const anonymise = db.transaction((id: string, cutoff: string): boolean => {
    const row = sql.reporters.get(id);
    if (row === undefined) return false;
    if (row.reporter_id === ANONYMISED_ID) return true;
    if (!stillDue(row, cutoff)) return false;
    const reporters = JSON.stringify([
      row.reporter_id,
      ...(JSON.parse(row.co_reporter_ids) as string[]),
    ]);
    const names = { id, anonymised: ANONYMISED_ID, name: ANONYMISED_NAME, reporters };
    sql.history.run(names);
    sql.messages.run(names);
    sql.coReporters.run(id);
    sql.idempotency.run(id);
    sql.anonymise.run({ id, anonymised: ANONYMISED_ID, name: ANONYMISED_NAME });
    return true;
  });
  const remove = db.transaction((id: string, cutoff: string): boolean => {
    const row = sql.reporters.get(id);
    if (row === undefined || !stillDue(row, cutoff)) return false;
    sql.links.run(id);
    return sql.remove.run(id).changes > 0;
  });

  return {
    due: (cutoff, limit) =>
      Promise.resolve(sql.due.all({ cutoff, limit, anonymised: ANONYMISED_ID }).map(toObservation)),
    anonymise: (id, cutoff) => Promise.resolve(anonymise.immediate(id, cutoff)),
    delete: (id, cutoff) => Promise.resolve(remove.immediate(id, cutoff)),
  };
}
