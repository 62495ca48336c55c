import type Database from 'better-sqlite3';
import {
  SUBMISSION_STATES,
  type PublicSubmission,
} from '../../domain/public-form/public-submission';
import type { RecordWriteOutcome } from '../../ports/phenomenon-store';
import type { PublicSubmissionStore } from '../../ports/public-submission-store';

type Row = { readonly payload: string };

/**
 * The PublicSubmissionStore on SQLite: the submission as JSON in `payload`, beside the columns
 * the queue and the receipt look-up read (migration 12). The unique receipt column keeps a
 * receipt once; a save is a compare-and-set on `version`.
 */
export function createSqlitePublicSubmissionStore(db: Database.Database): PublicSubmissionStore {
  const sql = {
    insert: db.prepare(
      `INSERT INTO public_submissions (id, receipt, state, created_at, version, payload)
       VALUES (@id, @receipt, @state, @created_at, @version, @payload)`,
    ),
    byId: db.prepare<[string], Row>('SELECT payload FROM public_submissions WHERE id = ?'),
    byReceipt: db.prepare<[string], Row>(
      'SELECT payload FROM public_submissions WHERE receipt = ?',
    ),
    pending: db.prepare<[number], Row>(
      `SELECT payload FROM public_submissions WHERE state = 'pending'
       ORDER BY created_at, id LIMIT ?`,
    ),
    update: db.prepare(
      `UPDATE public_submissions SET state = @state, version = @version, payload = @payload
       WHERE id = @id AND version = @expected`,
    ),
  };
  const rowOf = (submission: PublicSubmission) => ({
    id: submission.id,
    receipt: submission.receipt,
    state: submission.state,
    created_at: submission.createdAt,
    version: submission.version,
    payload: JSON.stringify(submission),
  });
  const read = (row: Row | undefined): PublicSubmission | null =>
    row === undefined ? null : submissionOf(row.payload);

  return {
    async create(submission) {
      try {
        sql.insert.run(rowOf(submission));
        return 'created';
      } catch (error) {
        if (isUniqueViolation(error) && sql.byReceipt.get(submission.receipt) !== undefined) {
          return 'receipt_taken';
        }
        throw error;
      }
    },
    async get(id) {
      return read(sql.byId.get(id));
    },
    async byReceipt(receipt) {
      return read(sql.byReceipt.get(receipt));
    },
    async listPending(limit) {
      return sql.pending
        .all(Math.max(0, Math.trunc(limit)))
        .map((row) => submissionOf(row.payload));
    },
    async save(next, expectedVersion): Promise<RecordWriteOutcome<PublicSubmission>> {
      const record: PublicSubmission = { ...next, version: expectedVersion + 1 };
      return db
        .transaction((): RecordWriteOutcome<PublicSubmission> => {
          const current = read(sql.byId.get(next.id));
          if (current === null) return { kind: 'not_found' };
          if (current.version !== expectedVersion) return { kind: 'stale', current };
          sql.update.run({ ...rowOf(record), expected: expectedVersion });
          return { kind: 'ok', record };
        })
        .immediate();
    },
  };
}

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** Reading validates what the app relies on, so a damaged row fails here, loudly. */
function submissionOf(payload: string): PublicSubmission {
  const value = JSON.parse(payload) as PublicSubmission;
  if (!(SUBMISSION_STATES as readonly string[]).includes(value.state)) {
    throw new Error(
      `stored public submission state "${String(value.state)}" is not one the app knows`,
    );
  }
  return value;
}
